import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  caseFilePaths,
  changePassphrase,
  createCaseFile,
  openCaseFile,
  openCaseFileWithRecoveryCode,
} from './index';
import { bundleChild } from './test-children/bundle';
import { errorCodeOf, FAST_KDF, makeTempFolder, PASSPHRASE } from './test-support';

/**
 * Changing the passphrase rewrites the key file atomically (temp file, fsync, rename, fsync of
 * the folder). A child process changes it and kills itself with SIGKILL before each
 * file-system step in turn, after the last one, and in the middle of writing the temp file;
 * after each crash the folder must hold a key file that opens with the old or the new
 * passphrase, never neither, and whatever temp file is left must not get in the way (the next
 * successful open removes it).
 *
 * A power cut can lose what was not yet fsynced, which a kill does not: but each such state
 * is one of the states tested here. Before the temp file's fsync its contents may be lost
 * (= killed before or while writing it: an empty or torn temp file); before the folder's
 * fsync the rename may be lost (= killed before the rename: old key file, complete temp file).
 */

const NEW = 'een nieuwe zin van zeven woorden';
const THIRD = 'en nog een derde wachtwoordzin';

/** The steps of changePassphrase on disk, in order; the trace run must show exactly these. */
const EXPECTED_STEPS = [
  'stat keyfile', // readKeyFile: size check
  'readFile keyfile',
  'open temp', // writeFileAtomic: O_CREAT|O_EXCL, mode 0600
  'handle.writeFile temp',
  'handle.sync temp',
  'handle.close temp',
  'rename temp>keyfile',
  'open folder', // fsyncFolder
  'handle.sync folder',
  'handle.close folder',
];
const RENAME = EXPECTED_STEPS.indexOf('rename temp>keyfile');
const OPEN_TEMP = EXPECTED_STEPS.indexOf('open temp');

let child: { script: string; env: NodeJS.ProcessEnv };
let work: { folder: string; cleanup(): Promise<void> };
let template: string;
let recoveryCode: string;
let databaseHash: string;

beforeAll(async () => {
  work = await makeTempFolder();
  await fs.mkdir(work.folder, { recursive: true });
  child = await bundleChild('keyfile-writer', work.folder);
  template = path.join(work.folder, 'template');
  const created = await createCaseFile(template, PASSPHRASE, FAST_KDF);
  recoveryCode = created.recoveryCode;
  created.caseFile.db
    .prepare("INSERT INTO drafts (form, content, saved_at) VALUES ('intake', '{}', 'nu')")
    .run();
  created.caseFile.close();
  databaseHash = await sha256(caseFilePaths(template).database);
});

afterAll(async () => {
  await work.cleanup();
});

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

let copies = 0;
async function copyOfTemplate(): Promise<string> {
  const folder = path.join(work.folder, `copy-${++copies}`);
  await fs.cp(template, folder, { recursive: true });
  return folder;
}

interface ChildResult {
  steps: string[];
  done: boolean;
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

function runChild(folder: string, killAt: number | 'never', how: 'before' | 'torn') {
  return new Promise<ChildResult>((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [child.script, folder, PASSPHRASE, NEW, String(killAt), how],
      { env: child.env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      const lines = stdout.split('\n').filter(Boolean);
      resolve({
        steps: lines.filter((l) => l.startsWith('step ')).map((l) => l.replace(/^step \d+ /, '')),
        done: lines.includes('done'),
        signal,
        code,
        stderr,
      });
    });
  });
}

/** Which secret opens the folder now: exactly one of the two passphrases must. */
async function whichPassphraseOpens(folder: string): Promise<'old' | 'new'> {
  const attempts = { old: PASSPHRASE, new: NEW } as const;
  const opened: ('old' | 'new')[] = [];
  for (const [name, passphrase] of Object.entries(attempts) as ['old' | 'new', string][]) {
    const code = await errorCodeOf(async () => (await openCaseFile(folder, passphrase)).close());
    if (code === 'no error') opened.push(name);
    else expect(code).toBe('WRONG_PASSPHRASE');
  }
  expect(opened).toHaveLength(1);
  return opened[0] ?? 'old';
}

/**
 * The key file is whole and usable, a leftover temp file is harmless and removed by the first
 * open that succeeds, and a retry works.
 */
async function expectUsableAfterCrash(folder: string, expected: 'old' | 'new'): Promise<void> {
  const paths = caseFilePaths(folder);
  const names = await fs.readdir(folder);
  expect(names).toContain('dossier.vpkey');
  expect(names).toContain('dossier.vpdb');
  const leftovers = names.filter((n) => !['dossier.vpkey', 'dossier.vpdb'].includes(n));
  for (const n of leftovers) expect(n).toMatch(/^\.dossier\.vpkey\.[0-9a-f]{12}\.tmp$/);
  expect((await fs.stat(paths.keyFile)).mode & 0o777).toBe(0o600);
  expect(await sha256(paths.database)).toBe(databaseHash); // the database is never touched

  expect(await whichPassphraseOpens(folder)).toBe(expected);
  // The open that succeeded did not read the leftover temp file, and removed it.
  expect((await fs.readdir(folder)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  // The recovery code is in both the old and the new key file.
  (await openCaseFileWithRecoveryCode(folder, recoveryCode)).close();

  // The next change picks a new temp name and leaves none behind.
  const current = expected === 'old' ? PASSPHRASE : NEW;
  await changePassphrase(folder, { kind: 'passphrase', value: current }, THIRD, FAST_KDF);
  expect(await errorCodeOf(async () => (await openCaseFile(folder, THIRD)).close())).toBe(
    'no error',
  );
  expect((await fs.readdir(folder)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
}

describe('an interrupted passphrase change leaves the old or the new key file, never neither', () => {
  it('the uninterrupted change takes exactly the atomic steps, fsyncs included', async () => {
    const folder = await copyOfTemplate();
    const result = await runChild(folder, 'never', 'before');
    expect(result.stderr).toBe('');
    expect(result).toMatchObject({ done: true, code: 0 });
    expect(result.steps).toEqual(EXPECTED_STEPS);
    await expectUsableAfterCrash(folder, 'new');
  });

  it.each(
    EXPECTED_STEPS.map((step, i) => [i, step, i <= RENAME ? 'old' : 'new'] as const).concat([
      [EXPECTED_STEPS.length, 'nothing (after the last step)', 'new'],
    ]),
  )('killed before step %i (%s): the %s passphrase opens', async (killAt, _step, expected) => {
    const folder = await copyOfTemplate();
    const result = await runChild(folder, killAt, 'before');
    expect(result.stderr).toBe('');
    expect(result.signal).toBe('SIGKILL');
    expect(result.steps).toEqual(EXPECTED_STEPS.slice(0, killAt + 1));
    expect(result.done).toBe(killAt === EXPECTED_STEPS.length);
    // Between creating the temp file and renaming it, the crash leaves it behind.
    const temps = (await fs.readdir(folder)).filter((n) => n.endsWith('.tmp'));
    expect(temps).toHaveLength(killAt > OPEN_TEMP && killAt <= RENAME ? 1 : 0);
    await expectUsableAfterCrash(folder, expected);
  });

  it('killed half-way through writing the temp file: the old passphrase opens', async () => {
    const folder = await copyOfTemplate();
    const write = EXPECTED_STEPS.indexOf('handle.writeFile temp');
    const result = await runChild(folder, write, 'torn');
    expect(result.signal).toBe('SIGKILL');
    const temps = (await fs.readdir(folder)).filter((n) => n.endsWith('.tmp'));
    expect(temps).toHaveLength(1);
    const torn = await fs.readFile(path.join(folder, temps[0] ?? ''));
    const whole = await fs.readFile(caseFilePaths(folder).keyFile);
    expect(torn.length).toBeGreaterThan(0);
    expect(torn.length).toBeLessThan(whole.length);
    await expectUsableAfterCrash(folder, 'old');
  });
});
