/**
 * Accessibility and screenshot evidence: every screen and its important states, in Dutch and
 * English, in the light and the dark theme (the system's setting, emulated), checked with
 * axe-core against WCAG 2.1 A and AA (no serious or critical violation may remain) and
 * photographed into e2e/screenshots/<lang>-<theme>/. The main screens are also checked at
 * 200 % zoom: no sideways scrolling. Screens are full: the walk goes through the demo practice,
 * opened once per language. Driven by role, label and the catalogues' texts in the walk's
 * language, so the same walk runs in both drivers.
 */
import type { Page } from '@playwright/test';
import type { Locale } from '../../renderer/src/i18n/translate';
import { expect, test, type AppFixture } from '../app/fixture';
import {
  checkScreen,
  exactly,
  expectErrorsAnnounced,
  expectReflowAt200,
  screenshotOf,
  textIn,
} from './a11y';
import { readRecoveryCode } from './steps';

const PASSPHRASE = 'de kat slaapt graag op de warme vensterbank';
const LANGUAGES: readonly Locale[] = ['nl', 'en'];

/** Switches the screens before unlocking to `lang` with the header's language button. */
async function chooseLanguageBeforeUnlock(page: Page, lang: Locale): Promise<void> {
  const current = await page.evaluate(() => document.documentElement.lang);
  if (current === lang) return;
  await page
    .getByRole('button', { name: textIn(current as Locale)('language.switchToLabel') })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

test('first run, recovery code and unlock: accessible in both languages and themes', async ({
  page,
  app,
}) => {
  test.slow();
  for (const lang of LANGUAGES) {
    const t = textIn(lang);
    await chooseLanguageBeforeUnlock(page, lang);
    await expect(page.getByTestId('screen-first-run')).toBeVisible();
    await checkScreen(app, page, lang, 'first-run');
    await expectReflowAt200(app, page, lang, 'first-run');

    // Sent empty: each field says what is wrong, tied to the field for a screen reader.
    await page.getByRole('button', { name: t('firstRun.submit') }).click();
    const passphrase = page.getByLabel(t('firstRun.passphrase'), { exact: true });
    await expect(passphrase).toHaveAttribute('aria-invalid', 'true');
    await expect(passphrase).toHaveAccessibleDescription(new RegExp(t('validation.required')));
    await expectErrorsAnnounced(page, `first run (${lang})`);
    await checkScreen(app, page, lang, 'first-run-errors');
  }

  const t = textIn('en');
  await page.getByLabel(t('firstRun.passphrase'), { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(t('firstRun.confirm'), { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: t('firstRun.submit') }).click();
  await expect(page.getByTestId('screen-recovery')).toBeVisible();
  const code = await readRecoveryCode(page);
  for (const lang of ['en', 'nl'] as const) {
    await chooseLanguageBeforeUnlock(page, lang);
    await checkScreen(app, page, lang, 'recovery-code');
  }
  const nl = textIn('nl');
  await page.getByLabel(nl('recovery.confirmField')).fill(code.split('-').at(-1)!);
  await page.getByLabel(nl('recovery.savedCheckbox')).check();
  await page.getByRole('button', { name: nl('recovery.continue') }).click();
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await page.getByTestId('lock-button').click();

  for (const lang of ['nl', 'en'] as const) {
    const tl = textIn(lang);
    await expect(page.getByTestId('screen-unlock')).toBeVisible();
    await chooseLanguageBeforeUnlock(page, lang);
    await checkScreen(app, page, lang, 'unlock');
    await expectReflowAt200(app, page, lang, 'unlock');

    // A wrong passphrase: the error is announced (an alert) and the field is emptied.
    await page
      .getByLabel(tl('unlock.passphrase'), { exact: true })
      .fill('niet het goede wachtwoord');
    await page.getByRole('button', { name: tl('unlock.submit'), exact: true }).click();
    await expect(page.getByRole('alert')).toContainText(tl('error.WRONG_PASSPHRASE'));
    await checkScreen(app, page, lang, 'unlock-error');
  }
});

for (const lang of LANGUAGES) {
  test(`every screen of the demo practice is accessible (${lang})`, async ({ page, app }) => {
    // The demo is made on first use (a few seconds), then some twenty screens, twice each.
    test.setTimeout(240_000);
    await walkTheDemo(app, page, lang);
  });
}

async function walkTheDemo(app: AppFixture, page: Page, lang: Locale): Promise<void> {
  const t = textIn(lang);
  await chooseLanguageBeforeUnlock(page, lang);
  await page.getByRole('button', { name: t('demo.open') }).click();
  await expect(page.getByTestId('screen-home')).toBeVisible({ timeout: 60_000 });
  const menu = page.getByRole('navigation', { name: t('nav.label') });
  const go = async (key: Parameters<typeof t>[0], screen: string) => {
    await menu.getByRole('button', { name: t(key), exact: true }).click();
    await expect(page.getByTestId(screen)).toBeVisible();
  };

  await checkScreen(app, page, lang, 'home');
  await expectReflowAt200(app, page, lang, 'home');

  // Meldingen: the list, one case with its notes, and a new intake (empty, then sent empty).
  await go('nav.cases', 'screen-cases');
  await expect(page.getByTestId('case-row').first()).toBeVisible();
  await checkScreen(app, page, lang, 'cases');
  await expectReflowAt200(app, page, lang, 'cases');
  await page.getByTestId('case-row').first().click();
  await expect(page.getByTestId('screen-case')).toBeVisible();
  await expect(page.getByTestId('note').first()).toBeVisible();
  await checkScreen(app, page, lang, 'case');
  // The case as it opens in the window, small enough for the README.
  await screenshotOf(app, page, `${lang}-light`, 'case-window', { fullPage: false });
  await expectReflowAt200(app, page, lang, 'case');

  await go('nav.cases', 'screen-cases');
  await page.getByRole('button', { name: exactly(t('cases.new'), true) }).click();
  await expect(page.getByTestId('screen-intake')).toBeVisible();
  await checkScreen(app, page, lang, 'intake');
  await expectReflowAt200(app, page, lang, 'intake');
  await page.getByRole('button', { name: t('intake.save') }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectErrorsAnnounced(page, `intake (${lang})`);
  await checkScreen(app, page, lang, 'intake-errors');
  await page.getByRole('button', { name: t('intake.cancel') }).click();

  await go('nav.agenda', 'screen-agenda');
  await checkScreen(app, page, lang, 'agenda');
  await expectReflowAt200(app, page, lang, 'agenda');

  // Organisaties: the list, one organisation, and the form for a new one.
  await go('nav.organisations', 'screen-organisations');
  await checkScreen(app, page, lang, 'organisations');
  await expectReflowAt200(app, page, lang, 'organisations');
  await page
    .getByTestId('organisations-table')
    .locator('tbody tr')
    .first()
    .getByRole('button')
    .first()
    .click();
  await expect(page.getByTestId('screen-organisation')).toBeVisible();
  await checkScreen(app, page, lang, 'organisation');
  await expectReflowAt200(app, page, lang, 'organisation');
  await go('nav.organisations', 'screen-organisations');
  await page
    .getByRole('button', { name: t('organisations.add') })
    .first()
    .click();
  await expect(page.getByTestId('screen-organisation-form')).toBeVisible();
  await checkScreen(app, page, lang, 'organisation-form');
  await expectReflowAt200(app, page, lang, 'organisation-form');
  await page.getByRole('button', { name: t('organisations.form.saveNew') }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectErrorsAnnounced(page, `organisation form (${lang})`);
  await checkScreen(app, page, lang, 'organisation-form-errors');
  await page.getByRole('button', { name: t('organisations.form.cancel') }).click();

  await go('nav.hours', 'screen-hours');
  await checkScreen(app, page, lang, 'hours');
  await expectReflowAt200(app, page, lang, 'hours');

  // Facturen: the run, the invoices made, one invoice, its export preview and the issue dialog.
  await go('nav.invoices', 'screen-invoices');
  await checkScreen(app, page, lang, 'invoices');
  await expectReflowAt200(app, page, lang, 'invoices');
  await page.getByRole('button', { name: t('invoices.section.issued') }).click();
  await expect(page.getByTestId('invoices-table')).toBeVisible();
  await checkScreen(app, page, lang, 'invoices-issued');
  await page
    .getByTestId('invoices-table')
    .getByRole('button', { name: exactly(t('invoices.list.viewLabel', { number: '' }), true) })
    .first()
    .click();
  await expect(page.getByTestId('screen-invoice-document')).toBeVisible();
  await checkScreen(app, page, lang, 'invoice');
  await expectReflowAt200(app, page, lang, 'invoice');
  await page.getByRole('button', { name: t('invoices.list.export'), exact: true }).click();
  const exporter = page.getByTestId('export-dialog');
  await expect(exporter).toBeVisible();
  await expect(exporter.getByTestId('export-preview')).toBeVisible();
  await checkScreen(app, page, lang, 'invoice-export', { fullPage: false });
  await page.keyboard.press('Escape');
  await expect(exporter).toBeHidden();
  await page.getByRole('button', { name: t('invoices.list.credit'), exact: true }).click();
  const creditDialog = page.getByTestId('credit-dialog');
  await expect(creditDialog).toBeVisible();
  await checkScreen(app, page, lang, 'invoice-credit-dialog', { fullPage: false });
  await page.keyboard.press('Escape');
  await expect(creditDialog).toBeHidden();

  // The issue dialog, where the run has an invoice still to make (the demo's last month has
  // one until its invoices' date has come, which depends on today's date).
  await go('nav.invoices', 'screen-invoices');
  await page.getByRole('button', { name: t('invoices.section.run') }).click();
  const run = page.getByTestId('invoice-run');
  await expect(run.getByTestId('invoice-run-table').or(run.locator('.empty-state'))).toBeVisible();
  const issue = run.getByRole('button', { name: exactly(t('invoices.issue'), true) });
  if ((await issue.count()) > 0) {
    await issue.first().click();
    const issueDialog = page.getByTestId('issue-dialog');
    await expect(issueDialog).toBeVisible();
    await checkScreen(app, page, lang, 'invoice-issue-dialog', { fullPage: false });
    await page.keyboard.press('Escape');
    await expect(issueDialog).toBeHidden();
  }

  // Jaarverslagen: the choices and the preview of last year's report.
  await go('nav.reports', 'screen-reports');
  await expect(page.getByTestId('report-preview')).toBeVisible();
  await expect(page.getByTestId('report-summary')).toBeVisible();
  await checkScreen(app, page, lang, 'reports');
  await expectReflowAt200(app, page, lang, 'reports');
  await page.getByRole('button', { name: t('reports.exportPdf') }).click();
  const reportExport = page.getByTestId('report-export-dialog');
  await expect(reportExport.getByTestId('export-pdf-text')).toBeVisible();
  await checkScreen(app, page, lang, 'report-export', { fullPage: false });
  await page.keyboard.press('Escape');
  await expect(reportExport).toBeHidden();

  await go('nav.settings', 'screen-settings');
  await checkScreen(app, page, lang, 'settings');
  await expectReflowAt200(app, page, lang, 'settings');
}
