import { randomBytes } from 'node:crypto';
import { promises as fs, constants } from 'node:fs';
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
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
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

export async function fsyncFolder(dir: string): Promise<void> {
  const handle = await fs.open(dir, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function diskFailure(err: unknown): unknown {
  return isDiskError(err) ? new AppError('DISK_ERROR', (err as NodeJS.ErrnoException).code) : err;
}
