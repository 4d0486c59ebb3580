import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from './index';
import { encryptedTempDatabase, tableNames } from './test-support';

describe('migration 0001: initial', () => {
  it('from an empty file creates meta, settings and drafts, and records version 1', () => {
    const db = encryptedTempDatabase();
    expect(migrate(db, 0)).toBe(0);
    expect(tableNames(db)).toEqual([]);
    expect(migrate(db, 1)).toBe(1);
    expect(tableNames(db)).toEqual(['drafts', 'meta', 'settings']);
    expect(schemaVersion(db)).toBe(1);
    db.prepare("INSERT INTO drafts VALUES ('intake', '{}', '2026-11-23T10:00:00Z')").run();
    expect(() => db.prepare("INSERT INTO drafts VALUES ('intake', '{}', 'x')").run()).toThrow(
      /UNIQUE/,
    );
    // STRICT tables refuse the wrong type instead of storing it silently.
    expect(() => db.prepare("INSERT INTO meta VALUES ('k', NULL)").run()).toThrow();
    db.close();
  });
});
