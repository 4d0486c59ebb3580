/**
 * The demo practice from a counsellor's point of view: before making a case file of their own,
 * they open the demo (fictitious organisations and cases, made by main on first use), see on
 * every screen that it is the demo, close it, and then create their own case file as usual,
 * which starts empty. Driven by role and label (the Dutch screen texts), with screenshots in
 * e2e/screenshots/.
 */
import { expect, test } from '../app/fixture';
import { confirmRecoveryCode, createCaseFile, shot } from './steps';

const PASSPHRASE = 'de kat slaapt graag op de warme vensterbank';
const BANNER_TEXT = 'alle gegevens zijn verzonnen';

test('open the demo, look around, close it and create an own case file', async ({ page, app }) => {
  // Main makes the demo on first use: some 180 cases, which takes a few seconds.
  test.slow();

  await expect(page.getByTestId('screen-first-run')).toBeVisible();
  const offer = page.getByTestId('demo-offer');
  await expect(offer.getByRole('heading', { name: 'Eerst rondkijken?' })).toBeVisible();
  await expect(offer).toContainText('Uw eigen dossier maakt u daarna aan.');
  await shot(app, page, 'demo-offer');

  await offer.getByRole('button', { name: 'Voorbeelddossier openen' }).click();
  const banner = page.getByTestId('demo-banner');
  await expect(banner).toBeVisible({ timeout: 60_000 });
  await expect(banner).toHaveAttribute('role', 'status');
  await expect(banner).toContainText('Voorbeelddossier');
  await expect(banner).toContainText(BANNER_TEXT);
  await expect(page.getByTestId('screen-home')).toBeVisible();
  // The demo needs no recovery code of its own.
  await expect(page.getByTestId('recovery-unconfirmed')).toHaveCount(0);
  await shot(app, page, 'demo-home');

  // Home counts the open cases per organisation; one click shows that organisation's open ones.
  const openCases = page.getByTestId('home-open-cases');
  const firstOrganisation = openCases.getByRole('listitem').first();
  await expect(firstOrganisation).toContainText(/\d+ open/);
  const name = (await firstOrganisation.locator('.due-org').innerText()).trim();
  await firstOrganisation.getByRole('button').click();
  await expect(page.getByTestId('screen-cases')).toBeVisible();
  await expect(page.getByTestId('case-row').first()).toBeVisible();
  const rows = page.getByTestId('case-row');
  for (let i = 0; i < Math.min(await rows.count(), 5); i++) {
    await expect(rows.nth(i)).toContainText(name);
  }
  await page.getByRole('button', { name: 'Home', exact: true }).click();

  // Meldingen: the demo's cases, with the banner still on top.
  await page.getByRole('button', { name: 'Meldingen', exact: true }).click();
  await expect(page.getByTestId('screen-cases')).toBeVisible();
  await expect(page.getByTestId('case-row').first()).toBeVisible();
  await expect(page.getByTestId('cases-count')).toContainText(/\d+ meldingen/);
  await expect(banner).toBeVisible();
  await shot(app, page, 'demo-cases');

  // Organisaties: the demo's organisations.
  await page.getByRole('button', { name: 'Organisaties', exact: true }).click();
  await expect(page.getByTestId('screen-organisations')).toBeVisible();
  await expect(page.getByTestId('organisations-count')).toContainText(/\d+ organisaties/);
  expect(await page.getByTestId('organisations-table').locator('tbody tr').count()).toBeGreaterThan(
    1,
  );
  await expect(banner).toBeVisible();

  // Settings: the demo's fixed passphrase and recovery code are not for changing.
  await page.getByRole('button', { name: 'Instellingen', exact: true }).click();
  await expect(page.getByTestId('screen-settings')).toBeVisible();
  await expect(page.getByTestId('demo-settings-notice')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Wachtwoord wijzigen' })).toHaveCount(0);

  // Closing the demo locks it: the counsellor's own case file still does not exist.
  await banner.getByRole('button', { name: 'Voorbeeld sluiten' }).click();
  await expect(page.getByTestId('screen-first-run')).toBeVisible();
  await expect(page.getByTestId('demo-banner')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Nieuw dossier aanmaken' })).toBeVisible();

  // The own case file, made as usual, is empty and has no banner.
  const code = await createCaseFile(page, PASSPHRASE);
  await confirmRecoveryCode(app, page, code);
  await expect(page.getByTestId('demo-banner')).toHaveCount(0);
  await page.getByRole('button', { name: 'Meldingen', exact: true }).click();
  await expect(page.getByTestId('screen-cases')).toBeVisible();
  await expect(page.getByText('Nog geen meldingen')).toBeVisible();
  await expect(page.getByTestId('case-row')).toHaveCount(0);
  await page.getByRole('button', { name: 'Organisaties', exact: true }).click();
  await expect(page.getByText('Nog geen organisaties')).toBeVisible();
});
