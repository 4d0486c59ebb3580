import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/schemas/casefile';
import { AppError } from '../errors';
import { openEncryptedDatabase, type CaseFileDatabase } from './database';
import { calibrateKdf, DEFAULT_TARGET_MS, type KdfCost } from './kdf';
import {
  DATA_KEY_BYTES,
  newFileId,
  newKeyFileBody,
  readKeyFile,
  removeStaleKeyFileTemps,
  unwrapDataKey,
  wrapDataKey,
  writeKeyFile,
  type WrapPurpose,
} from './keyfile';
import { migrate } from './migrations';
import { caseFilePaths } from './paths';
import { generateRecoveryCode, normaliseRecoveryCode } from './recovery-code';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, isDiskError, pathExists } from './secure-fs';

export type { CaseFileDatabase } from './database';
export { caseFilePaths } from './paths';

export interface CaseFileOptions {
  /** Fixed Argon2id cost instead of calibrating (tests, the e2e harness). */
  kdf?: KdfCost;
  /** Target unlock time when calibrating; about 0.5 s by default. */
  targetUnlockMs?: number;
}

/**
 * An open case file. The data key is wiped as soon as SQLCipher holds it; closing the database
 * (lock) drops SQLCipher's copy too.
 */
export interface OpenCaseFile {
  readonly db: CaseFileDatabase;
  readonly fileId: string;
  readonly folder: string;
  close(): void;
}

export type CurrentSecret = { kind: WrapPurpose; value: string };

export async function caseFileExists(folder: string): Promise<boolean> {
  const paths = caseFilePaths(folder);
  return (await pathExists(paths.keyFile)) || (await pathExists(paths.database));
}

function assertStrongEnough(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) throw new AppError('WEAK_PASSPHRASE');
}

async function kdfCost(options: CaseFileOptions): Promise<KdfCost> {
  return options.kdf ?? calibrateKdf(options.targetUnlockMs ?? DEFAULT_TARGET_MS);
}

/**
 * Creates a new case file in `folder`: a random 256-bit data key, the SQLCipher database and
 * the key file. Refuses when any part of a case file is already there. Returns the open file
 * and the recovery code, which is shown once and stored nowhere.
 */
export async function createCaseFile(
  folder: string,
  passphrase: string,
  options: CaseFileOptions = {},
): Promise<{ caseFile: OpenCaseFile; recoveryCode: string }> {
  assertStrongEnough(passphrase);
  const paths = caseFilePaths(folder);
  await fs.mkdir(folder, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (await caseFileExists(folder)) throw new AppError('CASE_FILE_EXISTS');

  const cost = await kdfCost(options);
  const dataKey = Buffer.alloc(DATA_KEY_BYTES);
  randomBytes(DATA_KEY_BYTES).copy(dataKey);
  const fileId = newFileId();
  const recoveryCode = generateRecoveryCode();
  const created: string[] = [];
  let db: CaseFileDatabase | null = null;
  try {
    const [passphraseWrap, recoveryWrap] = await Promise.all([
      wrapDataKey(dataKey, Buffer.from(passphrase, 'utf8'), fileId, 'passphrase', cost),
      wrapDataKey(
        dataKey,
        Buffer.from(normaliseRecoveryCode(recoveryCode) ?? ''),
        fileId,
        'recoveryCode',
        cost,
      ),
    ]);
    // An empty file made exclusively with mode 0600 first: SQLite then never creates it
    // world-readable, and its WAL and shared-memory files inherit the mode.
    const handle = await fs.open(paths.database, 'wx', PRIVATE_FILE_MODE);
    await handle.close();
    created.push(paths.database, `${paths.database}-wal`, `${paths.database}-shm`);
    db = await openEncryptedDatabase(paths.database, dataKey, 'create');
    migrate(db);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)').run(
      'file_id',
      fileId,
      'created_at',
      new Date().toISOString(),
    );
    await writeKeyFile(
      paths.keyFile,
      newKeyFileBody(fileId, { passphrase: passphraseWrap, recoveryCode: recoveryWrap }),
      { exclusive: true },
    );
    created.push(paths.keyFile);
    return { caseFile: openHandle(db, fileId, folder), recoveryCode };
  } catch (err) {
    db?.close();
    // Only what this call made is removed: a half-made case file must not block a retry.
    if (!(err instanceof AppError && err.code === 'CASE_FILE_EXISTS')) {
      await Promise.all(created.map((f) => fs.rm(f, { force: true })));
    }
    if (isDiskError(err)) throw new AppError('DISK_ERROR');
    throw err;
  } finally {
    dataKey.fill(0);
  }
}

export async function openCaseFile(
  folder: string,
  passphrase: string,
  _options: CaseFileOptions = {},
): Promise<OpenCaseFile> {
  return openWith(folder, { kind: 'passphrase', value: passphrase });
}

export async function openCaseFileWithRecoveryCode(
  folder: string,
  recoveryCode: string,
  _options: CaseFileOptions = {},
): Promise<OpenCaseFile> {
  return openWith(folder, { kind: 'recoveryCode', value: recoveryCode });
}

async function openWith(folder: string, secret: CurrentSecret): Promise<OpenCaseFile> {
  const paths = caseFilePaths(folder);
  const [hasKeyFile, hasDatabase] = await Promise.all([
    pathExists(paths.keyFile),
    pathExists(paths.database),
  ]);
  if (!hasKeyFile && !hasDatabase) throw new AppError('NO_CASE_FILE');
  if (!hasKeyFile) throw new AppError('KEY_FILE_MISSING');
  if (!hasDatabase) throw new AppError('DATABASE_MISSING');

  const keyFile = await readKeyFile(paths.keyFile);
  const dataKey = await unwrapDataKey(keyFile, secretBytes(secret), secret.kind);
  let db: CaseFileDatabase;
  try {
    db = await openEncryptedDatabase(paths.database, dataKey, 'open');
  } finally {
    dataKey.fill(0);
  }
  try {
    migrate(db);
    await removeStaleKeyFileTemps(paths.keyFile);
  } catch (err) {
    db.close();
    throw err;
  }
  return openHandle(db, keyFile.fileId, folder);
}

function secretBytes(secret: CurrentSecret): Buffer {
  if (secret.kind === 'passphrase') return Buffer.from(secret.value, 'utf8');
  const normalised = normaliseRecoveryCode(secret.value);
  if (!normalised) throw new AppError('WRONG_RECOVERY_CODE');
  return Buffer.from(normalised);
}

function openHandle(db: CaseFileDatabase, fileId: string, folder: string): OpenCaseFile {
  return {
    db,
    fileId,
    folder,
    close() {
      if (db.open) db.close();
    },
  };
}

/**
 * Rewraps the data key under a new passphrase after proving the current passphrase or the
 * recovery code. Only the key file changes, atomically; the database is not touched and the
 * recovery code stays valid.
 */
export async function changePassphrase(
  folder: string,
  current: CurrentSecret,
  next: string,
  options: CaseFileOptions = {},
): Promise<void> {
  assertStrongEnough(next);
  const paths = caseFilePaths(folder);
  const keyFile = await readKeyFile(paths.keyFile);
  const dataKey = await unwrapDataKey(keyFile, secretBytes(current), current.kind);
  try {
    const passphraseWrap = await wrapDataKey(
      dataKey,
      Buffer.from(next, 'utf8'),
      keyFile.fileId,
      'passphrase',
      await kdfCost(options),
    );
    const { checksum: _checksum, ...body } = keyFile;
    await writeKeyFile(paths.keyFile, {
      ...body,
      wraps: { ...body.wraps, passphrase: passphraseWrap },
    });
  } finally {
    dataKey.fill(0);
  }
}

/**
 * Replaces the recovery code after proving the passphrase: for a counsellor whose printout is
 * lost, or who never confirmed saving it. The old code stops working; the database is not
 * touched. Returns the new code, shown once.
 */
export async function renewRecoveryCode(
  folder: string,
  passphrase: string,
  options: CaseFileOptions = {},
): Promise<string> {
  const paths = caseFilePaths(folder);
  const keyFile = await readKeyFile(paths.keyFile);
  const dataKey = await unwrapDataKey(keyFile, Buffer.from(passphrase, 'utf8'), 'passphrase');
  try {
    const recoveryCode = generateRecoveryCode();
    const recoveryWrap = await wrapDataKey(
      dataKey,
      Buffer.from(normaliseRecoveryCode(recoveryCode) ?? ''),
      keyFile.fileId,
      'recoveryCode',
      await kdfCost(options),
    );
    const { checksum: _checksum, ...body } = keyFile;
    await writeKeyFile(paths.keyFile, {
      ...body,
      wraps: { ...body.wraps, recoveryCode: recoveryWrap },
    });
    return recoveryCode;
  } finally {
    dataKey.fill(0);
  }
}
