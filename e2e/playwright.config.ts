import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import type { HarnessTestOptions } from './harness/fixture';

/**
 * End-to-end tests: each test starts its own harness (the real services in Node, the built
 * renderer on 127.0.0.1) through the fixture in e2e/harness/fixture.ts, so there is no
 * webServer here. Browsers are not downloaded: Debian's Chromium is used (CHROMIUM_PATH to
 * point elsewhere). `npm run test:e2e` builds first.
 */
const e2eDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(e2eDir, '..');

export default defineConfig<HarnessTestOptions>({
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
      ],
    },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 800 },
    rendererDir: process.env.VP_RENDERER_DIR ?? resolve(repoRoot, 'dist', 'renderer'),
    trace: 'retain-on-failure',
  },
});
