import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  caseFilePaths,
  changePassphrase,
  createCaseFile,
  openCaseFile,
  openCaseFileWithRecoveryCode,
  renewRecoveryCode,
  type OpenCaseFile,
} from './index';
import { rawKeyLiteral } from './database';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { dataKeyOf, errorCodeOf, FAST_KDF, makeTempFolder, PASSPHRASE } from './test-support';

const SECRET_NOTE = 'Melder vertelt over pesterijen door teamleider Jansen-Vermeulen';

let folder: string;
let cleanup: () => Promise<void>;
const opened: OpenCaseFile[] = [];

beforeEach(async () => {
  ({ folder, cleanup } = await makeTempFolder());
});

afterEach(async () => {
  for (const f of opened.splice(0)) f.close();
  await cleanup();
});

async function create(): Promise<{ caseFile: OpenCaseFile; recoveryCode: string }> {
  const created = await createCaseFile(folder, PASSPHRASE, FAST_KDF);
  opened.push(created.caseFile);
  return created;
}

async function open(passphrase = PASSPHRASE): Promise<OpenCaseFile> {
  const caseFile = await openCaseFile(folder, passphrase, FAST_KDF);
  opened.push(caseFile);
  return caseFile;
}

function saveDraft(caseFile: OpenCaseFile, content: string): void {
  caseFile.db
    .prepare("INSERT OR REPLACE INTO drafts (form, content, saved_at) VALUES ('intake', ?, 'now')")
    .run(content);
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

/** Every byte of the case file folder, WAL included. */
async function allBytes(): Promise<Buffer> {
  const names = await fs.readdir(folder);
  return Buffer.concat(await Promise.all(names.map((n) => fs.readFile(path.join(folder, n)))));
}

function rawOpen(file: string, key?: Buffer): Database.Database {
  const db = new Database(file, { fileMustExist: true });
  if (key) {
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    db.key(rawKeyLiteral(key));
  }
  return db;
}

describe('creating a case file', () => {
  it('writes an encrypted database and a key file readable by the owner only', async () => {
    const { caseFile, recoveryCode } = await create();
    saveDraft(caseFile, SECRET_NOTE);
    const paths = caseFilePaths(folder);
    for (const file of [paths.database, paths.keyFile]) {
      expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    }
    expect((await fs.stat(folder)).mode & 0o777).toBe(0o700);
    expect(recoveryCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);

    const keyFileText = await fs.readFile(paths.keyFile, 'utf8');
    expect(keyFileText).not.toContain(recoveryCode);
    expect(keyFileText).not.toContain(PASSPHRASE);

    // Before and after the WAL is checkpointed: neither the header nor the text is on disk.
    for (const stage of ['open', 'closed']) {
      if (stage === 'closed') caseFile.close();
      const bytes = await allBytes();
      expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
      expect(bytes.includes(Buffer.from('pesterijen'))).toBe(false);
      expect(bytes.includes(Buffer.from('Jansen-Vermeulen'))).toBe(false);
      expect(bytes.includes(Buffer.from(SECRET_NOTE, 'utf16le'))).toBe(false);
    }
  });

  it('runs on SQLCipher with the durable, private settings', async () => {
    const { caseFile } = await create();
    const { db } = caseFile;
    expect(db.pragma('cipher', { simple: true })).toBe('sqlcipher');
    expect(db.prepare('SELECT sqlite3mc_version()').pluck().get()).toMatch(/Multiple Ciphers/);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('cache_size', { simple: true })).toBe(-65536);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'file_id'").pluck().get()).toBe(
      caseFile.fileId,
    );
  });

  it.each([
    ['a key file', 'keyFile'],
    ['a database', 'database'],
  ] as const)(
    'refuses to create where %s already exists, and leaves it alone',
    async (_n, part) => {
      const target = caseFilePaths(folder)[part];
      await fs.mkdir(folder, { recursive: true });
      await fs.writeFile(target, 'bestaand');
      expect(await errorCodeOf(() => createCaseFile(folder, PASSPHRASE, FAST_KDF))).toBe(
        'CASE_FILE_EXISTS',
      );
      expect(await fs.readFile(target, 'utf8')).toBe('bestaand');
      expect(await fs.readdir(folder)).toHaveLength(1);
    },
  );

  it('refuses to create over a whole existing case file', async () => {
    const { caseFile } = await create();
    saveDraft(caseFile, SECRET_NOTE);
    caseFile.close();
    const before = await sha256(caseFilePaths(folder).keyFile);
    expect(await errorCodeOf(() => createCaseFile(folder, 'een ander wachtwoord!', FAST_KDF))).toBe(
      'CASE_FILE_EXISTS',
    );
    expect(await sha256(caseFilePaths(folder).keyFile)).toBe(before);
    const reopened = await open();
    expect(reopened.db.prepare('SELECT content FROM drafts').pluck().get()).toBe(SECRET_NOTE);
  });

  it('refuses a passphrase shorter than 12 characters and writes nothing', async () => {
    expect(await errorCodeOf(() => createCaseFile(folder, 'kort', FAST_KDF))).toBe(
      'WEAK_PASSPHRASE',
    );
    expect(await fs.readdir(path.dirname(folder))).not.toContain('casefile');
  });
});

describe('opening and locking', () => {
  it('opens with the passphrase and finds what was saved', async () => {
    const { caseFile } = await create();
    saveDraft(caseFile, SECRET_NOTE);
    caseFile.close();
    const reopened = await open();
    expect(reopened.db.prepare('SELECT content FROM drafts').pluck().get()).toBe(SECRET_NOTE);
  });

  it('opens with the recovery code, typed in any reasonable way', async () => {
    const { caseFile, recoveryCode } = await create();
    saveDraft(caseFile, SECRET_NOTE);
    caseFile.close();
    for (const typed of [recoveryCode, recoveryCode.toLowerCase().replace(/-/g, ' ')]) {
      const reopened = await openCaseFileWithRecoveryCode(folder, typed, FAST_KDF);
      expect(reopened.db.prepare('SELECT content FROM drafts').pluck().get()).toBe(SECRET_NOTE);
      reopened.close();
    }
  });

  it('tells a wrong passphrase and a wrong recovery code apart', async () => {
    const { caseFile, recoveryCode } = await create();
    caseFile.close();
    expect(await errorCodeOf(() => open('paarse olifant drinkt thee'))).toBe('WRONG_PASSPHRASE');
    expect(await errorCodeOf(() => open(PASSPHRASE.toUpperCase()))).toBe('WRONG_PASSPHRASE');
    const wrongCode = recoveryCode.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect(await errorCodeOf(() => openCaseFileWithRecoveryCode(folder, wrongCode))).toBe(
      'WRONG_RECOVERY_CODE',
    );
    expect(await errorCodeOf(() => openCaseFileWithRecoveryCode(folder, 'ABCD'))).toBe(
      'WRONG_RECOVERY_CODE',
    );
    // The passphrase is not a recovery code and vice versa.
    expect(await errorCodeOf(() => open(recoveryCode))).toBe('WRONG_PASSPHRASE');
  });

  it('locking closes the database', async () => {
    const { caseFile } = await create();
    caseFile.close();
    expect(caseFile.db.open).toBe(false);
    expect(() => caseFile.db.prepare('SELECT 1')).toThrow();
    caseFile.close(); // twice is harmless
  });

  it('says so when there is no case file at all', async () => {
    expect(await errorCodeOf(() => open())).toBe('NO_CASE_FILE');
  });
});

describe('changing the passphrase', () => {
  const NEW = 'nieuwe zin met zeven woorden erin';

  it('rewraps the key: the new passphrase opens, the old does not, the database is untouched', async () => {
    const { caseFile, recoveryCode } = await create();
    saveDraft(caseFile, SECRET_NOTE);
    caseFile.close();
    const dbBefore = await sha256(caseFilePaths(folder).database);
    const keyBefore = await sha256(caseFilePaths(folder).keyFile);

    await changePassphrase(folder, { kind: 'passphrase', value: PASSPHRASE }, NEW, FAST_KDF);

    expect(await sha256(caseFilePaths(folder).database)).toBe(dbBefore);
    expect(await sha256(caseFilePaths(folder).keyFile)).not.toBe(keyBefore);
    expect((await fs.stat(caseFilePaths(folder).keyFile)).mode & 0o777).toBe(0o600);
    expect((await fs.readdir(folder)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(await errorCodeOf(() => open(PASSPHRASE))).toBe('WRONG_PASSPHRASE');
    const reopened = await open(NEW);
    expect(reopened.db.prepare('SELECT content FROM drafts').pluck().get()).toBe(SECRET_NOTE);
    reopened.close();
    const recovered = await openCaseFileWithRecoveryCode(folder, recoveryCode);
    expect(recovered.db.prepare('SELECT content FROM drafts').pluck().get()).toBe(SECRET_NOTE);
    recovered.close();
  });

  it('can be done with the recovery code when the passphrase is forgotten', async () => {
    const { caseFile, recoveryCode } = await create();
    caseFile.close();
    await changePassphrase(folder, { kind: 'recoveryCode', value: recoveryCode }, NEW, FAST_KDF);
    (await open(NEW)).close();
  });

  it('with a wrong current passphrase changes nothing', async () => {
    const { caseFile } = await create();
    caseFile.close();
    const keyBefore = await sha256(caseFilePaths(folder).keyFile);
    expect(
      await errorCodeOf(() =>
        changePassphrase(folder, { kind: 'passphrase', value: 'niet het wachtwoord' }, NEW),
      ),
    ).toBe('WRONG_PASSPHRASE');
    expect(
      await errorCodeOf(() =>
        changePassphrase(folder, { kind: 'passphrase', value: PASSPHRASE }, 'te kort', FAST_KDF),
      ),
    ).toBe('WEAK_PASSPHRASE');
    expect(await sha256(caseFilePaths(folder).keyFile)).toBe(keyBefore);
  });
});

describe('renewing the recovery code', () => {
  it('makes a new code that opens the file; the old code and the passphrase behave as expected', async () => {
    const { caseFile, recoveryCode } = await create();
    saveDraft(caseFile, SECRET_NOTE);
    caseFile.close();
    const dbBefore = await sha256(caseFilePaths(folder).database);
    const renewed = await renewRecoveryCode(folder, PASSPHRASE, FAST_KDF);
    expect(renewed).not.toBe(recoveryCode);
    expect(await sha256(caseFilePaths(folder).database)).toBe(dbBefore);
    expect(await errorCodeOf(() => openCaseFileWithRecoveryCode(folder, recoveryCode))).toBe(
      'WRONG_RECOVERY_CODE',
    );
    const recovered = await openCaseFileWithRecoveryCode(folder, renewed);
    expect(recovered.db.prepare('SELECT content FROM drafts').pluck().get()).toBe(SECRET_NOTE);
    recovered.close();
    (await open()).close();
  });

  it('needs the passphrase, and changes nothing without it', async () => {
    const { caseFile } = await create();
    caseFile.close();
    const keyBefore = await sha256(caseFilePaths(folder).keyFile);
    expect(await errorCodeOf(() => renewRecoveryCode(folder, 'niet het wachtwoord'))).toBe(
      'WRONG_PASSPHRASE',
    );
    expect(await sha256(caseFilePaths(folder).keyFile)).toBe(keyBefore);
  });
});

describe('the official SQLCipher 4 build reads the file with the key, and only with it', () => {
  it('@journeyapps/sqlcipher opens the database with the raw key and reads the rows', async () => {
    const { caseFile } = await create();
    saveDraft(caseFile, SECRET_NOTE);
    caseFile.close();
    const key = await dataKeyOf(folder, PASSPHRASE);
    const sqlcipher = (await import('@journeyapps/sqlcipher')).default;
    const query = (withKey: boolean) =>
      new Promise<unknown>((resolve) => {
        const db = new sqlcipher.Database(caseFilePaths(folder).database);
        db.serialize(() => {
          if (withKey) db.run(`PRAGMA key = "x'${key.toString('hex')}'"`);
          db.all('SELECT content FROM drafts', (err: Error | null, rows: unknown) => {
            db.close();
            resolve(err ? `error: ${err.message}` : rows);
          });
        });
      });
    expect(await query(true)).toEqual([{ content: SECRET_NOTE }]);
    expect(await query(false)).toMatch(/error: .*file is not a database/);
  });

  const debianSqlcipher = spawnSync('sqlcipher', ['-version']).status === 0;
  if (!debianSqlcipher)
    console.log('sqlcipher command not installed: Debian keyless-read check skipped');
  it.skipIf(!debianSqlcipher)(
    "Debian's sqlcipher command (SQLCipher 3) cannot read it without the key",
    async () => {
      const { caseFile } = await create();
      saveDraft(caseFile, SECRET_NOTE);
      caseFile.close();
      const run = spawnSync(
        'sqlcipher',
        [caseFilePaths(folder).database, 'SELECT * FROM drafts;'],
        {
          encoding: 'utf8',
        },
      );
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(/not a database|encrypted/);
      expect(run.stdout).not.toContain('pesterijen');
    },
  );

  it('plain SQLite cannot read it', async () => {
    const { caseFile } = await create();
    caseFile.close();
    const Plain = (await import('better-sqlite3')).default;
    const db = new Plain(caseFilePaths(folder).database, { fileMustExist: true });
    expect(() => db.prepare('SELECT * FROM drafts').all()).toThrow(/not a database/);
    db.close();
  });
});

describe('every failure has its own error and changes nothing', () => {
  async function createdAndClosed(): Promise<void> {
    const { caseFile } = await create();
    saveDraft(caseFile, SECRET_NOTE);
    caseFile.close();
  }

  async function expectOpenFails(code: string): Promise<void> {
    const paths = caseFilePaths(folder);
    const before = await Promise.all(
      [paths.database, paths.keyFile].map((f) => sha256(f).catch(() => 'absent')),
    );
    expect(await errorCodeOf(() => open())).toBe(code);
    const after = await Promise.all(
      [paths.database, paths.keyFile].map((f) => sha256(f).catch(() => 'absent')),
    );
    expect(after).toEqual(before);
  }

  it('key file missing', async () => {
    await createdAndClosed();
    await fs.rm(caseFilePaths(folder).keyFile);
    await expectOpenFails('KEY_FILE_MISSING');
  });

  it('database missing, and no new one is made', async () => {
    await createdAndClosed();
    await fs.rm(caseFilePaths(folder).database);
    await expectOpenFails('DATABASE_MISSING');
    expect(await fs.readdir(folder)).toEqual(['dossier.vpkey']);
  });

  it.each([
    ['garbage', () => Buffer.from('dit is geen json')],
    ['truncated', (b: Buffer) => b.subarray(0, b.length / 2)],
    ['empty', () => Buffer.alloc(0)],
    [
      'a flipped byte in the wrapped key',
      (b: Buffer) => {
        const json = JSON.parse(b.toString());
        const ct = Buffer.from(json.wraps.passphrase.ciphertext, 'base64');
        ct[0] = (ct[0] ?? 0) ^ 1;
        json.wraps.passphrase.ciphertext = ct.toString('base64');
        return Buffer.from(JSON.stringify(json));
      },
    ],
    [
      'an unknown field',
      (b: Buffer) => {
        const json = JSON.parse(b.toString());
        return Buffer.from(JSON.stringify({ ...json, extra: 1 }));
      },
    ],
  ])('key file damaged: %s', async (_name, damage) => {
    await createdAndClosed();
    const file = caseFilePaths(folder).keyFile;
    await fs.writeFile(file, damage(await fs.readFile(file)));
    await expectOpenFails('KEY_FILE_DAMAGED');
  });

  it('key file edited to lower the KDF parameters, checksum recomputed', async () => {
    await createdAndClosed();
    const file = caseFilePaths(folder).keyFile;
    const keyfile = await import('./keyfile');
    const parsed = keyfile.parseKeyFile(await fs.readFile(file));
    const { checksum: _c, ...body } = parsed;
    body.wraps.passphrase.kdf.memoryKiB = 1024;
    body.wraps.passphrase.kdf.iterations = 1;
    await fs.writeFile(file, keyfile.serialiseKeyFile(body));
    await expectOpenFails('KEY_FILE_DAMAGED');
  });

  it('key file edited to other KDF parameters within limits cannot unwrap the key', async () => {
    await createdAndClosed();
    const file = caseFilePaths(folder).keyFile;
    const keyfile = await import('./keyfile');
    const { checksum: _c, ...body } = keyfile.parseKeyFile(await fs.readFile(file));
    body.wraps.passphrase.kdf.iterations += 1;
    await fs.writeFile(file, keyfile.serialiseKeyFile(body));
    expect(await errorCodeOf(() => open())).not.toBe('no error');
  });

  it('a key file of another program is not a VP Dossier file', async () => {
    await createdAndClosed();
    await fs.writeFile(caseFilePaths(folder).keyFile, JSON.stringify({ format: 'keepass', v: 3 }));
    await expectOpenFails('NOT_A_CASE_FILE');
  });

  it('a key file from a newer app version is refused as newer', async () => {
    await createdAndClosed();
    const file = caseFilePaths(folder).keyFile;
    const json = JSON.parse(await fs.readFile(file, 'utf8'));
    await fs.writeFile(file, JSON.stringify({ ...json, version: 2 }));
    await expectOpenFails('NEWER_VERSION');
  });

  it('a plaintext SQLite database in its place is never opened', async () => {
    await createdAndClosed();
    const file = caseFilePaths(folder).database;
    await fs.rm(file);
    await fs.rm(`${file}-wal`, { force: true });
    await fs.rm(`${file}-shm`, { force: true });
    const plain = new Database(file);
    plain.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    plain.close();
    await expectOpenFails('NOT_A_CASE_FILE');
  });

  it('an encrypted database of another app (same key, no VP Dossier mark) is not a case file', async () => {
    await createdAndClosed();
    const key = await dataKeyOf(folder, PASSPHRASE);
    const file = caseFilePaths(folder).database;
    for (const f of [file, `${file}-wal`, `${file}-shm`]) await fs.rm(f, { force: true });
    const foreign = new Database(file);
    foreign.pragma("cipher = 'sqlcipher'");
    foreign.pragma('legacy = 4');
    foreign.key(rawKeyLiteral(key));
    foreign.exec('CREATE TABLE notes (x)');
    foreign.close();
    await expectOpenFails('NOT_A_CASE_FILE');
  });

  it('a database from a newer app version is refused and left as it is', async () => {
    await createdAndClosed();
    const key = await dataKeyOf(folder, PASSPHRASE);
    const db = rawOpen(caseFilePaths(folder).database, key);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    await expectOpenFails('NEWER_VERSION');
  });

  it.each([
    ['in the first page', 200],
    ['in a later page', 4096 + 300],
    ['in the last page', -100],
  ])('a flipped byte %s is damage, not a wrong passphrase', async (_name, offset) => {
    const { caseFile } = await create();
    for (let i = 0; i < 200; i++) saveDraft(caseFile, `${SECRET_NOTE} ${i} ${'x'.repeat(400)}`);
    caseFile.db.exec(
      'CREATE TABLE filler (x); INSERT INTO filler SELECT randomblob(1000) FROM (WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM c WHERE n < 40) SELECT n FROM c)',
    );
    caseFile.close();
    const file = caseFilePaths(folder).database;
    const bytes = await fs.readFile(file);
    const at = offset < 0 ? bytes.length + offset : offset;
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    await fs.writeFile(file, bytes);
    await expectOpenFails('DATABASE_DAMAGED');
  });

  it('a truncated database is damage', async () => {
    await createdAndClosed();
    const file = caseFilePaths(folder).database;
    const bytes = await fs.readFile(file);
    await fs.writeFile(file, bytes.subarray(0, 100));
    await expectOpenFails('DATABASE_DAMAGED');
  });
});
