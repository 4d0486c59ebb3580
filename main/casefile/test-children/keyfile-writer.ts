/**
 * Child process of keyfile-interrupt.test.ts: changes the passphrase of a case file and kills
 * itself with SIGKILL at a chosen file-system step, so the parent sees exactly what a crash at
 * that moment leaves on disk. Every file-system call of the change (fs.promises and the
 * FileHandle methods) is traced as a numbered step on stdout before it runs.
 *
 * Usage: node keyfile-writer.cjs <folder> <current> <next> <step|never> <before|torn>
 *   before: die just before the step runs (so "after step n" is "before step n+1");
 *   torn:   the step must be a writeFile; write half of its bytes, then die.
 */
import { promises as fsp, writeSync, type promises } from 'node:fs';
import path from 'node:path';
import { changePassphrase } from '../index';
import { KDF_MINIMUM } from '../kdf';
import { caseFilePaths } from '../paths';

type FileHandle = promises.FileHandle;

function parseArgs() {
  const [folder, current, next, killAt, how] = process.argv.slice(2);
  if (!folder || !current || !next || !killAt || (how !== 'before' && how !== 'torn')) {
    throw new Error('usage: <folder> <current> <next> <step|never> <before|torn>');
  }
  return { folder, current, next, killAt: killAt === 'never' ? -1 : Number(killAt), how };
}
const { folder, current, next, killAt, how } = parseArgs();
const keyFile = caseFilePaths(folder).keyFile;
let step = 0;

function say(line: string): void {
  writeSync(1, `${line}\n`);
}

function die(): never {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable: SIGKILL did not stop the process');
}

/** Names a path the way the test expects it: the key file, the folder, or a temp file. */
function label(p: unknown): string {
  const full = path.resolve(String(p));
  if (full === path.resolve(keyFile)) return 'keyfile';
  if (full === path.resolve(folder)) return 'folder';
  if (/\.tmp$/.test(full) && path.dirname(full) === path.resolve(folder)) return 'temp';
  return `other:${path.basename(full)}`;
}

/** Traces one step, and dies before it when this is the chosen one. */
function enter(name: string, target: string): number {
  const index = step++;
  say(`step ${index} ${name} ${target}`);
  if (index === killAt && how === 'before') die();
  return index;
}

const handleLabels = new WeakMap<FileHandle, string>();

// fs.promises functions the key-file code calls; each is looked up at call time, so replacing
// the property reaches the code under test.
const fsCalls = fsp as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
for (const name of ['stat', 'lstat', 'readFile', 'writeFile', 'rename', 'link', 'rm', 'unlink']) {
  const original = fsCalls[name];
  if (!original) continue;
  fsCalls[name] = (...args: unknown[]) => {
    const target =
      name === 'rename' || name === 'link' ? `${label(args[0])}>${label(args[1])}` : label(args[0]);
    enter(name, target);
    return original.apply(fsp, args);
  };
}
const originalOpen = fsp.open.bind(fsp);
fsCalls.open = async (...args: unknown[]) => {
  const target = label(args[0]);
  enter('open', target);
  const handle = await originalOpen(...(args as Parameters<typeof fsp.open>));
  handleLabels.set(handle, target);
  // close is an own property of each handle (a class field), not on the prototype.
  const close = handle.close;
  handle.close = () => {
    enter('handle.close', target);
    return close();
  };
  return handle;
};

async function patchFileHandle(): Promise<void> {
  // The FileHandle class is not exported; reach its prototype through a handle.
  const probe = await originalOpen(process.execPath, 'r');
  const proto = Object.getPrototypeOf(probe) as Record<
    string,
    (...args: unknown[]) => Promise<unknown>
  >;
  await probe.close();
  for (const name of ['writeFile', 'write', 'sync', 'datasync']) {
    const original = proto[name];
    if (!original) continue;
    proto[name] = function (this: FileHandle, ...args: unknown[]) {
      const target = handleLabels.get(this);
      // Handles opened inside Node (fs.promises.readFile) are not the code's own steps.
      if (target === undefined) return original.apply(this, args);
      const index = enter(`handle.${name}`, target);
      if (index === killAt && how === 'torn') {
        if (name !== 'writeFile') throw new Error(`step ${index} is ${name}, not a write`);
        const data = args[0] as Uint8Array;
        writeSync(this.fd, data.subarray(0, Math.floor(data.length / 2)));
        die();
      }
      return original.apply(this, args);
    };
  }
}

async function main(): Promise<void> {
  await patchFileHandle();
  // The test cost for the new wrap (FAST_KDF), so each run takes a fraction of a second.
  await changePassphrase(folder, { kind: 'passphrase', value: current }, next, {
    kdf: KDF_MINIMUM,
  });
  say('done');
  if (killAt >= step) die(); // "after the last step": the change is complete, then the crash
}

main().catch((err: unknown) => {
  process.stderr.write(
    `keyfile-writer failed: ${err instanceof Error ? err.stack : String(err)}\n`,
  );
  process.exit(2);
});
