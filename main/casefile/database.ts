import Database from 'better-sqlite3-multiple-ciphers';
import { promises as fs } from 'node:fs';
import { AppError } from '../errors';
import { LATEST_SCHEMA_VERSION, schemaVersion } from './migrations';
import { isNotFound } from './secure-fs';

export type CaseFileDatabase = Database.Database;

/** 'VPDS': marks a SQLite file as a VP Dossier case file, read from inside the encryption. */
export const APPLICATION_ID = 0x56504453;

/** 64 MiB page cache: encrypted scans are four times slower when the working set does not fit. */
const CACHE_SIZE_KIB = 64 * 1024;

const PLAINTEXT_SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Opens (or creates) the SQLCipher 4 database with the raw data key, and proves that the cipher
 * is active before anything is read. Errors are classified: the key has already been verified
 * by the key file's GCM tag, so a file that will not decrypt is damaged, not a wrong passphrase.
 */
export async function openEncryptedDatabase(
  file: string,
  dataKey: Buffer,
  mode: 'create' | 'open',
): Promise<CaseFileDatabase> {
  if (mode === 'open') {
    await checkFileLooksEncrypted(file);
    await checkReadOnly(file, dataKey);
  }
  const db = connect(file, { fileMustExist: mode === 'open' });
  try {
    applyKey(db, dataKey);
    assertCipherActive(db);
    readApplicationId(db, mode);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('secure_delete = ON');
    db.pragma('foreign_keys = ON');
    db.pragma(`cache_size = -${CACHE_SIZE_KIB}`);
    db.pragma('temp_store = MEMORY'); // temp tables and sort spills never touch the disk
    return db;
  } catch (err) {
    db.close();
    throw classify(err);
  }
}

function connect(file: string, options: Database.Options): CaseFileDatabase {
  try {
    return new Database(file, options);
  } catch (err) {
    if (isNotFound(err) || (err as { code?: string }).code === 'SQLITE_CANTOPEN') {
      throw new AppError('DATABASE_MISSING');
    }
    throw err;
  }
}

/**
 * Every check of an existing file runs on a read-only connection first. A read-write
 * connection closed after a failed check is the last one on the file, and SQLite then
 * checkpoints the WAL into the database: a refused file (a page in the WAL that does not
 * authenticate, a newer schema not yet checkpointed) would be changed. A read-only connection
 * never checkpoints; the empty WAL and index it may create for its read are removed again
 * when the file is refused, so the folder is left as it was found.
 */
async function checkReadOnly(file: string, dataKey: Buffer): Promise<void> {
  const made: string[] = [];
  for (const sidecar of [`${file}-wal`, `${file}-shm`]) {
    if (!(await fs.stat(sidecar).catch(() => null))) made.push(sidecar);
  }
  const db = connect(file, { readonly: true, fileMustExist: true });
  try {
    applyKey(db, dataKey);
    assertCipherActive(db);
    readApplicationId(db, 'open');
    runQuickCheck(db);
    const version = schemaVersion(db);
    if (version > LATEST_SCHEMA_VERSION) throw new AppError('NEWER_VERSION', `schema ${version}`);
  } catch (err) {
    db.close();
    for (const sidecar of made) {
      const stat = await fs.stat(sidecar).catch(() => null);
      if (stat && (stat.size === 0 || sidecar.endsWith('-shm'))) await fs.rm(sidecar);
    }
    throw classify(err);
  }
  db.close();
}

/**
 * A plaintext SQLite file is never opened: not ours, and opening it would fall back to no
 * encryption. An empty or truncated file is damage.
 */
async function checkFileLooksEncrypted(file: string): Promise<void> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (err) {
    if (isNotFound(err)) throw new AppError('DATABASE_MISSING');
    throw err;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new AppError('DATABASE_DAMAGED', 'not a regular file');
    const head = Buffer.alloc(PLAINTEXT_SQLITE_HEADER.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (bytesRead === head.length && head.equals(PLAINTEXT_SQLITE_HEADER)) {
      throw new AppError('NOT_A_CASE_FILE', 'plaintext sqlite');
    }
    if (stat.size < 512) throw new AppError('DATABASE_DAMAGED', 'too small');
  } finally {
    await handle.close();
  }
}

/**
 * SQLCipher 4 with its legacy=4 parameters, set explicitly because this driver's default cipher
 * is another one; the raw key form x'…' skips SQLCipher's own passphrase KDF. The key text is
 * built in a Buffer, not a string, so it can be wiped.
 */
function applyKey(db: CaseFileDatabase, dataKey: Buffer): void {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  const rawKey = rawKeyLiteral(dataKey);
  try {
    db.key(rawKey);
  } finally {
    rawKey.fill(0);
  }
}

export function rawKeyLiteral(dataKey: Buffer): Buffer {
  const hex = '0123456789abcdef';
  const out = Buffer.alloc(dataKey.length * 2 + 3);
  out[0] = 0x78; // x
  out[1] = 0x27; // '
  for (let i = 0; i < dataKey.length; i++) {
    const byte = dataKey[i] ?? 0;
    out[2 + i * 2] = hex.charCodeAt(byte >> 4);
    out[3 + i * 2] = hex.charCodeAt(byte & 15);
  }
  out[out.length - 1] = 0x27;
  return out;
}

/**
 * Fails closed when the driver is not the encrypting build or did not select SQLCipher.
 * `PRAGMA cipher` does not read the file; the version function does (SQLite loads the schema
 * to prepare any statement), so a file that does not decrypt surfaces there as damage.
 */
export function assertCipherActive(db: CaseFileDatabase): void {
  let cipher: unknown;
  try {
    cipher = db.pragma('cipher', { simple: true });
  } catch {
    throw new AppError('CIPHER_INACTIVE');
  }
  if (cipher !== 'sqlcipher') throw new AppError('CIPHER_INACTIVE');
  let version: unknown;
  try {
    version = db.prepare('SELECT sqlite3mc_version() AS v').pluck().get();
  } catch (err) {
    if (isDamage(err)) throw err;
    throw new AppError('CIPHER_INACTIVE');
  }
  if (typeof version !== 'string' || version.length === 0) throw new AppError('CIPHER_INACTIVE');
}

function isDamage(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  return (
    code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_IOERR')
  );
}

function readApplicationId(db: CaseFileDatabase, mode: 'create' | 'open'): void {
  if (mode === 'create') {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    return;
  }
  const id = db.pragma('application_id', { simple: true });
  if (id !== APPLICATION_ID) throw new AppError('NOT_A_CASE_FILE', 'application id');
}

function runQuickCheck(db: CaseFileDatabase): void {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') {
    throw new AppError('DATABASE_DAMAGED', 'quick_check');
  }
}

/** SQLite errors while opening with a verified key mean a damaged file. */
function classify(err: unknown): unknown {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string }).code ?? '';
  if (isDamage(err)) return new AppError('DATABASE_DAMAGED', code);
  if (code === 'SQLITE_FULL') return new AppError('DISK_ERROR', code);
  return err;
}
