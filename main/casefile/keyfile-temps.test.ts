import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseFilePaths, createCaseFile, openCaseFile } from './index';
import { errorCodeOf, FAST_KDF, makeTempFolder, PASSPHRASE } from './test-support';

/**
 * A crash while the key file is rewritten can leave its temp file (writeFileAtomic's
 * `.dossier.vpkey.<12 hex>.tmp`) beside it. The next open that succeeds removes exactly those,
 * and nothing else in the folder; an open that is refused changes nothing.
 */
const STALE = ['.dossier.vpkey.0123456789ab.tmp', '.dossier.vpkey.ffffffffffff.tmp'];
/** Look-alikes that are not ours, or not temp key files: they must stay. */
const NOT_OURS = [
  '.dossier.vpkey.0123456789a.tmp', // 11 digits
  '.dossier.vpkey.0123456789AB.tmp', // upper case
  '.dossier.vpkey.0123456789ab.tmp.bak',
  'dossier.vpkey.0123456789ab.tmp', // no leading dot
  '.dossier.vpdb.0123456789ab.tmp', // the database's name
  '.dossier.vpkey.tmp',
  'aantekeningen.txt',
];

let work: { folder: string; cleanup(): Promise<void> };
let folder: string;

beforeEach(async () => {
  work = await makeTempFolder();
  folder = work.folder;
  (await createCaseFile(folder, PASSPHRASE, FAST_KDF)).caseFile.close();
  for (const name of [...STALE, ...NOT_OURS]) {
    await fs.writeFile(path.join(folder, name), 'x', { mode: 0o600 });
  }
});

afterEach(async () => {
  await work.cleanup();
});

async function names(): Promise<string[]> {
  return (await fs.readdir(folder)).sort();
}

describe('stale temp key files', () => {
  it('are removed by an open that succeeds, and only they', async () => {
    (await openCaseFile(folder, PASSPHRASE)).close();
    expect(await names()).toEqual(['dossier.vpdb', 'dossier.vpkey', ...NOT_OURS].sort());
  });

  it('stay when the open is refused', async () => {
    const before = await names();
    expect(await errorCodeOf(() => openCaseFile(folder, 'een verkeerde wachtwoordzin'))).toBe(
      'WRONG_PASSPHRASE',
    );
    expect(await names()).toEqual(before);
  });

  it('named like ours but a folder or a link are left alone', async () => {
    const outside = path.join(path.dirname(folder), 'elders.txt');
    await fs.writeFile(outside, 'niet van ons');
    await fs.mkdir(path.join(folder, '.dossier.vpkey.aaaaaaaaaaaa.tmp'));
    await fs.symlink(outside, path.join(folder, '.dossier.vpkey.bbbbbbbbbbbb.tmp'));
    (await openCaseFile(folder, PASSPHRASE)).close();
    expect(await names()).toEqual(
      expect.arrayContaining([
        '.dossier.vpkey.aaaaaaaaaaaa.tmp',
        '.dossier.vpkey.bbbbbbbbbbbb.tmp',
      ]),
    );
    expect(await fs.readFile(outside, 'utf8')).toBe('niet van ons');
    expect(await fs.readFile(caseFilePaths(folder).keyFile, 'utf8')).toContain(
      'vp-dossier-keyfile',
    );
  });
});
