import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { toInputValue } from '../../shared/dutch-time';
import type { ErrorCode } from '../../shared/errors';
import { AppError, isAppError } from '../errors';
import {
  APPLICATION_ID,
  assertCipherActive,
  openEncryptedDatabase,
  type CaseFileDatabase,
} from './database';
import { parseKeyFile, unwrapDataKey, type KeyFile, type WrapPurpose } from './keyfile';
import { LATEST_SCHEMA_VERSION, schemaVersion } from './migrations';
import { caseFilePaths, type CaseFilePaths } from './paths';
import { normaliseRecoveryCode } from './recovery-code';
import {
  fsyncFolder,
  isDiskError,
  isNotFound,
  pathExists,
  PRIVATE_DIR_MODE,
  PRIVATE_FILE_MODE,
} from './secure-fs';

/**
 * Backups and restore of the case file (DESIGN.md, "The case file").
 *
 * A backup is a folder inside the folder the counsellor chose (a USB stick, say), named by its
 * Dutch date and time, holding a copy of the database and of the key file under their usual
 * names, so a backup is itself a case-file folder:
 *
 *     VP Dossier backup 2026-12-01 1432/dossier.vpdb
 *     VP Dossier backup 2026-12-01 1432/dossier.vpkey
 *
 * The database copy is made with `VACUUM INTO` on the open connection: one consistent snapshot
 * while the app stays open, written page by page encrypted under the same data key (this
 * driver attaches the target with the main database's cipher and key). Nothing passes through
 * plaintext; the online backup API is no alternative, as it refuses a target without a key.
 * Everything is written into a hidden temporary folder beside the final one and renamed into
 * place only after it was verified, so a failure (a full disk, a stick pulled out) leaves no
 * half backup and never touches an earlier one, which has a name of its own.
 *
 * Verification opens the copy on the same connection (ATTACH, inheriting the key: the app
 * keeps no data key in memory once SQLCipher has it) and runs integrity_check and the app's
 * own checks: not a plaintext file, cipher active, the application id, the schema version, and
 * the copy's file id matching its key file.
 *
 * Restore takes a backup folder and the passphrase or recovery code that opens it, copies it
 * beside the case file, opens the copy through the normal open path and checks it whole, and
 * only then swaps: the current case-file folder is renamed to a dated copy beside it
 * (`casefile-before-restore-2026-12-01-1432`) and the copy renamed into its place. Nothing is
 * ever overwritten; if any step fails, the current case file stays as it was.
 */

export const BACKUP_FOLDER_PREFIX = 'VP Dossier backup';

/** The schema name of a backup copy while it is checked on the live connection. */
const CHECK_SCHEMA = 'vp_backup_check';

const PLAINTEXT_SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const MAX_KEY_FILE_BYTES = 64 * 1024;
const COPY_CHUNK_BYTES = 1024 * 1024;

const exclusiveCreate = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL;

/**
 * Makes a rename or a new file in `folder` durable. Windows has no fsync of a folder (it
 * refuses to flush a folder handle); NTFS journals the change itself.
 */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  await fsyncFolder(folder);
}

/**
 * The few file operations a backup or restore performs that a disk can refuse, as a seam for
 * tests: a full disk or a pulled stick is simulated by an implementation that fails.
 */
export interface BackupIo {
  /** Creates `file` (never replacing one) with `bytes`, mode 0600, and fsyncs it. */
  writeNewFile(file: string, bytes: Uint8Array): Promise<void>;
  /** Copies `from` to a new file `to`, mode 0600, fsynced. */
  copyNewFile(from: string, to: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

export const fileSystemIo: BackupIo = {
  async writeNewFile(file, bytes) {
    const handle = await fs.open(file, exclusiveCreate, PRIVATE_FILE_MODE);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  async copyNewFile(from, to) {
    const input = await fs.open(from, constants.O_RDONLY);
    try {
      const output = await fs.open(to, exclusiveCreate, PRIVATE_FILE_MODE);
      try {
        const chunk = Buffer.alloc(COPY_CHUNK_BYTES);
        let position = 0;
        for (;;) {
          const { bytesRead } = await input.read(chunk, 0, chunk.length, position);
          if (bytesRead === 0) break;
          let written = 0;
          while (written < bytesRead) {
            const result = await output.write(chunk, written, bytesRead - written, position);
            written += result.bytesWritten;
            position += result.bytesWritten;
          }
        }
        await output.sync();
      } finally {
        await output.close();
      }
    } finally {
      await input.close();
    }
  },
  rename: (from, to) => fs.rename(from, to),
};

/** "VP Dossier backup 2026-12-01 1432", in Dutch time whatever the laptop's zone. */
export function backupFolderName(now: Date): string {
  const [date, time] = toInputValue(now).split('T') as [string, string];
  return `${BACKUP_FOLDER_PREFIX} ${date} ${time.replace(':', '')}`;
}

/** "2026-12-01-1432", for the dated copy of the case file kept on restore. */
function restoreStamp(now: Date): string {
  return toInputValue(now).replace('T', '-').replace(':', '');
}

/** `name`, or `name (2)`, `name (3)`, … : the first that does not exist in `folder`. */
async function freeName(folder: string, name: string, join = (n: number) => `${name} (${n})`) {
  if (!(await pathExists(path.join(folder, name)))) return name;
  for (let n = 2; n < 1000; n++) {
    const candidate = join(n);
    if (!(await pathExists(path.join(folder, candidate)))) return candidate;
  }
  throw new AppError('BACKUP_FAILED', 'no free name');
}

/** The live database, asked for again at each step: a lock in between fails closed. */
export type DatabaseAccess = () => CaseFileDatabase;

/**
 * Makes a verified backup of the open case file inside `targetFolder` and returns the name of
 * the backup folder. `source` is the open case file's folder (its key file is copied).
 */
export async function backUpCaseFile(
  database: DatabaseAccess,
  source: CaseFilePaths,
  targetFolder: string,
  now: Date,
  io: BackupIo = fileSystemIo,
): Promise<{ folderName: string }> {
  try {
    const stat = await fs.stat(targetFolder);
    if (!stat.isDirectory()) throw new AppError('BACKUP_FAILED', 'target is not a folder');
  } catch (err) {
    throw backupFailure(err);
  }
  let keyFileBytes: Buffer;
  let keyFile: KeyFile;
  try {
    keyFileBytes = await readKeyFileBytes(source.keyFile);
    keyFile = parseKeyFile(keyFileBytes);
  } catch (err) {
    throw backupFailure(err);
  }

  let folderName: string;
  try {
    folderName = await freeName(targetFolder, backupFolderName(now));
  } catch (err) {
    throw backupFailure(err);
  }
  const temp = path.join(targetFolder, `.${folderName}.partial-${randomBytes(6).toString('hex')}`);
  const copy = caseFilePaths(temp);
  try {
    await fs.mkdir(temp, { mode: PRIVATE_DIR_MODE });
    // An empty file made exclusively with mode 0600 first: VACUUM INTO accepts an empty
    // target, and would otherwise create it with the process's default mode.
    await (await fs.open(copy.database, exclusiveCreate, PRIVATE_FILE_MODE)).close();
    database().prepare('VACUUM INTO ?').run(copy.database);
    // VACUUM INTO does not sync its output; the copy must be on the stick before it counts.
    // (Opened for writing: Windows flushes only a handle that may write.)
    const written = await fs.open(copy.database, constants.O_RDWR);
    try {
      await written.sync();
    } finally {
      await written.close();
    }
    await io.writeNewFile(copy.keyFile, keyFileBytes);

    // What is on the stick is checked, not what was meant to be written.
    const copiedKeyFile = await fs.readFile(copy.keyFile);
    if (!copiedKeyFile.equals(keyFileBytes)) throw new AppError('BACKUP_FAILED', 'key file copy');
    await verifyBackupCopy(database(), copy.database, keyFile.fileId);

    await syncFolder(temp);
    await io.rename(temp, path.join(targetFolder, folderName));
    await syncFolder(targetFolder);
    return { folderName };
  } catch (err) {
    // Only the temporary folder this call made is removed; a stick that is gone cannot be
    // cleaned, and what is left there is encrypted and hidden.
    await fs.rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw backupFailure(err);
  }
}

async function readKeyFileBytes(file: string): Promise<Buffer> {
  const stat = await fs.stat(file);
  if (!stat.isFile() || stat.size > MAX_KEY_FILE_BYTES) {
    throw new AppError('KEY_FILE_DAMAGED', 'key file');
  }
  return fs.readFile(file);
}

/** A copy that starts like a plaintext SQLite file, or is too short to be one, is refused. */
async function assertLooksEncrypted(file: string): Promise<void> {
  const handle = await fs.open(file, constants.O_RDONLY);
  try {
    const head = Buffer.alloc(PLAINTEXT_SQLITE_HEADER.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const { size } = await handle.stat();
    if (bytesRead === head.length && head.equals(PLAINTEXT_SQLITE_HEADER)) {
      throw new AppError('BACKUP_FAILED', 'copy is plaintext');
    }
    if (size < 512) throw new AppError('BACKUP_FAILED', 'copy too small');
  } finally {
    await handle.close();
  }
}

/**
 * Checks a backup copy of the database open as `db`: not a plaintext file, and through the
 * live connection, which attaches it with its own cipher and key (a copy under another key, or
 * none, does not even attach), the cipher, integrity_check, the application id, the schema
 * version and the file id of the key file copied with it. Fails with BACKUP_FAILED.
 */
export async function verifyBackupCopy(
  db: CaseFileDatabase,
  copyFile: string,
  fileId: string,
): Promise<void> {
  try {
    await assertLooksEncrypted(copyFile);
    verifyOnConnection(db, copyFile, fileId);
  } catch (err) {
    throw backupFailure(err);
  }
}

function verifyOnConnection(db: CaseFileDatabase, copyFile: string, fileId: string): void {
  db.prepare(`ATTACH DATABASE ? AS ${CHECK_SCHEMA}`).run(copyFile);
  try {
    if (db.pragma(`${CHECK_SCHEMA}.cipher`, { simple: true }) !== 'sqlcipher') {
      throw new AppError('BACKUP_FAILED', 'cipher');
    }
    const rows = db.pragma(`${CHECK_SCHEMA}.integrity_check`) as { integrity_check: string }[];
    if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') {
      throw new AppError('BACKUP_FAILED', 'integrity_check');
    }
    if (db.pragma(`${CHECK_SCHEMA}.application_id`, { simple: true }) !== APPLICATION_ID) {
      throw new AppError('BACKUP_FAILED', 'application id');
    }
    if (db.pragma(`${CHECK_SCHEMA}.user_version`, { simple: true }) !== schemaVersion(db)) {
      throw new AppError('BACKUP_FAILED', 'schema version');
    }
    const copiedId = db
      .prepare(`SELECT value FROM ${CHECK_SCHEMA}.meta WHERE key = 'file_id'`)
      .pluck()
      .get();
    if (copiedId !== fileId) throw new AppError('BACKUP_FAILED', 'file id');
  } finally {
    db.exec(`DETACH DATABASE ${CHECK_SCHEMA}`);
  }
}

function isFull(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL';
}

/** Full disk, a lock in between, or anything else: one of three answers, never a path. */
function backupFailure(err: unknown): AppError {
  if (isFull(err)) return new AppError('BACKUP_DISK_FULL');
  if (isAppError(err) && (err.code === 'LOCKED' || err.code === 'BACKUP_DISK_FULL')) return err;
  const code = (err as { code?: string } | null)?.code ?? (err as Error | null)?.name ?? '';
  return new AppError('BACKUP_FAILED', String(code));
}

export type RestoreSecret = { kind: WrapPurpose; value: string };

function secretBytes(secret: RestoreSecret): Buffer {
  if (secret.kind === 'passphrase') return Buffer.from(secret.value, 'utf8');
  const normalised = normaliseRecoveryCode(secret.value);
  if (!normalised) throw new AppError('WRONG_RECOVERY_CODE');
  return Buffer.from(normalised);
}

/**
 * Puts the backup in `backupFolder` in place of the case file in `caseFileFolder`. Calls
 * `beforeSwap` once the backup is copied and verified and just before the current case file
 * is moved, so the caller can close it (the session locks there); until then nothing of the
 * current case file has been touched. Returns the name of the dated copy of the previous case
 * file (null when there was none).
 */
export async function restoreCaseFile(
  backupFolder: string,
  caseFileFolder: string,
  secret: RestoreSecret,
  now: Date,
  hooks: { beforeSwap(): void },
  io: BackupIo = fileSystemIo,
): Promise<{ folderName: string; keptAs: string | null }> {
  const parent = path.dirname(caseFileFolder);
  const base = path.basename(caseFileFolder);
  const source = caseFilePaths(backupFolder);
  const { keyFile, keyFileBytes } = await readBackup(source, caseFileFolder);
  const dataKey = await unwrapDataKey(keyFile, secretBytes(secret), secret.kind).catch(
    (err: unknown) => {
      throw restoreFailure(err);
    },
  );

  const staging = path.join(parent, `.${base}-restoring-${randomBytes(6).toString('hex')}`);
  const staged = caseFilePaths(staging);
  let swapped = false;
  try {
    await fs.mkdir(parent, { recursive: true, mode: PRIVATE_DIR_MODE });
    await fs.mkdir(staging, { mode: PRIVATE_DIR_MODE });
    await io.copyNewFile(source.database, staged.database);
    await io.writeNewFile(staged.keyFile, keyFileBytes);
    await verifyStagedCopy(staged, dataKey, keyFile);
    await syncFolder(staging);

    hooks.beforeSwap();
    let keptAs: string | null = null;
    if (await pathExists(caseFileFolder)) {
      if ((await fs.readdir(caseFileFolder)).length === 0) {
        await fs.rmdir(caseFileFolder);
      } else {
        keptAs = await freeName(
          parent,
          `${base}-before-restore-${restoreStamp(now)}`,
          (n) => `${base}-before-restore-${restoreStamp(now)}-${n}`,
        );
        await io.rename(caseFileFolder, path.join(parent, keptAs));
      }
    }
    try {
      await io.rename(staging, caseFileFolder);
      swapped = true;
    } catch (err) {
      // Put the current case file back where it was; the restore did not happen.
      if (keptAs !== null) await fs.rename(path.join(parent, keptAs), caseFileFolder);
      throw err;
    }
    await syncFolder(parent);
    return { folderName: path.basename(backupFolder), keptAs };
  } catch (err) {
    if (!swapped) await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw restoreFailure(err);
  } finally {
    dataKey.fill(0);
  }
}

/** The backup's key file (checked) and its bytes; anything missing or foreign is refused. */
async function readBackup(
  source: CaseFilePaths,
  caseFileFolder: string,
): Promise<{ keyFile: KeyFile; keyFileBytes: Buffer }> {
  try {
    const [backupReal, currentReal] = await Promise.all([
      fs.realpath(source.folder),
      fs.realpath(caseFileFolder).catch(() => null),
    ]);
    // The case file itself is no backup of itself.
    if (backupReal === currentReal) throw new AppError('BACKUP_NOT_VALID', 'current case file');
    const db = await fs.stat(source.database);
    if (!db.isFile()) throw new AppError('BACKUP_NOT_VALID', 'database');
    // A copy with a write-ahead log beside it is a case file that was not closed, not a
    // finished backup: copying the database alone would lose what the log holds.
    const wal = await fs.stat(`${source.database}-wal`).catch(() => null);
    if (wal && wal.size > 0) throw new AppError('BACKUP_NOT_VALID', 'write-ahead log');
    const keyFileBytes = await readKeyFileBytes(source.keyFile);
    return { keyFile: parseKeyFile(keyFileBytes), keyFileBytes };
  } catch (err) {
    throw restoreFailure(err);
  }
}

/**
 * The staged copy, opened through the app's normal open path (refuses plaintext, checks the
 * cipher, the application id and quick_check), then checked whole.
 */
async function verifyStagedCopy(
  staged: CaseFilePaths,
  dataKey: Buffer,
  keyFile: KeyFile,
): Promise<void> {
  const db = await openEncryptedDatabase(staged.database, dataKey, 'open');
  try {
    assertCipherActive(db);
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') {
      throw new AppError('BACKUP_NOT_VALID', 'integrity_check');
    }
    if (schemaVersion(db) > LATEST_SCHEMA_VERSION) throw new AppError('NEWER_VERSION');
    const fileId = db.prepare("SELECT value FROM meta WHERE key = 'file_id'").pluck().get();
    if (fileId !== keyFile.fileId) throw new AppError('BACKUP_NOT_VALID', 'file id');
  } finally {
    db.close();
  }
}

/** Errors that say the backup itself is unusable become BACKUP_NOT_VALID. */
const backupDamage: readonly ErrorCode[] = [
  'NO_CASE_FILE',
  'KEY_FILE_MISSING',
  'KEY_FILE_DAMAGED',
  'DATABASE_MISSING',
  'DATABASE_DAMAGED',
  'NOT_A_CASE_FILE',
];

function restoreFailure(err: unknown): AppError {
  if (isAppError(err)) {
    return backupDamage.includes(err.code) ? new AppError('BACKUP_NOT_VALID', err.code) : err;
  }
  if (isNotFound(err)) return new AppError('BACKUP_NOT_VALID', 'missing');
  if (isDiskError(err)) return new AppError('RESTORE_FAILED', (err as { code?: string }).code);
  return new AppError('RESTORE_FAILED', (err as Error | null)?.name ?? 'unknown');
}
