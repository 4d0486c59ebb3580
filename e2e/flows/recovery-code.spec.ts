/**
 * A recovery code that was never confirmed: the app locked (and reloaded) while the code was on
 * screen, as the desktop app does when the system sleeps. After unlocking, Home says so, and
 * Settings makes a new code that replaces the old one.
 */
import { expect, test } from '../app/fixture';
import {
  createCaseFile,
  fillRecoveryCheck,
  lock,
  lockAndReload,
  readRecoveryCode,
  recoveryStateAfter,
  shot,
  unlock,
  unlockWithRecoveryCode,
} from './steps';

const PASSPHRASE = 'de kat slaapt graag op de warme vensterbank';
const NEW_PASSPHRASE = 'paars fietsje zingt zachtjes onder de brug';

test('a recovery code lost to a reload is noticed and replaced', async ({ page, app }) => {
  const firstCode = await createCaseFile(page, PASSPHRASE);

  // The system sleeps while the code is on screen: locked, reloaded, the code is gone.
  await lockAndReload(page);
  await expect(page.getByTestId('screen-unlock')).toBeVisible();
  await expect(page.getByTestId('recovery-code')).toHaveCount(0);

  // After unlocking, Home asks for a new code, in words (not by colour alone).
  const confirmed = await recoveryStateAfter(app, page, () => unlock(page, PASSPHRASE));
  expect(confirmed).toBe(false);
  await expect(page.getByTestId('screen-home')).toBeVisible();
  const warning = page.getByTestId('recovery-unconfirmed');
  await expect(warning).toBeVisible();
  await expect(
    warning.getByRole('heading', { name: 'Uw herstelcode is nog niet bevestigd' }),
  ).toBeVisible();
  await expect(warning).toContainText('kunt u het dossier niet meer openen');
  await shot(app, page, 'home-recovery-unconfirmed');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(app, page, 'home-recovery-unconfirmed-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  // 200 % zoom of a 1280 × 800 window: the card wraps, nothing is cut off.
  await page.setViewportSize({ width: 640, height: 400 });
  await expect(warning.getByRole('button', { name: 'Nieuwe herstelcode maken' })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(app, page, 'home-recovery-unconfirmed-zoom-200');
  await page.setViewportSize({ width: 1280, height: 800 });

  // The button leads straight to the section in Settings, with focus on its heading.
  await warning.getByRole('button', { name: 'Nieuwe herstelcode maken' }).click();
  await expect(page.getByTestId('screen-settings')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Herstelcode', exact: true })).toBeFocused();
  const form = page.getByTestId('renew-recovery-form');
  const passphrase = form.getByLabel('Uw huidige wachtwoord', { exact: true });
  await expect(passphrase).toBeVisible();
  await expect(page.getByText('Uw oude herstelcode werkt daarna niet meer.')).toBeVisible();
  await shot(app, page, 'settings-recovery-code');

  // A wrong passphrase: the catalogue message, announced; the field cleared, focus kept.
  await passphrase.fill('dit is niet mijn wachtwoord');
  await form.getByRole('button', { name: 'Nieuwe herstelcode maken' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'Het wachtwoord klopt niet. Controleer hoofdletters en probeer het opnieuw.',
  );
  await expect(passphrase).toHaveValue('');
  await expect(passphrase).toBeFocused();
  await shot(app, page, 'settings-renew-wrong-passphrase');

  // The right passphrase: a new code, shown with the same step as after first run.
  await passphrase.fill(PASSPHRASE);
  await form.getByRole('button', { name: 'Nieuwe herstelcode maken' }).click();
  await expect(page.getByRole('heading', { name: 'Uw nieuwe herstelcode' })).toBeFocused();
  await expect(form).toHaveCount(0);
  const newCode = await readRecoveryCode(page);
  expect(newCode).not.toBe(firstCode);
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Verder' })).toBeDisabled();
  await shot(app, page, 'settings-renew-code');

  // Printing shows only the sheet with the code: no menu, no other settings.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByTestId('screen-settings')).toBeHidden();
  await expect(page.getByText('Herstelcode VP Dossier')).toBeVisible();
  await shot(app, page, 'settings-renew-code-print');
  await page.emulateMedia({ media: 'screen' });

  await fillRecoveryCheck(page, newCode);
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByTestId('toast')).toContainText('Uw nieuwe herstelcode is bevestigd');
  await expect(page.getByTestId('recovery-code')).toHaveCount(0);
  expect(await page.locator('body').textContent()).not.toContain(newCode);
  await expect(page.getByRole('heading', { name: 'Herstelcode', exact: true })).toBeFocused();
  await expect(form.getByLabel('Uw huidige wachtwoord', { exact: true })).toHaveValue('');
  await expect(page.getByText('Uw huidige herstelcode is nog niet bevestigd.')).toHaveCount(0);
  await shot(app, page, 'settings-renew-confirmed');

  // Home no longer warns.
  await page.getByRole('button', { name: 'Home' }).click();
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await expect(page.getByTestId('recovery-unconfirmed')).toHaveCount(0);

  // The old code no longer opens the case file; the new one does.
  await lock(page);
  await unlockWithRecoveryCode(page, firstCode);
  await expect(page.getByTestId('error-alert')).toHaveText(
    'De herstelcode klopt niet. Controleer de code op uw afdruk en probeer het opnieuw.',
  );
  await page.getByLabel('Herstelcode', { exact: true }).fill(newCode);
  const stillConfirmed = await recoveryStateAfter(app, page, () =>
    page.getByRole('button', { name: 'Ontgrendelen met herstelcode' }).click(),
  );
  expect(stillConfirmed).toBe(true);
  await expect(page.getByTestId('screen-settings')).toBeVisible();
  await expect(page.getByText('Uw herstelcode is al ingevuld.')).toBeVisible();
});

test('after a recovery-code unlock, the warning waits for the new passphrase', async ({
  page,
  app,
}) => {
  const code = await createCaseFile(page, PASSPHRASE);
  await lockAndReload(page);
  await expect(page.getByTestId('screen-unlock')).toBeVisible();

  // The passphrase is "forgotten": the code (kept after all) opens the case file.
  await unlockWithRecoveryCode(page, code);
  await expect(page.getByTestId('screen-settings')).toBeVisible();
  // Without a passphrase no new code can be made yet; Settings says what comes first.
  await expect(page.getByTestId('renew-recovery-form')).toHaveCount(0);
  await expect(page.getByText('Kies eerst hierboven een nieuw wachtwoord.')).toBeVisible();
  await shot(app, page, 'settings-recovery-code-after-reset');

  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByLabel('Herhaal nieuw wachtwoord', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();

  // With the new passphrase set, Home asks for a new recovery code as after any unlock.
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await expect(page.getByText('U hebt het dossier geopend met uw herstelcode')).toHaveCount(0);
  await expect(page.getByTestId('recovery-unconfirmed')).toBeVisible();

  // A plain reload of the unlocked app reads the state again.
  await page.reload();
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await expect(page.getByTestId('recovery-unconfirmed')).toBeVisible();
});
