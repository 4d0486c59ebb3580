import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import type { AppTestOptions, AppWorkerOptions } from './app/fixture';

/**
 * End-to-end tests, in two projects:
 * - harness-chromium: every spec but e2e/electron/. Each test starts its own harness (the real
 *   services in Node, the built renderer on 127.0.0.1) through the fixtures in e2e/harness/ and
 *   e2e/app/, so there is no webServer here. Browsers are not downloaded: Debian's Chromium is
 *   used (CHROMIUM_PATH to point elsewhere).
 * - electron: the same user flows (e2e/flows/) and e2e/electron/, in the built Electron app
 *   through Playwright's Electron support. Where the Electron binary is missing (downloads are
 *   blocked on this project's machines) every test there is skipped and the reason printed once.
 * `npm run test:e2e` builds first; `--project harness-chromium` or `--project electron` runs one.
 */
const e2eDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(e2eDir, '..');

export default defineConfig<AppTestOptions, AppWorkerOptions>({
  testDir: e2eDir,
  testMatch: '**/*.spec.ts',
  outputDir: resolve(repoRoot, 'test-results'),
  // Two cores, and every case file costs an Argon2id derivation.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        // Dutch native controls (date inputs show dd-mm-jjjj), as the app sets in Electron.
        '--lang=nl-NL',
      ],
    },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 800 },
    rendererDir: process.env.VP_RENDERER_DIR ?? resolve(repoRoot, 'dist', 'renderer'),
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'harness-chromium',
      testIgnore: '**/electron/**',
      use: { driver: 'harness' },
    },
    {
      name: 'electron',
      testMatch: ['**/flows/**/*.spec.ts', '**/electron/**/*.spec.ts'],
      use: { driver: 'electron' },
      // The real app calibrates Argon2 (about 0.5 s a derivation) instead of the minimum.
      timeout: 180_000,
      expect: { timeout: 30_000 },
    },
  ],
});
