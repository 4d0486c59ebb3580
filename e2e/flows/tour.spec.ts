/**
 * Help on screen: the first-run tour a new case file shows (stepped and skipped by keyboard,
 * and never back once skipped or finished, also after a lock or a reload), and the
 * explanations beside the settings that decide what an employer sees.
 */
import { expect, test } from '../app/fixture';
import {
  createCaseFile,
  fillRecoveryCheck,
  lock,
  lockAndReload,
  recoveryStateAfter,
  shot,
  tourDone,
  unlock,
} from './steps';

const PASSPHRASE = 'de kat slaapt graag op de warme vensterbank';

test('a new case file shows the tour once: stepped and skipped by keyboard', async ({
  page,
  app,
}) => {
  const code = await createCaseFile(page, PASSPHRASE);
  await fillRecoveryCheck(page, code);
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByTestId('screen-home')).toBeVisible();

  // Step 1 stands beside Organisaties, which is highlighted; focus is on the step's heading.
  const tour = page.getByRole('dialog', { name: 'Begin met een organisatie' });
  await expect(tour).toBeVisible();
  await expect(tour).toContainText('Stap 1 van 4');
  await expect(tour).toContainText('met hun onderdelen en hun contract');
  await expect(tour.getByRole('heading', { name: 'Begin met een organisatie' })).toBeFocused();
  const organisations = page.getByRole('button', { name: 'Organisaties', exact: true });
  await expect(organisations).toHaveClass(/tour-target/);
  await expect(tour.getByRole('button', { name: 'Vorige' })).toHaveCount(0);
  await shot(app, page, 'tour-step-1');

  // Tab to "Volgende", Enter: step 2, on Meldingen and Agenda.
  await page.keyboard.press('Tab');
  await expect(tour.getByRole('button', { name: 'Volgende' })).toBeFocused();
  await page.keyboard.press('Enter');
  const second = page.getByRole('dialog', { name: 'Meldingen en notities' });
  await expect(second).toContainText('Stap 2 van 4');
  await expect(second.getByRole('heading', { name: 'Meldingen en notities' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Meldingen', exact: true })).toHaveClass(
    /tour-target/,
  );
  await expect(organisations).not.toHaveClass(/tour-target/);

  // "Vorige" goes back to step 1.
  await page.keyboard.press('Tab');
  await expect(second.getByRole('button', { name: 'Vorige' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tour.getByRole('heading', { name: 'Begin met een organisatie' })).toBeFocused();

  // Forward to step 3, then Escape skips: the tour is gone, focus back on the screen.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('tour').getByRole('button', { name: 'Volgende' })).toBeFocused();
  await page.keyboard.press('Enter');
  const third = page.getByRole('dialog', { name: 'Uren en facturen' });
  await expect(third).toContainText('Stap 3 van 4');
  await expect(third).toContainText('nooit namen of onderwerpen');
  await shot(app, page, 'tour-step-3');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tour')).toHaveCount(0);
  await expect(page.locator('.tour-target')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Vandaag', exact: true })).toBeFocused();
  await expect.poll(() => tourDone(page)).toBe(true);

  // Not again after a lock and unlock…
  await lock(page);
  expect(await recoveryStateAfter(app, page, () => unlock(page, PASSPHRASE))).toBe(true);
  await expect(page.getByTestId('screen-home')).toBeVisible();
  expect(await tourDone(page)).toBe(true);
  await expect(page.getByTestId('tour')).toHaveCount(0);

  // …nor after the app locks and reloads (as the desktop app does when the system sleeps).
  await lockAndReload(page);
  expect(await recoveryStateAfter(app, page, () => unlock(page, PASSPHRASE))).toBe(true);
  await expect(page.getByTestId('screen-home')).toBeVisible();
  expect(await tourDone(page)).toBe(true);
  await expect(page.getByTestId('tour')).toHaveCount(0);
});

test('the tour can be finished step by step, and then stays away', async ({ page, app }) => {
  const code = await createCaseFile(page, PASSPHRASE);
  await fillRecoveryCheck(page, code);
  await page.getByRole('button', { name: 'Verder' }).click();
  const tour = page.getByTestId('tour');
  await expect(tour).toContainText('Stap 1 van 4');
  for (const title of ['Meldingen en notities', 'Uren en facturen', 'Veilig bewaren']) {
    await tour.getByRole('button', { name: 'Volgende' }).click();
    await expect(tour.getByRole('heading', { name: title })).toBeFocused();
  }
  // The last step is about the lock button and Instellingen; it ends with "Klaar".
  await expect(tour).toContainText('Stap 4 van 4');
  await expect(tour).toContainText('Ctrl+L');
  await expect(page.getByTestId('lock-button')).toHaveClass(/tour-target/);
  await expect(page.getByRole('button', { name: 'Instellingen', exact: true })).toHaveClass(
    /tour-target/,
  );
  await expect(tour.getByRole('button', { name: 'Rondleiding overslaan' })).toHaveCount(0);
  await shot(app, page, 'tour-step-4');
  await tour.getByRole('button', { name: 'Klaar' }).click();
  await expect(tour).toHaveCount(0);
  await expect.poll(() => tourDone(page)).toBe(true);

  await lock(page);
  expect(await recoveryStateAfter(app, page, () => unlock(page, PASSPHRASE))).toBe(true);
  await expect(page.getByTestId('screen-home')).toBeVisible();
  expect(await tourDone(page)).toBe(true);
  await expect(tour).toHaveCount(0);
});

test('the explanation of what the employer sees opens by keyboard', async ({ page, app }) => {
  const code = await createCaseFile(page, PASSPHRASE);
  await fillRecoveryCheck(page, code);
  await page.getByRole('button', { name: 'Verder' }).click();
  // Skipped with the button this time.
  await page.getByRole('button', { name: 'Rondleiding overslaan' }).click();
  await expect(page.getByTestId('tour')).toHaveCount(0);

  await page.getByRole('button', { name: 'Organisaties', exact: true }).click();
  await page.getByRole('button', { name: 'Organisatie toevoegen' }).first().click();
  const form = page.getByTestId('organisation-form');
  const help = form.getByRole('button', { name: 'Uitleg: wat er op de factuur staat' });
  const tip = form.getByRole('tooltip').filter({ hasText: 'De factuur gaat naar dit adres' });

  // Closed, but read with the button by a screen reader.
  await expect(help).toHaveAttribute('aria-expanded', 'false');
  await expect(tip).toBeHidden();
  await expect(help).toHaveAccessibleDescription(/Namen van melders, data van gesprekken/);

  // Tab onto it from the field before it: it opens and says what the employer will see.
  await form.getByLabel('Btw-nummer').focus();
  let tabs = 0;
  while (!(await help.evaluate((el) => el === document.activeElement)) && tabs++ < 10) {
    await page.keyboard.press('Tab');
  }
  await expect(help).toBeFocused();
  await expect(help).toHaveAttribute('aria-expanded', 'true');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('per onderdeel alleen met genoeg meldingen');
  await expect(tip).toContainText('tekst uit notities staan er nooit op');
  await shot(app, page, 'tooltip-billing');

  // Escape closes it, focus stays; Enter opens it again and keeps it open.
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(help).toHaveAttribute('aria-expanded', 'false');
  await expect(help).toBeFocused();
  await expect(form).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(tip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(tip).toBeHidden();
});

test('every empty screen says what it is for and offers the first step', async ({ page, app }) => {
  const code = await createCaseFile(page, PASSPHRASE);
  await fillRecoveryCheck(page, code);
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('button', { name: 'Rondleiding overslaan' }).click();
  const nav = page.getByRole('navigation');

  // Agenda: where appointments are planned, and the way there.
  await nav.getByRole('button', { name: 'Agenda', exact: true }).click();
  const agenda = page.getByTestId('agenda-empty');
  await expect(agenda).toContainText('U plant een afspraak in een melding');
  await agenda.getByRole('button', { name: 'Naar Meldingen' }).click();
  await expect(page.getByRole('heading', { name: 'Nog geen meldingen' })).toBeVisible();

  // Facturen before any hours: the way to Uren.
  await nav.getByRole('button', { name: 'Facturen', exact: true }).click();
  const run = page.getByTestId('invoice-run');
  await expect(run).toContainText('Niets te factureren');
  await shot(app, page, 'invoices-empty');
  await run.getByRole('button', { name: 'Naar Uren' }).click();
  await expect(page.getByTestId('screen-hours')).toBeVisible();

  // Verzonden facturen before the first one: back to the monthly invoices, focus on its heading.
  await nav.getByRole('button', { name: 'Facturen', exact: true }).click();
  await page.getByRole('button', { name: 'Verzonden facturen' }).click();
  await expect(page.getByRole('heading', { name: 'Nog geen facturen' })).toBeVisible();
  await page.getByRole('button', { name: 'Naar de maandfacturen' }).click();
  await expect(page.getByRole('heading', { name: /^Facturen over / })).toBeFocused();

  // The invoice run explains what the employer sees, by keyboard too.
  const help = page.getByRole('button', { name: 'Uitleg: wat de werkgever op de factuur ziet' });
  await help.focus();
  await expect(page.getByRole('tooltip')).toContainText('Overige onderdelen');
  await expect(page.getByRole('tooltip')).toContainText('staan nooit op de factuur');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toBeHidden();
});
