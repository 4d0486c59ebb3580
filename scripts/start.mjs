// `npm start`: builds the app, then runs it in Electron when its binary is on this machine, or
// else in the browser harness (e2e/harness/serve.ts), which runs the same main-process services
// in Node and serves the built renderer on 127.0.0.1.
//
// The Electron binary is looked up without require('electron'): that package's index.js tries
// to download the binary when it is missing, and downloads are blocked on this project's
// machines (it is installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const onWindows = process.platform === 'win32';
// .cmd shims on Windows need a shell; the arguments here are fixed, never user input.
const shell = onWindows;

const built = spawnSync(onWindows ? 'npm.cmd' : 'npm', ['run', 'build'], {
  cwd: projectDir,
  stdio: 'inherit',
  shell,
});
if (built.status !== 0) {
  console.error('start: the build failed, see above.');
  process.exit(built.status ?? 1);
}

const electron = findElectronBinary();
if (electron.path) {
  console.log(`start: starting Electron (${electron.path})`);
  // ELECTRON_RUN_AS_NODE would make the binary a plain Node, running main.cjs without a window.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  run(electron.path, [projectDir, ...process.argv.slice(2)], { env });
} else {
  console.log(
    `start: Electron binary not present on this machine (${electron.reason}); downloads are ` +
      'blocked, so starting the browser harness instead.',
  );
  // tsx is run with this Node directly, not through npx and a shell, so a forwarded signal
  // reaches the harness itself.
  const tsx = resolveFrom('tsx/cli');
  const harness = ['e2e/harness/serve.ts', ...process.argv.slice(2)];
  if (tsx) run(process.execPath, [tsx, ...harness], {});
  else run(onWindows ? 'npx.cmd' : 'npx', ['tsx', ...harness], { shell });
}

/** Where the electron package's installer put the binary, or why there is none. */
function findElectronBinary() {
  const packageJson = resolveFrom('electron/package.json');
  if (!packageJson) return { reason: 'the electron package is not installed' };
  const packageDir = path.dirname(packageJson);
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const name =
      readText(path.join(packageDir, 'path.txt')) ?? (onWindows ? 'electron.exe' : 'electron');
    const binary = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, name);
    return fs.existsSync(binary) ? { path: binary } : { reason: `${binary} does not exist` };
  }
  const name = readText(path.join(packageDir, 'path.txt'));
  if (!name) return { reason: 'node_modules/electron/path.txt is missing' };
  const binary = path.join(packageDir, 'dist', name);
  return fs.existsSync(binary) ? { path: binary } : { reason: `${binary} does not exist` };
}

function resolveFrom(id) {
  try {
    return createRequire(import.meta.url).resolve(id);
  } catch {
    return null;
  }
}

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8').trim() || null;
  } catch {
    return null;
  }
}

/** Runs a child with this terminal, passes Ctrl+C and termination on, and exits with it. */
function run(command, args, options) {
  const child = spawn(command, args, { cwd: projectDir, stdio: 'inherit', ...options });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`start: could not run ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 1 : 0));
  });
}
