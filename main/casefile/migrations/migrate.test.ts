import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { LATEST_SCHEMA_VERSION, migrate, migrations, schemaVersion } from './index';
import { encryptedTempDatabase, tableNames } from './test-support';
import type { Migration } from './types';

describe('migrations', () => {
  it('are numbered 1..N without gaps, in order', () => {
    expect(migrations.map((m) => m.version)).toEqual(
      Array.from({ length: LATEST_SCHEMA_VERSION }, (_, i) => i + 1),
    );
  });

  it('bring a new file to the latest version, and running again changes nothing', () => {
    const db = encryptedTempDatabase();
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    const tables = tableNames(db);
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(tableNames(db)).toEqual(tables);
    db.close();
  });

  it('refuse a file from a newer app version without writing to it', () => {
    const db = encryptedTempDatabase();
    migrate(db);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    const tables = tableNames(db);
    expect(() => migrate(db)).toThrow(AppError);
    try {
      migrate(db);
    } catch (err) {
      expect((err as AppError).code).toBe('NEWER_VERSION');
    }
    expect(tableNames(db)).toEqual(tables);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION + 1);
    db.close();
  });

  it('roll a failing migration back whole, keeping the version before it', () => {
    const steps: Migration[] = [
      { version: 1, name: 'one', up: (db) => db.exec('CREATE TABLE a (x)') },
      {
        version: 2,
        name: 'two fails halfway',
        up: (db) => {
          db.exec('CREATE TABLE b (x)');
          db.exec('THIS IS NOT SQL');
        },
      },
    ];
    const db = encryptedTempDatabase();
    expect(() => migrate(db, 2, steps)).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(tableNames(db)).toEqual(['a']);
    db.close();
  });
});
