import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from './index';
import { encryptedTempDatabase, tableNames } from './test-support';

describe('migration 0002: organisations', () => {
  it('keeps what version 1 held and adds organisations and units', () => {
    const db = encryptedTempDatabase();
    migrate(db, 1);
    db.prepare("INSERT INTO meta (key, value) VALUES ('file_id', 'abc')").run();
    db.prepare("INSERT INTO drafts VALUES ('intake', '{\"x\":1}', '2026-11-23T10:00:00Z')").run();

    expect(migrate(db, 2)).toBe(2);
    expect(schemaVersion(db)).toBe(2);
    expect(tableNames(db)).toEqual(['drafts', 'meta', 'organisations', 'settings', 'units']);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'file_id'").pluck().get()).toBe('abc');
    expect(db.prepare('SELECT content FROM drafts').pluck().get()).toBe('{"x":1}');

    const now = '2026-11-23T10:00:00Z';
    const insert = db.prepare(
      'INSERT INTO organisations (legal_name, kvk_number, created_at, updated_at) VALUES (?, ?, ?, ?)',
    );
    const id = insert.run('Zorggroep De Linde B.V.', '12345678', now, now).lastInsertRowid;
    expect(() => insert.run('Een ander', '12345678', now, now)).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(
          'INSERT INTO organisations (legal_name, reaction_time_hours, created_at, updated_at) VALUES (?, 72, ?, ?)',
        )
        .run('X', now, now),
    ).toThrow(/CHECK/);

    db.pragma('foreign_keys = ON');
    const unit = db.prepare(
      'INSERT INTO units (organisation_id, name, created_at) VALUES (?, ?, ?)',
    );
    unit.run(id, 'Regio Noord', now);
    expect(() => unit.run(id, 'regio noord', now)).toThrow(/UNIQUE/);
    expect(() => unit.run(9999, 'Nergens', now)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('DELETE FROM organisations WHERE id = ?').run(id)).toThrow(
      /FOREIGN KEY/,
    );
    db.close();
  });
});
