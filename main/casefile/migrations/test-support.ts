import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rawKeyLiteral, type CaseFileDatabase } from '../database';

/**
 * An encrypted database in a temp file, keyed the way the app keys its files, for tests
 * (the cipher cannot encrypt :memory:). Closing it removes the file.
 */
export function encryptedTempDatabase(): CaseFileDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vp-migration-test-'));
  const db = new Database(path.join(dir, 'test.vpdb'));
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.key(rawKeyLiteral(randomBytes(32)));
  const close = db.close.bind(db);
  db.close = () => {
    const result = close();
    rmSync(dir, { recursive: true, force: true });
    return result;
  };
  return db;
}

export function tableNames(db: CaseFileDatabase): string[] {
  return db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
}
