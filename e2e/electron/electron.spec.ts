/**
 * The first-run smoke in the real Electron app, where its binary is on the machine. Where it is
 * not (downloads are blocked on this project's machines), the test is skipped with the reason
 * printed, and the same flows run in Chromium through the harness (e2e/smoke, e2e/flows).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test } from '@playwright/test';
import { apiCalls } from '../../shared/api';
import { watchPageErrors } from '../harness/fixture';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const mainEntry = join(repoRoot, 'dist', 'main', 'main.cjs');

type Found = { path: string; reason?: undefined } | { path?: undefined; reason: string };

/**
 * Where the electron package's installer put the binary, or why there is none. Not
 * require('electron'): when the binary is missing, that package's index.js tries to download
 * it, and downloads are blocked here.
 */
function findElectron(): Found {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  let name: string | undefined;
  try {
    name = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim() || undefined;
  } catch {
    name = undefined;
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override
    ? join(override, name ?? (process.platform === 'win32' ? 'electron.exe' : 'electron'))
    : name && join(packageDir, 'dist', name);
  if (!binary) return { reason: 'node_modules/electron/path.txt is missing' };
  return existsSync(binary) ? { path: binary } : { reason: `${binary} does not exist` };
}

function whyNotElectron(): { binary: string; reason?: undefined } | { reason: string } {
  const found = findElectron();
  if (found.reason !== undefined) {
    return {
      reason:
        `Electron binary not present (downloads are blocked on this machine: ${found.reason}): ` +
        'Electron flows skipped; the same flows ran in Chromium through the harness.',
    };
  }
  if (!existsSync(mainEntry)) {
    return { reason: `${mainEntry} is missing: run \`npm run build\`. Electron flows skipped.` };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'No display for Electron (run under xvfb-run): Electron flows skipped.' };
  }
  return { binary: found.path };
}

test('Electron: first run shows the first-run screen, with window.vp and no Node', async () => {
  const electron = whyNotElectron();
  if (electron.reason !== undefined) {
    console.log(electron.reason);
    test.skip(true, electron.reason);
    return;
  }

  const userData = await mkdtemp(join(tmpdir(), 'vp-electron-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  // Its own case file: an unpackaged build honours VP_USER_DATA_DIR.
  env.VP_USER_DATA_DIR = userData;

  const app = await _electron.launch({
    executablePath: electron.binary,
    args: [repoRoot],
    cwd: repoRoot,
    env,
    timeout: 60_000,
  });
  try {
    const window = await app.firstWindow();
    const watch = watchPageErrors(window);
    await expect(window.getByTestId('screen-first-run')).toBeVisible({ timeout: 30_000 });

    const globals = await window.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const vp = w.vp as Record<string, unknown> | undefined;
      return {
        vp: typeof vp,
        calls: vp ? Object.keys(vp).sort() : [],
        require: typeof w.require,
        process: typeof w.process,
        module: typeof w.module,
      };
    });
    expect(globals).toEqual({
      vp: 'object',
      calls: [...apiCalls].sort(),
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
    });

    const status = await window.evaluate(() =>
      (
        window as unknown as { vp: { getCaseFileStatus(i: object): Promise<unknown> } }
      ).vp.getCaseFileStatus({}),
    );
    expect(status).toEqual({ ok: true, value: { state: 'none', unlockedWith: null } });
    expect(await readdir(join(userData, 'casefile')).catch(() => [])).toEqual([]);
    expect(watch.errors).toEqual([]);
  } finally {
    await app.close();
    await rm(userData, { recursive: true, force: true });
  }
});
