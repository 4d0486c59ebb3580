/**
 * The real Electron app for the e2e flows: where its binary is, or why it cannot run here, and
 * how to start the built app (dist/main/main.cjs) with a user-data folder of its own.
 *
 * Nothing here loads the electron package: when its binary is missing, its index.js tries to
 * download it, and downloads are blocked on this project's machines. Playwright's launch does
 * load it, so it is called only once the binary is known to be there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication } from '@playwright/test';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What `electron .` starts: package.json's "main", written by `npm run build`. */
export const MAIN_ENTRY = join(REPO_ROOT, 'dist', 'main', 'main.cjs');

export type ElectronBinary =
  { path: string; reason?: undefined } | { path?: undefined; reason: string };

/**
 * Where electron/index.js would say the binary is, or why there is none. The package is looked
 * up from playwright-core, as Playwright itself does in launch(), and the lookup mirrors
 * index.js exactly (path.txt as written, then dist/ or ELECTRON_OVERRIDE_DIST_PATH), so that a
 * binary found here is one index.js returns without trying to download anything.
 */
export function findElectronBinary(): ElectronBinary {
  let packageDir: string;
  try {
    let from: string;
    try {
      from = createRequire(import.meta.url).resolve('playwright-core/package.json');
    } catch {
      from = fileURLToPath(import.meta.url);
    }
    packageDir = dirname(createRequire(from).resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  let name: string | undefined;
  try {
    name = readFileSync(join(packageDir, 'path.txt'), 'utf8') || undefined;
  } catch {
    name = undefined;
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override
    ? join(override, name ?? 'electron')
    : name && join(packageDir, 'dist', name);
  if (!binary) return { reason: 'node_modules/electron/path.txt is missing' };
  return existsSync(binary) ? { path: binary } : { reason: `${binary} does not exist` };
}

/**
 * The Electron binary if the flows can run in Electron here, or the one line to print and skip
 * them with: no binary, no build, or (on Linux) no display.
 */
export function electronForFlows(): ElectronBinary {
  const found = findElectronBinary();
  if (found.reason !== undefined) {
    return {
      reason:
        `Electron binary not present (downloads are blocked on this machine: ${found.reason}): ` +
        'Electron flows skipped; the same flows ran in Chromium through the harness.',
    };
  }
  if (!existsSync(MAIN_ENTRY)) {
    return { reason: `${MAIN_ENTRY} is missing: run \`npm run build\`. Electron flows skipped.` };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'No display for Electron (run under xvfb-run): Electron flows skipped.' };
  }
  return found;
}

export interface LaunchOptions {
  /** The app's userData folder (VP_USER_DATA_DIR): its case file and localStorage live there. */
  userDataDir: string;
  locale?: string;
  timezoneId?: string;
}

/**
 * Starts the built app as `electron <repo>` (unpackaged, so it honours VP_USER_DATA_DIR). Call
 * it only once electronForFlows() found the binary: without an executablePath, Playwright asks
 * electron/index.js for it (which then finds it without downloading) and preloads its loader,
 * which holds the app's 'ready' until Playwright is attached. The case file then uses the real,
 * calibrated Argon2 parameters: main has no test option.
 */
export async function launchElectronApp(options: LaunchOptions): Promise<ElectronApplication> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    // Inherited from a Node-run parent, it would start Electron as plain Node.
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  env.VP_USER_DATA_DIR = options.userDataDir;
  return _electron.launch({
    args: [REPO_ROOT],
    cwd: REPO_ROOT,
    env,
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    ...(options.timezoneId === undefined ? {} : { timezoneId: options.timezoneId }),
    timeout: 60_000,
  });
}
