import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { toInputValue } from '../../shared/dutch-time';
import { createCaseFile, openCaseFile, type OpenCaseFile } from '../casefile';
import type { KdfCost } from '../casefile/kdf';
import { readKeyFile, unwrapDataKey } from '../casefile/keyfile';
import { caseFilePaths } from '../casefile/paths';
import { fsyncFolder, pathExists } from '../casefile/secure-fs';
import { AppError, isAppError } from '../errors';
import { readContents, writeContents, type HandoverContents } from './handover-contents';

/**
 * The handover package on disk: a folder inside the folder the counsellor chose, holding a
 * new, complete case file (dossier.vpdb and dossier.vpkey), made by the same code that makes
 * every case file: a random data key, SQLCipher, the key wrapped under Argon2id from the
 * successor's passphrase, at the current schema. The cases are written straight into the
 * encrypted database from memory; nothing passes through a plaintext file.
 *
 *     VP Dossier overdracht 2026-12-01 1432 (2 meldingen)/dossier.vpdb
 *     VP Dossier overdracht 2026-12-01 1432 (2 meldingen)/dossier.vpkey
 *
 * Its meta table says it is a handover package (a normal case file or a backup says
 * nothing), from which case file, and when. The recovery code that every case file gets is
 * thrown away unseen: the successor's passphrase is the only way in, and the departing
 * counsellor keeps no second key to the package.
 *
 * As with backups, everything is made in a hidden folder beside the final one and renamed
 * into place only once it was checked, so a failure leaves no half package.
 */

export const HANDOVER_FOLDER_PREFIX = 'VP Dossier overdracht';

const META_PURPOSE = 'purpose';
const PURPOSE_HANDOVER = 'handover';
const META_SOURCE = 'handover_source_file_id';
const META_MADE_AT = 'handover_made_at';

/** "VP Dossier overdracht 2026-12-01 1432 (2 meldingen)", in Dutch time. */
export function handoverFolderName(now: Date, caseCount: number): string {
  const [date, time] = toInputValue(now).split('T') as [string, string];
  const cases = caseCount === 1 ? '1 melding' : `${caseCount} meldingen`;
  return `${HANDOVER_FOLDER_PREFIX} ${date} ${time.replace(':', '')} (${cases})`;
}

/** Windows cannot fsync a folder (NTFS journals the rename itself); see backup.ts. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform !== 'win32') await fsyncFolder(folder);
}

async function freeName(folder: string, name: string): Promise<string> {
  if (!(await pathExists(path.join(folder, name)))) return name;
  for (let n = 2; n < 1000; n++) {
    const candidate = `${name} ${n}`;
    if (!(await pathExists(path.join(folder, candidate)))) return candidate;
  }
  throw new AppError('HANDOVER_FAILED', 'no free name');
}

/** The Argon2id cost of the open case file: calibrated on this machine for its counsellor. */
export async function kdfCostOf(caseFileFolder: string): Promise<KdfCost> {
  const { kdf } = (await readKeyFile(caseFilePaths(caseFileFolder).keyFile)).wraps.passphrase;
  return { memoryKiB: kdf.memoryKiB, iterations: kdf.iterations, parallelism: kdf.parallelism };
}

/**
 * Whether `passphrase` opens the case file in `caseFileFolder`. The successor's passphrase
 * must not be the counsellor's own: telling it to the successor would give away their key.
 */
export async function isOwnPassphrase(
  caseFileFolder: string,
  passphrase: string,
): Promise<boolean> {
  const keyFile = await readKeyFile(caseFilePaths(caseFileFolder).keyFile);
  try {
    (await unwrapDataKey(keyFile, Buffer.from(passphrase, 'utf8'), 'passphrase')).fill(0);
    return true;
  } catch (err) {
    if (isAppError(err) && err.code === 'WRONG_PASSPHRASE') return false;
    throw err;
  }
}

/**
 * Writes a package with `contents` into `targetFolder` and returns its folder name.
 * `sourceFileId` is the departing counsellor's case file, so the successor can tell a
 * package imported before.
 */
export async function writeHandoverPackage(
  contents: HandoverContents,
  options: { targetFolder: string; passphrase: string; sourceFileId: string; cost: KdfCost },
  now: Date,
): Promise<{ folderName: string }> {
  const { targetFolder } = options;
  let folderName: string;
  try {
    if (!(await fs.stat(targetFolder)).isDirectory()) throw new AppError('HANDOVER_FAILED');
    folderName = await freeName(targetFolder, handoverFolderName(now, contents.cases.length));
  } catch (err) {
    throw handoverFailure(err);
  }
  const temp = path.join(targetFolder, `.${folderName}.partial-${randomBytes(6).toString('hex')}`);
  let made: OpenCaseFile | null = null;
  try {
    // The recovery code is dropped here on purpose (see above).
    made = (await createCaseFile(temp, options.passphrase, { kdf: options.cost })).caseFile;
    const { db } = made;
    db.transaction(() => {
      writeContents(db, contents);
      const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
      meta.run(META_PURPOSE, PURPOSE_HANDOVER);
      meta.run(META_SOURCE, options.sourceFileId);
      meta.run(META_MADE_AT, now.toISOString());
    })();
    assertSound(made, contents.cases.length, 'HANDOVER_FAILED');
    made.close();
    made = null;
    await syncFolder(temp);
    await fs.rename(temp, path.join(targetFolder, folderName));
    await syncFolder(targetFolder);
    return { folderName };
  } catch (err) {
    made?.close();
    await fs.rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw handoverFailure(err);
  }
}

function handoverFailure(err: unknown): AppError {
  if (isAppError(err) && (err.code === 'WEAK_PASSPHRASE' || err.code === 'LOCKED')) return err;
  const code = (err as { code?: string } | null)?.code ?? (err as Error | null)?.name ?? '';
  return new AppError('HANDOVER_FAILED', String(code));
}

/** integrity_check and the expected number of cases, on the package's own connection. */
function assertSound(
  caseFile: OpenCaseFile,
  caseCount: number,
  code: 'HANDOVER_FAILED' | 'HANDOVER_NOT_VALID',
) {
  const rows = caseFile.db.pragma('integrity_check') as { integrity_check: string }[];
  if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') {
    throw new AppError(code, 'integrity_check');
  }
  const count = caseFile.db.prepare('SELECT count(*) FROM cases').pluck().get() as number;
  if (count !== caseCount) throw new AppError(code, 'case count');
}

export interface OpenedPackage {
  folderName: string;
  /** The package's own file id: the same package imported twice has the same one. */
  packageId: string;
  /** The case file the cases came from. */
  sourceFileId: string;
  contents: HandoverContents;
}

/** Errors that say the chosen folder holds no usable package. */
const notAPackage = new Set([
  'NO_CASE_FILE',
  'KEY_FILE_MISSING',
  'KEY_FILE_DAMAGED',
  'DATABASE_MISSING',
  'DATABASE_DAMAGED',
  'NOT_A_CASE_FILE',
  'CIPHER_INACTIVE',
]);

/**
 * Opens the package in `folder` with the successor's passphrase, checks it whole and reads
 * its contents into memory; the package is closed again before anything is merged. Refuses
 * the counsellor's own case file, a normal case file, a backup and anything damaged
 * (HANDOVER_NOT_VALID); a wrong passphrase is WRONG_PASSPHRASE.
 */
export async function readHandoverPackage(
  folder: string,
  passphrase: string,
  ownCaseFileFolder: string,
): Promise<OpenedPackage> {
  let opened: OpenCaseFile | null = null;
  try {
    const [chosen, own] = await Promise.all([
      fs.realpath(folder),
      fs.realpath(ownCaseFileFolder).catch(() => null),
    ]);
    if (chosen === own) throw new AppError('HANDOVER_NOT_VALID', 'own case file');
    // Opened like any case file; a package from an older app is brought up to date in place,
    // encrypted like the rest, before it is read.
    opened = await openCaseFile(folder, passphrase);
    const { db } = opened;
    const meta = new Map(
      (db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]).map(
        (m) => [m.key, m.value],
      ),
    );
    if (meta.get(META_PURPOSE) !== PURPOSE_HANDOVER) {
      throw new AppError('HANDOVER_NOT_VALID', 'not a handover package');
    }
    if (meta.get('file_id') !== opened.fileId) throw new AppError('HANDOVER_NOT_VALID', 'file id');
    const sourceFileId = meta.get(META_SOURCE);
    if (!sourceFileId) throw new AppError('HANDOVER_NOT_VALID', 'source');
    const contents = readContents(db, null);
    assertSound(opened, contents.cases.length, 'HANDOVER_NOT_VALID');
    return { folderName: path.basename(folder), packageId: opened.fileId, sourceFileId, contents };
  } catch (err) {
    if (isAppError(err) && notAPackage.has(err.code)) {
      throw new AppError('HANDOVER_NOT_VALID', err.code);
    }
    if ((err as { code?: string } | null)?.code === 'ENOENT') {
      throw new AppError('HANDOVER_NOT_VALID', 'missing');
    }
    throw err;
  } finally {
    opened?.close();
  }
}
