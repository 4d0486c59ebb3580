import { randomBytes } from 'node:crypto';
import { promises as fs, constants, type Dirent } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

/** Case-file material is readable by its owner only. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

export async function pathExists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err;
  }
}

export function isNotFound(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

/** Errors of the disk itself (full, read-only, gone) rather than of our data. */
export function isDiskError(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return (
    code === 'ENOSPC' ||
    code === 'EROFS' ||
    code === 'EIO' ||
    code === 'EDQUOT' ||
    code === 'EACCES' ||
    code === 'EPERM'
  );
}

/**
 * Writes a file so that a crash at any moment leaves either the old or the new contents, never
 * neither: write a temp file beside it, fsync it, rename over the target, fsync the folder.
 * With `exclusive`, refuses when the target exists (used when creating a case file).
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array,
  options: { exclusive?: boolean } = {},
): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, tempFileName(target));
  const handle = await fs.open(
    temp,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
    PRIVATE_FILE_MODE,
  );
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    await handle.close();
    await fs.rm(temp, { force: true });
    throw diskFailure(err);
  }
  await handle.close();
  try {
    if (options.exclusive) {
      // link() fails with EEXIST instead of replacing: a case file is never overwritten.
      await fs.link(temp, target);
      await fs.rm(temp);
    } else {
      await fs.rename(temp, target);
    }
    await fsyncFolder(dir);
  } catch (err) {
    await fs.rm(temp, { force: true });
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new AppError('CASE_FILE_EXISTS');
    throw diskFailure(err);
  }
}

/** The temp file writeFileAtomic writes beside `target`: `.<name>.<12 hex digits>.tmp`. */
function tempFileName(target: string): string {
  return `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`;
}

/** Whether `name` is one of writeFileAtomic's temp files for `target`, and nothing else. */
export function isTempFileOf(target: string, name: string): boolean {
  const prefix = `.${path.basename(target)}.`;
  return name.startsWith(prefix) && /^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length));
}

/**
 * Removes the temp files a crash in writeFileAtomic left beside `target` (only regular files
 * named exactly as it names them; nothing else in the folder is touched) and returns their
 * names. Only safe while nothing is writing `target`. A temp file that cannot be removed is
 * left for next time: it is harmless, since it is never read.
 */
export async function removeStaleTempFiles(target: string): Promise<string[]> {
  const dir = path.dirname(target);
  const removed: string[] = [];
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return removed; // best effort, like each removal below
  }
  for (const entry of entries) {
    if (!entry.isFile() || !isTempFileOf(target, entry.name)) continue;
    try {
      await fs.rm(path.join(dir, entry.name));
      removed.push(entry.name);
    } catch {
      // See above: left for the next open.
    }
  }
  return removed;
}

/**
 * Makes a rename in `dir` durable. Windows cannot flush a folder: opening one fails there
 * (EISDIR) or flushing its handle does (EPERM, EACCES); NTFS journals the rename itself, so
 * those errors are ignored on win32 only. Everywhere else a failure counts, since losing the
 * rename in a crash would bring back the old file.
 */
export async function fsyncFolder(
  dir: string,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  try {
    const handle = await fs.open(dir, constants.O_RDONLY);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (!folderSyncUnsupported(platform, err)) throw err;
  }
}

/** The errors by which Windows says it cannot fsync a folder (see fsyncFolder). */
export function folderSyncUnsupported(platform: NodeJS.Platform, err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return platform === 'win32' && (code === 'EPERM' || code === 'EISDIR' || code === 'EACCES');
}

function diskFailure(err: unknown): unknown {
  return isDiskError(err) ? new AppError('DISK_ERROR', (err as NodeJS.ErrnoException).code) : err;
}
