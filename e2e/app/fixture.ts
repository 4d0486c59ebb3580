/**
 * The driver-neutral fixture of the e2e flows: the same test runs against the harness in
 * Chromium (driver 'harness', the default) or against the real Electron app (driver 'electron',
 * where its binary is present; otherwise every test is skipped and the reason printed once).
 * The Playwright config sets the driver per project.
 *
 *   import { test, expect } from '../app/fixture';
 *   test('first run', async ({ page, app }) => {
 *     await expect(page.getByTestId('screen-first-run')).toBeVisible();
 *     await app.screenshot(page, 'first-run');
 *   });
 *
 * `page` (and `context`) are the app's: the harness page with the app already opened, or the
 * Electron window once its page has loaded. Each test gets a fresh, empty case file, and any
 * console error, uncaught exception or CSP violation in the page fails it, in both drivers.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import type { ApiOutput } from '../../shared/api';
import type { Result } from '../../shared/result';
import { caseFileFolder } from '../../main/electron/paths';
import { APP_ENTRY_URL } from '../../main/security/app-url';
import {
  DEFAULT_RENDERER_DIR,
  MIN_KDF,
  saveScreenshot,
  watchPageErrors,
  type HarnessTestOptions,
} from '../harness/fixture';
import { API_PREFIX, startHarness } from '../harness/server';
import { electronForFlows, launchElectronApp, type ElectronBinary } from './electron';

export { expect };

/** How the flows reach the app. */
export type Driver = 'harness' | 'electron';

/** Calls without input that only read: the ones a test may ask main for again. */
export type ReadCall = 'getCaseFileStatus' | 'getRecoveryCodeState';

export interface PendingAnswer<K extends ReadCall> {
  /** Main's answer; await it only once the page has made the call. */
  result(): Promise<Result<ApiOutput<K>>>;
}

export interface AppFixture {
  driver: Driver;
  /** The app's page (the same object as the `page` fixture). */
  page: Page;
  /** This test's own case-file folder (empty at the start, removed after the test). */
  caseFileFolder: string;
  /**
   * Where "save" puts exports in the harness (it has no save dialog); null in Electron, whose
   * native save dialog a test cannot answer.
   */
  exportsFolder: string | null;
  /**
   * Writes a full-page PNG to e2e/screenshots/<name>.png; from Electron, to
   * electron-<name>.png, so the two drivers do not overwrite each other's.
   */
  screenshot(page: Page, name: string): Promise<void>;
  /**
   * Main's answer to the next `call` the page makes. Start it before the action that leads to
   * the call, and await result() only once the page has made it. Harness: the page's own
   * request, awaited, so "no warning yet" cannot be "not read yet". Electron: IPC is out of
   * Playwright's sight, so result() makes the same call again from the page, which gives the
   * same answer as long as nothing changed in between.
   */
  answerTo<K extends ReadCall>(page: Page, call: K): PendingAnswer<K>;
}

export type AppTestOptions = HarnessTestOptions;

export interface AppWorkerOptions {
  /** Set per project in e2e/playwright.config.ts. */
  driver: Driver;
}

interface WorkerFixtures extends AppWorkerOptions {
  /** Electron driver: the binary, or why the flows are skipped (printed once per worker). */
  electronBinary: ElectronBinary | null;
  /** Harness driver: one browser per worker, launched on first use (never for Electron). */
  harnessBrowser: () => Promise<Browser>;
}

export const test = base.extend<AppTestOptions & { app: AppFixture }, WorkerFixtures>({
  driver: ['harness', { scope: 'worker', option: true }],
  rendererDir: [DEFAULT_RENDERER_DIR, { option: true }],
  allowedConsoleErrors: [[], { option: true }],

  electronBinary: [
    async ({ driver }, use) => {
      if (driver !== 'electron') return use(null);
      const found = electronForFlows();
      // Once, not once per test: the tests themselves are skipped with the same reason.
      if (found.reason !== undefined) console.log(found.reason);
      await use(found);
    },
    { scope: 'worker' },
  ],

  harnessBrowser: [
    async ({ playwright, browserName, headless, launchOptions }, use) => {
      let launched: Promise<Browser> | undefined;
      await use(
        () => (launched ??= playwright[browserName].launch({ headless, ...launchOptions })),
      );
      // A launch that failed has failed its test already.
      await launched?.then((browser) => browser.close()).catch(() => {});
    },
    { scope: 'worker' },
  ],

  app: async (
    {
      driver,
      electronBinary,
      harnessBrowser,
      rendererDir,
      allowedConsoleErrors,
      locale,
      timezoneId,
      viewport,
    },
    use,
    testInfo,
  ) => {
    let errors: readonly string[];
    if (driver === 'electron') {
      if (!electronBinary?.path) {
        testInfo.skip(true, electronBinary?.reason ?? 'no Electron binary');
        return;
      }
      errors = await withElectron({ locale, timezoneId }, use);
    } else {
      const browser = await harnessBrowser();
      // The rest of the use options (colour scheme, trace...) are added by Playwright.
      const context = await browser.newContext({
        ...(locale === undefined ? {} : { locale }),
        ...(timezoneId === undefined ? {} : { timezoneId }),
        viewport,
      });
      try {
        const watch = watchPageErrors(context);
        const harness = await startHarness({ rendererDir, kdf: MIN_KDF });
        try {
          const page = await context.newPage();
          await page.goto(harness.url);
          await use({
            driver,
            page,
            caseFileFolder: harness.caseFileFolder,
            exportsFolder: harness.exportsFolder,
            screenshot: async (shotPage, name) => {
              await saveScreenshot(shotPage, name);
            },
            answerTo: (answerPage, call) => {
              const pending = answerPage
                .waitForResponse((r) => r.url().endsWith(API_PREFIX + call))
                .then((response) => response.json() as Promise<Result<ApiOutput<typeof call>>>);
              // Handled by whoever awaits result(); a test that fails first leaves no stray
              // rejection.
              pending.catch(() => {});
              return { result: () => pending };
            },
          });
        } finally {
          // Stop watching before the server goes away: requests cut off by the close are not
          // the page's fault.
          watch.stop();
          await harness.close();
        }
        errors = watch.errors;
      } finally {
        await context.close();
      }
    }
    const unexpected = errors.filter(
      (line) => !allowedConsoleErrors.some((allowed) => allowed.test(line)),
    );
    expect(unexpected, 'browser console errors, uncaught exceptions or CSP violations').toEqual([]);
  },

  context: async ({ app }, use) => {
    await use(app.page.context());
  },

  page: async ({ app }, use) => {
    await use(app.page);
  },
});

/**
 * Starts the built app with a fresh userData folder, hands its window to `use`, then closes it
 * and removes the folder. Returns the errors seen in the page and in main's console.
 */
async function withElectron(
  options: { locale?: string; timezoneId?: string },
  use: (app: AppFixture) => Promise<void>,
): Promise<readonly string[]> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'vp-electron-'));
  try {
    await chmod(userDataDir, 0o700);
    const electronApp = await launchElectronApp({ userDataDir, ...options });
    const mainErrors: string[] = [];
    let watching = true;
    electronApp.on('console', (msg) => {
      if (watching && msg.type() === 'error') mainErrors.push(`main console.error: ${msg.text()}`);
    });
    const watch = watchPageErrors(electronApp.context());
    try {
      const page = await electronApp.firstWindow();
      // main loads app://vp/index.html into the window it just made; wait for that page.
      await page.waitForURL((url) => url.href === APP_ENTRY_URL, { waitUntil: 'load' });
      await use({
        driver: 'electron',
        page,
        caseFileFolder: caseFileFolder(userDataDir),
        exportsFolder: null,
        screenshot: async (shotPage, name) => {
          await saveScreenshot(shotPage, `electron-${name}`);
        },
        answerTo: (answerPage, call) => ({
          result: () =>
            answerPage.evaluate(
              (name) =>
                (
                  window as unknown as {
                    vp: Record<string, (input: object) => Promise<unknown>>;
                  }
                ).vp[name]!({}),
              call,
            ) as Promise<Result<ApiOutput<typeof call>>>,
        }),
      });
    } finally {
      watching = false;
      watch.stop();
      await electronApp.close();
    }
    return [...watch.errors, ...mainErrors];
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
}
