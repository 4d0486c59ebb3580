import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addCaseWithNote, addOrganisation } from '../services/safety-test-support';
import { backUpCaseFile, fileSystemIo, restoreCaseFile, type BackupIo } from './backup';
import { caseFilePaths, changePassphrase, createCaseFile, openCaseFile } from './index';
import { errorCodeOf, FAST_KDF, makeTempFolder, PASSPHRASE } from './test-support';

const BACKED_UP_AT = new Date('2026-12-01T13:32:00.000Z');
const RESTORED_AT = new Date('2026-12-01T14:32:00.000Z'); // 15:32 in Amsterdam
const LATER_NOTE = 'Tweede gesprek, na de back-up: melder wil een klacht indienen';

let root: string;
let cleanup: () => Promise<void>;
let current: string;
let backup: string;
let recoveryCode: string;

/** Every file under `folder`, relative path → SHA-256, to prove a folder did not change. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await fs.readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(folder, file)] = createHash('sha256')
      .update(await fs.readFile(file))
      .digest('hex');
  }
  return out;
}

/**
 * A case file with one case, backed up; then a second case added after the backup, and the
 * file closed (the session locks before a restore swaps anything).
 */
beforeEach(async () => {
  const temp = await makeTempFolder();
  cleanup = temp.cleanup;
  current = temp.folder;
  root = path.dirname(current);
  const created = await createCaseFile(current, PASSPHRASE, FAST_KDF);
  recoveryCode = created.recoveryCode;
  const { db } = created.caseFile;
  const org = addOrganisation(db, 'Zorggroep De Linde', BACKED_UP_AT);
  addCaseWithNote(db, org, { reporter: 'Fatima el Amrani', note: 'Eerste gesprek' }, BACKED_UP_AT);
  const stick = path.join(root, 'usb-stick');
  await fs.mkdir(stick);
  const { folderName } = await backUpCaseFile(
    () => db,
    caseFilePaths(current),
    stick,
    BACKED_UP_AT,
  );
  backup = path.join(stick, folderName);
  addCaseWithNote(db, org, { reporter: 'Piet Jansen', note: LATER_NOTE }, BACKED_UP_AT);
  created.caseFile.close();
});

afterEach(() => cleanup());

async function caseCount(folder: string, passphrase = PASSPHRASE): Promise<number> {
  const opened = await openCaseFile(folder, passphrase, FAST_KDF);
  try {
    return opened.db.prepare('SELECT count(*) FROM cases').pluck().get() as number;
  } finally {
    opened.close();
  }
}

describe('restoring a backup', () => {
  it('puts the verified backup in place and keeps the current case file as a dated copy', async () => {
    const before = await snapshot(current);
    const backupBefore = await snapshot(backup);
    const beforeSwap = vi.fn();
    const result = await restoreCaseFile(
      backup,
      current,
      { kind: 'passphrase', value: PASSPHRASE },
      RESTORED_AT,
      { beforeSwap },
    );
    expect(result).toEqual({
      folderName: 'VP Dossier backup 2026-12-01 1432',
      keptAs: 'casefile-before-restore-2026-12-01-1532',
    });
    expect(beforeSwap).toHaveBeenCalledTimes(1);
    // The previous case file, whole and unchanged, beside the restored one; nothing else left.
    expect(await snapshot(path.join(root, result.keptAs!))).toEqual(before);
    expect((await fs.readdir(root)).sort()).toEqual([
      'casefile',
      'casefile-before-restore-2026-12-01-1532',
      'usb-stick',
    ]);
    expect((await fs.stat(current)).mode & 0o777).toBe(0o700);
    // The restored file is the backup: the case added after it is not there.
    expect(await caseCount(current)).toBe(1);
    // …and the dated copy still opens, with the later case.
    expect(await caseCount(path.join(root, result.keptAs!))).toBe(2);
    // The backup itself was only read.
    expect(await snapshot(backup)).toEqual(backupBefore);
  });

  it('opens the backup with the passphrase of its day, or the recovery code', async () => {
    await changePassphrase(
      current,
      { kind: 'passphrase', value: PASSPHRASE },
      'een nieuwe wachtzin voor later',
      FAST_KDF,
    );
    const none = { beforeSwap: () => undefined };
    expect(
      await errorCodeOf(() =>
        restoreCaseFile(
          backup,
          current,
          { kind: 'passphrase', value: 'een nieuwe wachtzin voor later' },
          RESTORED_AT,
          none,
        ),
      ),
    ).toBe('WRONG_PASSPHRASE');
    const first = await restoreCaseFile(
      backup,
      current,
      { kind: 'recoveryCode', value: recoveryCode.toLowerCase() },
      RESTORED_AT,
      none,
    );
    expect(await caseCount(current)).toBe(1);
    // A second restore the same minute keeps the first restore's file under a name of its own.
    const second = await restoreCaseFile(
      backup,
      current,
      { kind: 'passphrase', value: PASSPHRASE },
      RESTORED_AT,
      none,
    );
    expect(second.keptAs).toBe(`${first.keptAs!}-2`);
  });

  it('restores where there is no case file at all (a new laptop)', async () => {
    await fs.rm(current, { recursive: true });
    const result = await restoreCaseFile(
      backup,
      current,
      { kind: 'passphrase', value: PASSPHRASE },
      RESTORED_AT,
      { beforeSwap: () => undefined },
    );
    expect(result.keptAs).toBeNull();
    expect(await caseCount(current)).toBe(1);
  });

  describe('leaves the current case file as it was', () => {
    async function expectUntouched(run: (beforeSwap: () => void) => Promise<unknown>) {
      const before = await snapshot(current);
      const listing = (await fs.readdir(root)).sort();
      const beforeSwap = vi.fn();
      const code = await errorCodeOf(() => run(beforeSwap));
      expect(await snapshot(current)).toEqual(before);
      // No staging folder and no dated copy left behind.
      expect((await fs.readdir(root)).sort()).toEqual(listing);
      expect(await caseCount(current)).toBe(2);
      return { code, swapped: beforeSwap.mock.calls.length > 0 };
    }
    const restore = (
      folder: string,
      beforeSwap: () => void,
      io: BackupIo = fileSystemIo,
      secret = { kind: 'passphrase' as const, value: PASSPHRASE },
    ) => restoreCaseFile(folder, current, secret, RESTORED_AT, { beforeSwap }, io);

    it('with a wrong passphrase or recovery code', async () => {
      expect(
        await expectUntouched((b) =>
          restore(backup, b, fileSystemIo, { kind: 'passphrase', value: 'niet de goede zin' }),
        ),
      ).toEqual({ code: 'WRONG_PASSPHRASE', swapped: false });
      expect(
        await expectUntouched((b) =>
          restoreCaseFile(
            backup,
            current,
            { kind: 'recoveryCode', value: '0000-0000-0000-0000-0000-0000-0000-0000' },
            RESTORED_AT,
            { beforeSwap: b },
          ),
        ),
      ).toEqual({ code: 'WRONG_RECOVERY_CODE', swapped: false });
    });

    it('with a damaged backup, a folder without one, or the case file itself', async () => {
      const database = caseFilePaths(backup).database;
      const bytes = await fs.readFile(database);
      bytes[4096 * 3 + 7] = (bytes[4096 * 3 + 7] ?? 0) ^ 0x01;
      await fs.writeFile(database, bytes);
      expect(await expectUntouched((b) => restore(backup, b))).toEqual({
        code: 'BACKUP_NOT_VALID',
        swapped: false,
      });
      expect(await expectUntouched((b) => restore(path.dirname(backup), b))).toEqual({
        code: 'BACKUP_NOT_VALID',
        swapped: false,
      });
      expect(await expectUntouched((b) => restore(current, b))).toEqual({
        code: 'BACKUP_NOT_VALID',
        swapped: false,
      });
    });

    it('with a key file that is not one', async () => {
      await fs.writeFile(caseFilePaths(backup).keyFile, '{"format":"vp-dossier-keyfile"}');
      expect(await expectUntouched((b) => restore(backup, b))).toEqual({
        code: 'BACKUP_NOT_VALID',
        swapped: false,
      });
    });

    it('when the copy cannot be written (disk full)', async () => {
      const full: BackupIo = {
        ...fileSystemIo,
        copyNewFile: () => Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' })),
      };
      expect(await expectUntouched((b) => restore(backup, b, full))).toEqual({
        code: 'RESTORE_FAILED',
        swapped: false,
      });
    });

    it('when the restored copy cannot be put in place, by moving the case file back', async () => {
      let renames = 0;
      const failingSecondRename: BackupIo = {
        ...fileSystemIo,
        rename: (from, to) => {
          renames += 1;
          // The first rename moves the current file aside; the second, into place, fails.
          if (renames === 2) return Promise.reject(Object.assign(new Error('io'), { code: 'EIO' }));
          return fileSystemIo.rename(from, to);
        },
      };
      expect(await expectUntouched((b) => restore(backup, b, failingSecondRename))).toEqual({
        code: 'RESTORE_FAILED',
        swapped: true,
      });
      expect(renames).toBe(2);
    });
  });
});
