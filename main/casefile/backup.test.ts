import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { addCaseWithNote, addOrganisation } from '../services/safety-test-support';
import { notesOfCase } from '../services/notes';
import {
  backUpCaseFile,
  backupFolderName,
  fileSystemIo,
  verifyBackupCopy,
  type BackupIo,
} from './backup';
import { rawKeyLiteral } from './database';
import { caseFilePaths, createCaseFile, openCaseFile, type OpenCaseFile } from './index';
import { decryptCaseFileDatabase, holds } from './test-support-pages';
import { dataKeyOf, errorCodeOf, FAST_KDF, makeTempFolder, PASSPHRASE } from './test-support';

const NOW = new Date('2026-12-01T13:32:00.000Z'); // 14:32 in Amsterdam
const REPORTER = 'Fatima el Amrani-Verschuur';
const NOTE = 'Melder vertelt over pesterijen door teamleider Hoogvliet op de afdeling expeditie';

let root: string;
let cleanup: () => Promise<void>;
let caseFile: OpenCaseFile;
let target: string;

beforeEach(async () => {
  const temp = await makeTempFolder();
  cleanup = temp.cleanup;
  root = path.dirname(temp.folder);
  caseFile = (await createCaseFile(temp.folder, PASSPHRASE, FAST_KDF)).caseFile;
  const org = addOrganisation(caseFile.db, 'Zorggroep De Linde', NOW);
  addCaseWithNote(caseFile.db, org, { reporter: REPORTER, note: NOTE }, NOW);
  target = path.join(root, 'usb-stick');
  await fs.mkdir(target);
});

afterEach(async () => {
  caseFile.close();
  await cleanup();
});

const database = () => caseFile.db;
const source = () => caseFilePaths(caseFile.folder);

async function hashes(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await fs.readdir(folder)).sort()) {
    const bytes = await fs.readFile(path.join(folder, name));
    out[name] = createHash('sha256').update(bytes).digest('hex');
  }
  return out;
}

function ioError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

describe('a backup', () => {
  it('is a verified, encrypted copy of database and key file, made while the file is open', async () => {
    const { folderName } = await backUpCaseFile(database, source(), target, NOW);
    expect(folderName).toBe('VP Dossier backup 2026-12-01 1432');
    // Only the finished folder is there: no temporary folder left beside it.
    expect(await fs.readdir(target)).toEqual([folderName]);
    const backup = path.join(target, folderName);
    expect((await fs.readdir(backup)).sort()).toEqual(['dossier.vpdb', 'dossier.vpkey']);
    expect((await fs.stat(backup)).mode & 0o777).toBe(0o700);
    const copy = caseFilePaths(backup);
    for (const file of [copy.database, copy.keyFile]) {
      expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    }
    expect(await fs.readFile(copy.keyFile)).toEqual(await fs.readFile(source().keyFile));

    // No plaintext on disk: neither SQLite's header nor what was typed, in any encoding.
    const bytes = await fs.readFile(copy.database);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    for (const text of [NOTE, REPORTER, 'pesterijen', 'Hoogvliet', 'Zorggroep', 'CREATE TABLE']) {
      expect(bytes.includes(Buffer.from(text, 'utf8')), text).toBe(false);
      expect(bytes.includes(Buffer.from(text, 'utf16le')), text).toBe(false);
    }
    // …while decrypted with the data key, the copy does hold them (so the scan above could
    // have failed), and every page authenticates under that key.
    const dataKey = await dataKeyOf(caseFile.folder, PASSPHRASE);
    const decrypted = await decryptCaseFileDatabase(copy.database, dataKey);
    expect(holds(decrypted.database, NOTE)).toBe(true);
    expect(holds(decrypted.database, REPORTER)).toBe(true);

    // The backup opens with the passphrase through the normal open path, note and all.
    const opened = await openCaseFile(backup, PASSPHRASE, FAST_KDF);
    try {
      const caseId = opened.db.prepare('SELECT id FROM cases').pluck().get() as number;
      expect(notesOfCase(opened.db, caseId).map((n) => n.body)).toEqual([NOTE]);
    } finally {
      opened.close();
    }
    // The live file goes on as before.
    expect(caseFile.db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(1);
  });

  it('cannot be made with the online backup API, which refuses a target without a key', async () => {
    // Why VACUUM INTO: this driver's backup() will not write an unkeyed copy of an encrypted
    // database (and so offers no way to a copy that is encrypted from the first byte).
    await expect(caseFile.db.backup(path.join(target, 'plain.db'))).rejects.toThrow(
      /not supported/,
    );
  });

  it('gets a folder of its own each time, never replacing an earlier one', async () => {
    const first = await backUpCaseFile(database, source(), target, NOW);
    const before = await hashes(path.join(target, first.folderName));
    const second = await backUpCaseFile(database, source(), target, NOW);
    expect(second.folderName).toBe('VP Dossier backup 2026-12-01 1432 (2)');
    expect(await hashes(path.join(target, first.folderName))).toEqual(before);
    expect(backupFolderName(new Date('2026-07-01T12:05:00.000Z'))).toBe(
      'VP Dossier backup 2026-07-01 1405',
    );
  });

  it.each([
    ['the key file cannot be written (disk full)', 'writeNewFile', 'ENOSPC', 'BACKUP_DISK_FULL'],
    ['the finished folder cannot be put in place', 'rename', 'EIO', 'BACKUP_FAILED'],
  ] as const)(
    'fails cleanly when %s, leaving the earlier backup byte-identical',
    async (_what, step, errno, code) => {
      const earlier = await backUpCaseFile(database, source(), target, NOW);
      const before = await hashes(path.join(target, earlier.folderName));
      const failing: BackupIo = {
        ...fileSystemIo,
        [step]: () => Promise.reject(ioError(errno)),
      };
      const later = new Date(NOW.getTime() + 3_600_000);
      expect(
        await errorCodeOf(() => backUpCaseFile(database, source(), target, later, failing)),
      ).toBe(code);
      expect(await fs.readdir(target)).toEqual([earlier.folderName]);
      expect(await hashes(path.join(target, earlier.folderName))).toEqual(before);
    },
  );

  it('fails cleanly on a really full disk, leaving the earlier backup byte-identical', async (ctx) => {
    const stick = path.join(root, 'tiny-stick');
    await fs.mkdir(stick);
    try {
      // A small RAM disk needs root; where it cannot be mounted, the seam tests above stand.
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k,mode=0700', 'tmpfs', stick], {
        stdio: 'ignore',
      });
    } catch {
      console.info('[backup test] no tmpfs mount here (needs root): full-disk test skipped');
      ctx.skip();
    }
    try {
      const earlier = await backUpCaseFile(database, source(), stick, NOW);
      const before = await hashes(path.join(stick, earlier.folderName));
      // Grow the case file past what is left on the stick.
      const { bavail, bsize } = await fs.statfs(stick);
      const org = addOrganisation(caseFile.db, 'Bouwbedrijf Noord', NOW);
      const filler = 'Gesprek over de werkdruk en de sfeer in het team. '.repeat(200);
      caseFile.db.transaction(() => {
        for (let grown = 0; grown < bavail * bsize + 200_000; grown += filler.length) {
          addCaseWithNote(caseFile.db, org, { reporter: 'Piet Jansen', note: filler }, NOW);
        }
      })();
      const later = new Date(NOW.getTime() + 3_600_000);
      expect(await errorCodeOf(() => backUpCaseFile(database, source(), stick, later))).toBe(
        'BACKUP_DISK_FULL',
      );
      expect(await fs.readdir(stick)).toEqual([earlier.folderName]);
      expect(await hashes(path.join(stick, earlier.folderName))).toEqual(before);
      // The case file itself is untouched by the failure.
      expect(caseFile.db.pragma('quick_check', { simple: true })).toBe('ok');
    } finally {
      execFileSync('umount', [stick]);
    }
  });

  it('refuses a target folder that is not there, saying so without a path', async () => {
    const gone = path.join(root, 'stick-pulled-out');
    let error: unknown;
    try {
      await backUpCaseFile(database, source(), gone, NOW);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BACKUP_FAILED');
    expect((error as AppError).message).not.toContain(root);
  });
});

describe('verifying a backup copy', () => {
  async function goodCopy(): Promise<string> {
    const { folderName } = await backUpCaseFile(database, source(), target, NOW);
    return caseFilePaths(path.join(target, folderName)).database;
  }

  it('passes a sound copy and refuses a damaged one', async () => {
    const copy = await goodCopy();
    await verifyBackupCopy(caseFile.db, copy, caseFile.fileId);
    const bytes = await fs.readFile(copy);
    bytes[4096 * 2 + 100] = (bytes[4096 * 2 + 100] ?? 0) ^ 0xff; // one bit pattern in page 3
    await fs.writeFile(copy, bytes);
    expect(await errorCodeOf(() => verifyBackupCopy(caseFile.db, copy, caseFile.fileId))).toBe(
      'BACKUP_FAILED',
    );
  });

  it('refuses a copy of another case file, under another key, or in plaintext', async () => {
    const copy = await goodCopy();
    // Same key, but the key file that came with it belongs to another file.
    expect(
      await errorCodeOf(() =>
        verifyBackupCopy(caseFile.db, copy, '00000000-0000-4000-8000-000000000000'),
      ),
    ).toBe('BACKUP_FAILED');

    const other = path.join(root, 'other');
    const { caseFile: otherFile } = await createCaseFile(other, PASSPHRASE, FAST_KDF);
    otherFile.close();
    expect(
      await errorCodeOf(() =>
        verifyBackupCopy(caseFile.db, caseFilePaths(other).database, caseFile.fileId),
      ),
    ).toBe('BACKUP_FAILED');

    const plain = path.join(root, 'plain.db');
    const plainDb = new Database(plain);
    plainDb.exec("CREATE TABLE meta (key TEXT, value TEXT); INSERT INTO meta VALUES ('a', 'b')");
    plainDb.close();
    expect(await errorCodeOf(() => verifyBackupCopy(caseFile.db, plain, caseFile.fileId))).toBe(
      'BACKUP_FAILED',
    );
    // The live connection is left as it was: nothing stays attached.
    const attached = caseFile.db.pragma('database_list') as { name: string }[];
    expect(attached.map((d) => d.name)).toEqual(['main']);
  });

  it('reads the copy with the same raw key the live file has (no key in memory needed)', async () => {
    const copy = await goodCopy();
    const reader = new Database(copy, { readonly: true });
    reader.pragma("cipher = 'sqlcipher'");
    reader.pragma('legacy = 4');
    reader.key(rawKeyLiteral(await dataKeyOf(caseFile.folder, PASSPHRASE)));
    expect(reader.prepare('SELECT count(*) FROM note_versions').pluck().get()).toBe(1);
    reader.close();
  });
});
