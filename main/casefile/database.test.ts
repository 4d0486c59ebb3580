import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { assertCipherActive, rawKeyLiteral } from './database';
import { encryptedTempDatabase } from './migrations/test-support';

describe('the cipher check fails closed', () => {
  it('passes on a connection keyed with SQLCipher 4', () => {
    const db = encryptedTempDatabase();
    expect(() => assertCipherActive(db)).not.toThrow();
    db.close();
  });

  it.each([
    [
      'the driver default cipher (not SQLCipher)',
      (db: Database.Database) => db.pragma("cipher = 'chacha20'"),
    ],
    ['no cipher chosen at all', () => undefined],
  ])('refuses %s', (_name, setup) => {
    const db = new Database(':memory:');
    setup(db);
    expect(() => assertCipherActive(db)).toThrow(AppError);
    try {
      assertCipherActive(db);
    } catch (err) {
      expect((err as AppError).code).toBe('CIPHER_INACTIVE');
    }
    db.close();
  });

  it('writes the raw key literal without going through a string', () => {
    const key = randomBytes(32);
    expect(rawKeyLiteral(key).toString()).toBe(`x'${key.toString('hex')}'`);
  });
});
