/**
 * The harness fixture for the harness's own tests (e2e/smoke): a fresh harness per test (fresh
 * temporary case file, minimum Argon2 parameters for speed), and a watch on the browser console
 * so any error or CSP violation in the page fails the test. The user flows use the
 * driver-neutral fixture in e2e/app/fixture.ts instead, built on the helpers here, so that they
 * run in Electron too.
 *
 *   import { test, expect } from '../harness/fixture';
 *   test('first run', async ({ page, harness }) => {
 *     await page.goto(harness.url);
 *     await harness.screenshot(page, 'first-run');
 *   });
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  test as base,
  expect,
  type BrowserContext,
  type ConsoleMessage,
  type Page,
  type WebError,
} from '@playwright/test';
import { KDF_MINIMUM } from '../../main/casefile/kdf';
import { startHarness, type HarnessKdf } from './server';

export { expect };

const here = dirname(fileURLToPath(import.meta.url));

/** The built renderer; the config sets it too (VP_RENDERER_DIR overrides both). */
export const DEFAULT_RENDERER_DIR =
  process.env.VP_RENDERER_DIR ?? resolve(here, '..', '..', 'dist', 'renderer');

/** Screenshots for people to look at; gitignored. */
export const SCREENSHOT_DIR = resolve(here, '..', 'screenshots');

/**
 * The minimum Argon2id parameters the case file accepts (64 MiB, t=3, p=1): fast enough for a
 * fresh case file per test.
 */
export const MIN_KDF: HarnessKdf = { ...KDF_MINIMUM };

export interface HarnessFixture {
  /** The page to open: http://127.0.0.1:<port>/ */
  url: string;
  /** This test's own temporary case-file folder (removed after the test). */
  caseFileFolder: string;
  /** Writes a full-page PNG to e2e/screenshots/<name>.png. */
  screenshot(page: Page, name: string): Promise<void>;
}

export interface HarnessTestOptions {
  /** The built renderer to serve. */
  rendererDir: string;
  /**
   * Console errors a test provokes on purpose and may ignore, matched against the text.
   * Default none: every console error, uncaught exception and CSP violation fails the test.
   */
  allowedConsoleErrors: RegExp[];
}

export interface PageErrorWatch {
  /** Everything collected so far, one line each. */
  readonly errors: readonly string[];
  /** Stops collecting. */
  stop(): void;
}

/**
 * Collects console errors (CSP violations are reported there by Chromium) and uncaught page
 * exceptions from every page of a context, or from one page.
 */
export function watchPageErrors(target: BrowserContext | Page): PageErrorWatch {
  const errors: string[] = [];
  let active = true;
  const onConsole = (msg: ConsoleMessage): void => {
    if (!active || msg.type() !== 'error') return;
    const { url, lineNumber } = msg.location();
    errors.push(`console.error: ${msg.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  };
  const onPageError = (err: Error): void => {
    if (active) errors.push(`uncaught: ${err.name}: ${err.message}`);
  };
  const onWebError = (webError: WebError): void => {
    onPageError(webError.error());
  };
  target.on('console', onConsole);
  const isContext = 'newPage' in target;
  if (isContext) (target as BrowserContext).on('weberror', onWebError);
  else (target as Page).on('pageerror', onPageError);
  return {
    errors,
    stop() {
      active = false;
      target.off('console', onConsole);
      if (isContext) (target as BrowserContext).off('weberror', onWebError);
      else (target as Page).off('pageerror', onPageError);
    },
  };
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(name) || name.includes('..')) {
    throw new Error(`Screenshot name must be letters, digits, '.', '_' or '-': ${name}`);
  }
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

export const test = base.extend<HarnessTestOptions & { harness: HarnessFixture }>({
  rendererDir: [DEFAULT_RENDERER_DIR, { option: true }],
  allowedConsoleErrors: [[], { option: true }],

  harness: async ({ context, rendererDir, allowedConsoleErrors }, use) => {
    const watch = watchPageErrors(context);
    const harness = await startHarness({ rendererDir, kdf: MIN_KDF });
    try {
      await use({
        url: harness.url,
        caseFileFolder: harness.caseFileFolder,
        screenshot: async (page, name) => {
          await saveScreenshot(page, name);
        },
      });
    } finally {
      // Stop watching before the server goes away: requests cut off by the close are not the
      // page's fault.
      watch.stop();
      await harness.close();
    }
    const unexpected = watch.errors.filter(
      (line) => !allowedConsoleErrors.some((allowed) => allowed.test(line)),
    );
    expect(unexpected, 'browser console errors, uncaught exceptions or CSP violations').toEqual([]);
  },
});
