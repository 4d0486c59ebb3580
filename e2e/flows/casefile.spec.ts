/**
 * The case file from a counsellor's point of view: create it, keep the recovery code, lock and
 * unlock, change the passphrase, and get back in with the recovery code. Driven by role and
 * label (the Dutch screen texts), with a screenshot of every screen in e2e/screenshots/.
 */
import { expect, test } from '../app/fixture';
import {
  CODE_FORMAT,
  confirmRecoveryCode,
  createCaseFile,
  lock,
  recoveryStateAfter,
  shot,
  unlock,
} from './steps';

const FIRST = 'de kat slaapt graag op de warme vensterbank';
const SECOND = 'paars fietsje zingt zachtjes onder de brug';
const THIRD = 'lange wandeling langs de stille rivier vanavond';

test('create, lock, unlock, change the passphrase and recover with the recovery code', async ({
  page,
  app,
}) => {
  // First run: a calm explanation and a passphrase with a strength meter.
  await expect(page.getByTestId('screen-first-run')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nieuw dossier aanmaken' })).toBeVisible();
  await expect(page.getByLabel('Wachtwoord', { exact: true })).toBeFocused();
  await shot(app, page, 'first-run');

  await page.getByLabel('Wachtwoord', { exact: true }).fill('Welkom2024!');
  await expect(page.getByTestId('strength-meter')).toContainText(/Zwak|Redelijk/);
  await page.getByLabel('Herhaal wachtwoord', { exact: true }).fill('Welkom2024!');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  await expect(page.getByText('Gebruik minstens 12 tekens.')).toBeVisible();
  await shot(app, page, 'first-run-weak');

  await page.getByLabel('Wachtwoord', { exact: true }).fill(FIRST);
  await expect(page.getByTestId('strength-meter')).toContainText(/Sterk|Zeer sterk/);
  await expect(page.getByTestId('strength-meter')).toContainText('Sterk genoeg.');
  await page.getByLabel('Herhaal wachtwoord', { exact: true }).fill(FIRST);
  await shot(app, page, 'first-run-strong');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();

  // The recovery code, shown once, then confirmed.
  await expect(page.getByTestId('screen-recovery')).toBeVisible();
  const code = (await page.getByTestId('recovery-code').textContent()) ?? '';
  expect(code).toMatch(CODE_FORMAT);
  const next = page.getByRole('button', { name: 'Verder' });
  await expect(next).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
  await shot(app, page, 'recovery-code');

  await page.emulateMedia({ media: 'print' });
  await shot(app, page, 'recovery-code-print');
  await page.emulateMedia({ media: 'screen' });

  const lastGroup = code.split('-').at(-1)!;
  const confirmField = page.getByLabel('Laatste groep van de herstelcode');
  await confirmField.fill(lastGroup === 'ZZZZ' ? 'YYYY' : 'ZZZZ');
  await expect(page.getByText('Dit komt niet overeen met de herstelcode hierboven.')).toBeVisible();
  await confirmField.fill(lastGroup.toLowerCase());
  await expect(page.getByText('Klopt.')).toBeVisible();
  await expect(next).toBeDisabled();
  await page.getByLabel('Ik heb de herstelcode veilig bewaard').check();
  await expect(next).toBeEnabled();
  await shot(app, page, 'recovery-confirmed');
  // "Verder" records in the case file that the code is saved.
  expect(await recoveryStateAfter(app, page, () => next.click())).toBe(true);

  // Home: the code is gone for good, and nothing asks for a new one.
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await expect(page.getByTestId('recovery-unconfirmed')).toHaveCount(0);
  await expect(page.getByText('Uw herstelcode is nog niet bevestigd')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Vandaag', exact: true })).toBeVisible();
  await expect(page.getByTestId('recovery-code')).toHaveCount(0);
  expect(await page.locator('body').textContent()).not.toContain(code);
  await shot(app, page, 'home');

  // Jaarverslagen before any organisation: a calm word on the first step.
  await page.getByRole('button', { name: 'Jaarverslagen', exact: true }).click();
  await expect(page.getByTestId('reports-empty')).toContainText('Nog geen organisaties');
  await shot(app, page, 'reports-empty');

  // Lock, then a wrong passphrase: the Dutch message, the field cleared, focus kept.
  await lock(page);
  await shot(app, page, 'unlock');
  await unlock(page, 'dit is niet mijn wachtwoord');
  await expect(page.getByTestId('error-alert')).toContainText('Het wachtwoord klopt niet');
  await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Wachtwoord', { exact: true })).toBeFocused();
  await shot(app, page, 'unlock-wrong-passphrase');

  await unlock(page, FIRST);
  await expect(page.getByTestId('screen-home')).toBeVisible();

  // Settings: a wrong current passphrase keeps the new one as typed; then the change works.
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await expect(page.getByTestId('screen-settings')).toBeVisible();
  await shot(app, page, 'settings');
  await page.getByLabel('Huidig wachtwoord', { exact: true }).fill('niet het goede wachtwoord');
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(SECOND);
  await page.getByLabel('Herhaal nieuw wachtwoord', { exact: true }).fill(SECOND);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByText('Het wachtwoord klopt niet')).toBeVisible();
  await expect(page.getByLabel('Nieuw wachtwoord', { exact: true })).toHaveValue(SECOND);
  await expect(page.getByLabel('Herhaal nieuw wachtwoord', { exact: true })).toHaveValue(SECOND);
  await shot(app, page, 'settings-wrong-current');

  await page.getByLabel('Huidig wachtwoord', { exact: true }).fill(FIRST);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByTestId('toast')).toContainText('Uw wachtwoord is gewijzigd');
  await expect(page.getByLabel('Nieuw wachtwoord', { exact: true })).toHaveValue('');
  await shot(app, page, 'settings-saved');

  // Lock with the shortcut: the old passphrase no longer works, the new one does.
  await page.keyboard.press('Control+L');
  await expect(page.getByTestId('screen-unlock')).toBeVisible();
  await unlock(page, FIRST);
  await expect(page.getByTestId('error-alert')).toContainText('Het wachtwoord klopt niet');
  await unlock(page, SECOND);
  await expect(page.getByTestId('screen-home')).toBeVisible();

  // Forgotten passphrase: the recovery code opens the case file and leads to a new passphrase.
  await lock(page);
  await page.getByRole('button', { name: 'Herstelcode gebruiken' }).click();
  await expect(page.getByLabel('Herstelcode', { exact: true })).toBeFocused();
  await shot(app, page, 'unlock-recovery-code');
  await page.getByLabel('Herstelcode', { exact: true }).fill(code.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Ontgrendelen met herstelcode' }).click();
  await expect(page.getByTestId('screen-settings')).toBeVisible();
  await expect(
    page.getByText('U hebt het dossier geopend met uw herstelcode. Kies nu een nieuw wachtwoord.'),
  ).toBeVisible();
  await expect(page.getByText('Uw herstelcode is al ingevuld.')).toBeVisible();
  await expect(page.getByLabel('Huidig wachtwoord', { exact: true })).toHaveCount(0);
  await shot(app, page, 'settings-after-recovery');

  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(THIRD);
  await page.getByLabel('Herhaal nieuw wachtwoord', { exact: true }).fill(THIRD);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await expect(page.getByTestId('toast')).toContainText('Uw wachtwoord is gewijzigd');
  await expect(page.getByText('U hebt het dossier geopend met uw herstelcode')).toHaveCount(0);

  await lock(page);
  await unlock(page, THIRD);
  await expect(page.getByTestId('screen-home')).toBeVisible();
});

test('a wrong recovery code is refused with a clear message', async ({ page, app }) => {
  const code = await createCaseFile(page, FIRST);
  await confirmRecoveryCode(app, page, code);
  await lock(page);
  await page.getByRole('button', { name: 'Herstelcode gebruiken' }).click();
  const wrong = code.replace(/^./, (c) => (c === '2' ? '3' : '2'));
  await page.getByLabel('Herstelcode', { exact: true }).fill(wrong);
  await page.getByRole('button', { name: 'Ontgrendelen met herstelcode' }).click();
  await expect(page.getByTestId('error-alert')).toContainText('De herstelcode klopt niet');
  // The code stays, so a typo can be fixed.
  await expect(page.getByLabel('Herstelcode', { exact: true })).toHaveValue(wrong);
  await shot(app, page, 'unlock-wrong-recovery-code');

  await page.getByRole('button', { name: 'Terug naar wachtwoord' }).click();
  await unlock(page, FIRST);
  await expect(page.getByTestId('screen-home')).toBeVisible();
});

test('the language, a dark theme and 200 % zoom', async ({ page, app }) => {
  // English before unlocking, and back.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { name: 'Create a new case file' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await shot(app, page, 'first-run-en');
  await page.getByRole('button', { name: 'Overschakelen naar Nederlands' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuw dossier aanmaken' })).toBeVisible();

  const code = await createCaseFile(page, FIRST);
  await confirmRecoveryCode(app, page, code);

  // Settings: the language switch changes every screen, and survives a lock.
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
  await shot(app, page, 'settings-en');
  await page.getByTestId('lock-button').click();
  await expect(page.getByRole('heading', { name: 'Unlock case file' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill('not my passphrase at all');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByTestId('error-alert')).toContainText('The passphrase is not correct');
  await shot(app, page, 'unlock-en-wrong');
  await page.getByLabel('Passphrase', { exact: true }).fill(FIRST);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Nederlands' }).check();
  await page.getByRole('button', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { name: 'Vandaag', exact: true })).toBeVisible();

  // Dark theme.
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(app, page, 'home-dark');
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await shot(app, page, 'settings-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // 200 % zoom of a 1280 × 800 window: the sidebar becomes a bar, nothing is cut off.
  await page.setViewportSize({ width: 640, height: 400 });
  await page.getByRole('button', { name: 'Home' }).click();
  await expect(page.getByTestId('lock-button')).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(app, page, 'home-zoom-200');
  await page.getByTestId('lock-button').click();
  await expect(page.getByTestId('screen-unlock')).toBeVisible();
  await shot(app, page, 'unlock-zoom-200');
});
