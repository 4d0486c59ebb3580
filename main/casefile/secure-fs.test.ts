import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { folderSyncUnsupported, fsyncFolder, isTempFileOf } from './secure-fs';
import { makeTempFolder } from './test-support';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

/**
 * fsyncFolder makes a rename durable. Windows has no folder fsync (EISDIR on open, EPERM or
 * EACCES on the flush), which must not fail every save there; anywhere else, and for any other
 * error, the failure stands.
 */
describe('a folder fsync that fails', () => {
  const platforms = ['win32', 'linux', 'darwin'] as const;
  const codes = ['EPERM', 'EISDIR', 'EACCES', 'ENOENT', 'EIO', 'ENOSPC', 'EROFS'] as const;
  const ignoredOnWindows = new Set<string>(['EPERM', 'EISDIR', 'EACCES']);
  const table = platforms.flatMap((platform) =>
    codes.map(
      (code) => [platform, code, platform === 'win32' && ignoredOnWindows.has(code)] as const,
    ),
  );

  it.each(table)('on %s with %s is ignored: %s', (platform, code, ignored) => {
    expect(folderSyncUnsupported(platform, errno(code))).toBe(ignored);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ['win32', 'EPERM', 'resolves'],
    ['linux', 'EPERM', 'rejects'],
    ['win32', 'EIO', 'rejects'],
  ] as const)('in fsyncFolder on %s with %s on the flush %s', async (platform, code, outcome) => {
    const work = await makeTempFolder();
    try {
      await fs.mkdir(work.folder);
      const open = fs.open.bind(fs);
      vi.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
        const handle = await open(...args);
        handle.sync = () => Promise.reject(errno(code));
        return handle;
      });
      const result = fsyncFolder(work.folder, platform);
      if (outcome === 'resolves') await expect(result).resolves.toBeUndefined();
      else await expect(result).rejects.toMatchObject({ code });
    } finally {
      await work.cleanup();
    }
  });

  it('on Windows still fails for a folder that is not there', async () => {
    const work = await makeTempFolder();
    try {
      await expect(fsyncFolder(path.join(work.folder, 'weg'), 'win32')).rejects.toMatchObject({
        code: 'ENOENT',
      });
    } finally {
      await work.cleanup();
    }
  });

  it('works on a real folder here', async () => {
    const work = await makeTempFolder();
    try {
      await fs.mkdir(work.folder);
      await expect(fsyncFolder(work.folder)).resolves.toBeUndefined();
    } finally {
      await work.cleanup();
    }
  });
});

describe('the temp files of an atomic write', () => {
  it.each([
    ['.dossier.vpkey.0123456789ab.tmp', true],
    ['.dossier.vpkey.0123456789abc.tmp', false],
    ['.dossier.vpkey..tmp', false],
    ['.dossier.vpkeyX0123456789ab.tmp', false],
    ['.other.vpkey.0123456789ab.tmp', false],
  ])('%s is one for dossier.vpkey: %s', (name, expected) => {
    expect(isTempFileOf('/x/dossier.vpkey', name)).toBe(expected);
  });
});
