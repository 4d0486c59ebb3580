/**
 * What the accessibility walk does at every stop (e2e/flows/accessibility.spec.ts): axe-core
 * over the page in the light and the dark theme (contrast differs), a screenshot of each into
 * e2e/screenshots/<lang>-<theme>/<screen>.png, and the 200 % zoom check. Not a spec itself.
 *
 * axe runs in "legacy mode": one axe.run() in the app's page through Playwright's evaluate,
 * which the app's CSP does not govern, so nothing in the page or its CSP is loosened for it;
 * the default mode would finish in a second, blank page, which Electron's window cannot open.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { MessageKey } from '../../renderer/src/i18n/nl';
import { translate, type Locale, type MessageParams } from '../../renderer/src/i18n/translate';
import { expect, type AppFixture } from '../app/fixture';
import { SCREENSHOT_DIR } from '../harness/fixture';

export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];

/** WCAG 2.1 A and AA: the level the issue asks for. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The desktop window the screenshots are made at, and what it is at 200 % zoom. */
export const DESKTOP = { width: 1280, height: 800 };
export const ZOOM_200 = { width: 640, height: 400 };

/** The screen text for a catalogue key, in the language of the walk. */
export function textIn(lang: Locale) {
  return (key: MessageKey, params?: MessageParams): string => translate(lang, key, params);
}

/** A regular expression that matches `text` exactly, or (prefix) at the start. */
export function exactly(text: string, prefix = false): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped}${prefix ? '' : '$'}`);
}

/**
 * axe over the whole page; every serious or critical violation is reported (softly, so one
 * walk lists them all) with its rule, where it is and what to do about it.
 */
export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: `${v.help} (${v.helpUrl})`,
      targets: v.nodes.slice(0, 5).map((node) => ({
        target: node.target.join(' '),
        summary: node.failureSummary?.split('\n').slice(0, 3).join(' '),
      })),
    }));
  expect.soft(serious, `axe (WCAG 2.1 AA), serious or critical, on ${where}`).toEqual([]);

  // Text over a gradient or an image is not a violation to axe but "needs review": its
  // contrast goes unchecked. Such text once hid a whole screen's contrast from this walk.
  const unmeasured = results.incomplete
    .filter((v) => v.id === 'color-contrast')
    .flatMap((v) => v.nodes)
    .filter((node) =>
      node.any.some((check) => /^bg(Gradient|Image)$/.test(String(check.data?.messageKey))),
    )
    .map((node) => node.target.join(' '));
  expect.soft(unmeasured, `text whose contrast axe cannot measure on ${where}`).toEqual([]);
}

export interface ShotOptions {
  /** The whole page (default), or only the window: for a dialog, whose backdrop covers that. */
  fullPage?: boolean;
}

/** A PNG in e2e/screenshots/<folder>/ (electron-<folder>/ from Electron). */
export async function screenshotOf(
  app: AppFixture,
  page: Page,
  folder: string,
  name: string,
  { fullPage = true }: ShotOptions = {},
): Promise<void> {
  const dir = join(SCREENSHOT_DIR, app.driver === 'electron' ? `electron-${folder}` : folder);
  await mkdir(dir, { recursive: true });
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  // No hover highlight left where the last click was.
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage, animations: 'disabled' });
}

/**
 * Status shown as a badge or a marker says so in words (or an icon with a name), never by its
 * colour alone: each one has text a screen reader reads.
 */
export async function expectNoColourOnlySignals(page: Page, where: string): Promise<void> {
  const silent = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        '.badge, [data-testid$="-badge"], [data-testid$="-marker"]',
      ),
    ]
      .filter((el) => (el.innerText ?? '').trim() === '' && !el.getAttribute('aria-label'))
      .map((el) => el.outerHTML.slice(0, 120)),
  );
  expect.soft(silent, `badges or markers without words on ${where}`).toEqual([]);
}

/**
 * A form sent with mistakes: every field marked invalid (aria-invalid) is described by its
 * message, and the message is announced (role="alert" or inside a live region).
 */
export async function expectErrorsAnnounced(page: Page, where: string): Promise<void> {
  const report = await page.evaluate(() => {
    const invalid = [...document.querySelectorAll<HTMLElement>('[aria-invalid="true"]')];
    const unannounced = invalid
      .filter((field) => {
        // A radio button or checkbox is described by its group (the fieldset) as a whole.
        const group = field.closest('fieldset[aria-describedby]');
        const ids = [field, group]
          .flatMap((el) => (el?.getAttribute('aria-describedby') ?? '').split(/\s+/))
          .filter(Boolean);
        const described = ids
          .map((id) => document.getElementById(id))
          .filter((el): el is HTMLElement => el !== null && el.innerText.trim() !== '');
        return !described.some((el) => el.closest('[role="alert"], [aria-live]') !== null);
      })
      .map((field) => field.getAttribute('name') ?? field.id);
    return { invalid: invalid.length, unannounced };
  });
  expect(report.invalid, `fields marked invalid on ${where}`).toBeGreaterThan(0);
  expect
    .soft(report.unannounced, `invalid fields whose message is not announced on ${where}`)
    .toEqual([]);
}

/**
 * One stop of the walk: the screen as it is now, checked and photographed in both themes. The
 * page is left in the light theme.
 */
export async function checkScreen(
  app: AppFixture,
  page: Page,
  lang: Locale,
  name: string,
  options: ShotOptions = {},
): Promise<void> {
  await expectNoColourOnlySignals(page, `${name} (${lang})`);
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    await expectNoSeriousViolations(page, `${name} (${lang}, ${theme})`);
    await screenshotOf(app, page, `${lang}-${theme}`, name, options);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * At 200 % zoom (a 1280×800 window shows 640×400 CSS pixels) the page must not scroll
 * sideways: the content reflows (WCAG 1.4.10). Photographed there too, then back to desktop.
 */
export async function expectReflowAt200(
  app: AppFixture,
  page: Page,
  lang: Locale,
  name: string,
): Promise<void> {
  await page.setViewportSize(ZOOM_200);
  try {
    const overflow = await page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      const wide = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
    });
    expect
      .soft(
        overflow.scrollWidth,
        `${name} (${lang}) scrolls sideways at 200 % zoom; too wide: ${overflow.wide.join(', ')}`,
      )
      .toBeLessThanOrEqual(overflow.clientWidth);
    await screenshotOf(app, page, `${lang}-zoom-200`, name);
  } finally {
    await page.setViewportSize(DESKTOP);
  }
}
