/**
 * The automatic lock and the wait after wrong passphrases, from a counsellor's point of view.
 * The page's clock is Playwright's (installed before the app loads, then moved on by hand), so
 * minutes of idle time pass at once; it keeps running at normal speed in between. Main runs on
 * the real clock: the waits after wrong passphrases are seconds, and are waited out for real.
 */
import type { Page } from '@playwright/test';
import type { VpApi } from '../../shared/api';
import { expect, test } from '../app/fixture';
import { confirmRecoveryCode, createCaseFile, lock, shot, unlock } from './steps';

const PASSPHRASE = 'de kat slaapt graag op de warme vensterbank';
const NOTE = 'Melder vertelt over het gesprek met de teamleider van vorige week.';
const IDLE_MINUTES = 2;

/** The page's clock under the test's hand, from the first script of the app on. */
async function installClock(page: Page): Promise<void> {
  await page.clock.install();
  await page.reload();
}

/** An organisation, a case and the idle-lock setting, through main as the screens would. */
async function prepareCase(page: Page): Promise<string> {
  const caseNumber = await page.evaluate(async (minutes) => {
    const { vp } = window as unknown as { vp: VpApi };
    const organisation = await vp.createOrganisation({ legalName: 'Stichting Welzijn Oost' });
    if (!organisation.ok) return null;
    const kase = await vp.recordIntake({
      organisationId: organisation.value.id,
      requestedAt: new Date(Date.now() - 86_400_000).toISOString(),
      channel: 'email',
      reporter: { anonymous: true },
      reporterRole: 'manager',
      behaviours: ['gossip'],
      consent: 'nothing',
    });
    const settings = await vp.saveSafetySettings({
      backupReminderDays: 7,
      retentionMonthsAfterClosing: 18,
      idleLockMinutes: minutes,
    });
    return kase.ok && settings.ok ? kase.value.caseNumber : null;
  }, IDLE_MINUTES);
  expect(caseNumber).not.toBeNull();
  return caseNumber!;
}

async function openCase(page: Page, caseNumber: string): Promise<void> {
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.getByRole('button', { name: 'Meldingen', exact: true }).click();
  await page.getByTestId('case-row').filter({ hasText: caseNumber }).click();
  await expect(
    page.getByRole('heading', { name: `Melding ${caseNumber}`, level: 1 }),
  ).toBeVisible();
}

async function mainState(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const { vp } = window as unknown as { vp: VpApi };
    const status = await vp.getCaseFileStatus({});
    return status.ok ? status.value.state : 'error';
  });
}

test('idle past the setting locks the app, input postpones it, and the draft comes back', async ({
  page,
  app,
}) => {
  await installClock(page);
  const code = await createCaseFile(page, PASSPHRASE);
  await confirmRecoveryCode(app, page, code);
  const caseNumber = await prepareCase(page);
  // The app shell reads the setting when it opens: after a reload, as after an unlock.
  await page.reload();
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await openCase(page, caseNumber);

  // Input before the term postpones the lock: counted from the last input, not the first.
  await page.clock.fastForward('01:30');
  await page.mouse.move(200, 200);
  await page.mouse.move(260, 240);
  await page.clock.fastForward('01:00');
  await expect(page.getByTestId('lock-button')).toBeVisible();
  expect(await mainState(page)).toBe('unlocked');

  // A note typed, then two minutes without input: locked, and nothing of the case on screen.
  const noteForm = page.getByTestId('note-form');
  await noteForm.getByLabel('Notitie', { exact: true }).fill(NOTE);
  await page.clock.fastForward(`0${IDLE_MINUTES}:01`);
  await expect(page.getByTestId('screen-unlock')).toBeVisible();
  await expect(page.getByText(caseNumber)).toHaveCount(0);
  await expect(page.getByText(NOTE)).toHaveCount(0);
  expect(await mainState(page)).toBe('locked');
  await shot(app, page, 'idle-locked');

  // After unlocking, the note's draft (saved, encrypted, before the lock) is offered back.
  await unlock(page, PASSPHRASE);
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await openCase(page, caseNumber);
  const offer = page.getByTestId('draft-offer');
  await expect(offer).toContainText('Er is een concept van');
  await offer.getByRole('button', { name: 'Verdergaan' }).click();
  await expect(noteForm.getByLabel('Notitie', { exact: true })).toHaveValue(NOTE);
});

test('wrong passphrases make the next attempt wait longer, counted down; the right one opens', async ({
  page,
  app,
}) => {
  await installClock(page);
  const code = await createCaseFile(page, PASSPHRASE);
  await confirmRecoveryCode(app, page, code);
  await lock(page);

  const submit = page.getByRole('button', { name: 'Ontgrendelen', exact: true });
  const wait = page.getByTestId('unlock-wait');

  // Three wrong passphrases: no wait, only the message.
  for (let attempt = 1; attempt <= 3; attempt++) {
    await unlock(page, `${PASSPHRASE} ${attempt}`);
    await expect(page.getByTestId('error-alert')).toContainText('Het wachtwoord klopt niet');
    await expect(submit).toBeEnabled();
    await expect(wait).toHaveCount(0);
  }

  // The fourth: a wait of a second, counted down, with the button off until it is over.
  await unlock(page, `${PASSPHRASE} 4`);
  await expect(wait).toContainText('Even geduld');
  await expect(wait).toContainText('U kunt het over 1 seconde opnieuw proberen.');
  await expect(wait).toContainText('Uw dossier blijft gewoon bewaard.');
  await expect(submit).toBeDisabled();
  await expect(submit).toBeEnabled();
  await expect(wait).toHaveCount(0);
  await expect(
    page.getByRole('status').filter({ hasText: 'U kunt het nu opnieuw proberen.' }),
  ).toHaveCount(1);

  // The fifth and sixth: two, then four seconds.
  await unlock(page, `${PASSPHRASE} 5`);
  await expect(wait).toContainText(/over 2 seconden|over 1 seconde/);
  await expect(submit).toBeEnabled();
  await unlock(page, `${PASSPHRASE} 6`);
  await expect(wait).toContainText(/over [1-4] seconden?/);
  await expect(submit).toBeDisabled();
  await shot(app, page, 'unlock-wait');

  // Main holds the wait: a page that skips the button is refused without a key being derived.
  const early = await page.evaluate(async (passphrase) => {
    const { vp } = window as unknown as { vp: VpApi };
    const result = await vp.unlock({ passphrase });
    return result.ok ? 'opened' : result.error.code;
  }, PASSPHRASE);
  expect(early).toBe('UNLOCK_DELAYED');

  // No lockout: once the wait is over, the right passphrase opens the case file.
  await expect(submit).toBeEnabled({ timeout: 15_000 });
  await unlock(page, PASSPHRASE);
  await expect(page.getByTestId('screen-home')).toBeVisible();
});

test('the wait survives a reload of the window, since main holds it', async ({ page, app }) => {
  await installClock(page);
  const code = await createCaseFile(page, PASSPHRASE);
  await confirmRecoveryCode(app, page, code);
  await lock(page);
  // Through main directly: seven wrong attempts, each after the last wait, leave a wait of 8 s.
  const failures = await page.evaluate(async (passphrase) => {
    const { vp } = window as unknown as { vp: VpApi };
    for (let attempt = 1; attempt <= 7; attempt++) {
      for (;;) {
        const result = await vp.unlock({ passphrase: `${passphrase} ${attempt}` });
        if (result.ok || result.error.code !== 'UNLOCK_DELAYED') break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    const delay = await vp.getUnlockDelay({});
    return delay.ok ? delay.value.failures : -1;
  }, PASSPHRASE);
  expect(failures).toBe(7);

  await page.reload();
  await expect(page.getByTestId('screen-unlock')).toBeVisible();
  await expect(page.getByTestId('unlock-wait')).toContainText(/over \d seconden?/);
  await expect(page.getByRole('button', { name: 'Ontgrendelen', exact: true })).toBeDisabled();
});

test('a screen lock asks the page first: the draft typed a moment before is kept', async ({
  page,
  app,
}) => {
  const code = await createCaseFile(page, PASSPHRASE);
  await confirmRecoveryCode(app, page, code);
  const caseNumber = await prepareCase(page);
  await openCase(page, caseNumber);

  // Typed, and at once the screen is locked: main sends the page its 'lock' command (the
  // preload passes it on as this DOM event), before autosave's second has passed.
  const noteForm = page.getByTestId('note-form');
  await noteForm.getByLabel('Notitie', { exact: true }).fill(NOTE);
  await page.evaluate(() => window.dispatchEvent(new Event('vp-menu-command:lock')));
  await expect(page.getByTestId('screen-unlock')).toBeVisible();
  await expect(page.getByText(NOTE)).toHaveCount(0);
  expect(await mainState(page)).toBe('locked');

  await unlock(page, PASSPHRASE);
  await openCase(page, caseNumber);
  const offer = page.getByTestId('draft-offer');
  await expect(offer).toContainText('Er is een concept van');
  await offer.getByRole('button', { name: 'Verdergaan' }).click();
  await expect(noteForm.getByLabel('Notitie', { exact: true })).toHaveValue(NOTE);
});
