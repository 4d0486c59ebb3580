/**
 * Steps shared by the e2e flows, driven by the Dutch screen texts as a counsellor reads them.
 * Not a spec itself (the config only runs *.spec.ts).
 */
import type { Page } from '@playwright/test';
import { expect, type AppFixture } from '../app/fixture';

/** The recovery code as the app shows it: eight groups of four Crockford base32 characters. */
export const CODE_FORMAT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/;

/** A full-page screenshot from the top (clicks may have scrolled the page). */
export async function shot(app: AppFixture, page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await app.screenshot(page, name);
}

/** First run with a strong passphrase; returns the recovery code on screen. */
export async function createCaseFile(page: Page, passphrase: string): Promise<string> {
  await expect(page.getByTestId('screen-first-run')).toBeVisible();
  await page.getByLabel('Wachtwoord', { exact: true }).fill(passphrase);
  await page.getByLabel('Herhaal wachtwoord', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  await expect(page.getByTestId('screen-recovery')).toBeVisible();
  return readRecoveryCode(page);
}

/** The recovery code on screen (first run or Settings), checked for its format. */
export async function readRecoveryCode(page: Page): Promise<string> {
  const code = (await page.getByTestId('recovery-code').textContent()) ?? '';
  expect(code).toMatch(CODE_FORMAT);
  return code;
}

/** Fills in the recovery-code check: the last group, and the "kept safely" box. */
export async function fillRecoveryCheck(page: Page, code: string): Promise<void> {
  await page.getByLabel('Laatste groep van de herstelcode').fill(code.split('-').at(-1)!);
  await page.getByLabel('Ik heb de herstelcode veilig bewaard').check();
}

/**
 * Runs `action`, which ends in the unlocked app, and returns main's answer to the
 * getRecoveryCodeState call the app makes when it opens, so a test can tell "no warning" from
 * "not read yet".
 */
export async function recoveryStateAfter(
  app: AppFixture,
  page: Page,
  action: () => Promise<unknown>,
): Promise<boolean> {
  const answer = app.answerTo(page, 'getRecoveryCodeState');
  await action();
  // The app shell is showing, so it has asked (it does on mount).
  await expect(page.getByTestId('lock-button')).toBeVisible();
  const body = await answer.result();
  expect(body.ok, JSON.stringify(body)).toBe(true);
  return body.ok && body.value.confirmed;
}

/** Confirms the first-run recovery code: Home follows, without the "not confirmed" card. */
export async function confirmRecoveryCode(
  app: AppFixture,
  page: Page,
  code: string,
): Promise<void> {
  await fillRecoveryCheck(page, code);
  const confirmed = await recoveryStateAfter(app, page, () =>
    page.getByRole('button', { name: 'Verder' }).click(),
  );
  expect(confirmed).toBe(true);
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await expect(page.getByTestId('recovery-unconfirmed')).toHaveCount(0);
  await skipTour(page);
}

/**
 * Skips the first-run tour a new case file shows, as a counsellor who knows the app would, and
 * waits until the case file has it as done: after a lock or reload it stays away.
 */
export async function skipTour(page: Page): Promise<void> {
  const tour = page.getByTestId('tour');
  await expect(tour).toBeVisible();
  await tour.getByRole('button', { name: 'Rondleiding overslaan' }).click();
  await expect(tour).toHaveCount(0);
  await expect.poll(() => tourDone(page)).toBe(true);
}

/** Whether the open case file has the tour as finished or skipped (asked of main). */
export async function tourDone(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const { vp } = window as unknown as {
      vp: { getTourState(input: object): Promise<{ ok: boolean; value?: { done: boolean } }> };
    };
    const answer = await vp.getTourState({});
    return answer.ok && answer.value?.done === true;
  });
}

export async function lock(page: Page): Promise<void> {
  await page.getByTestId('lock-button').click();
  await expect(page.getByTestId('screen-unlock')).toBeVisible();
}

export async function unlock(page: Page, passphrase: string): Promise<void> {
  const field = page.getByLabel('Wachtwoord', { exact: true });
  await field.fill(passphrase);
  await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
}

export async function unlockWithRecoveryCode(page: Page, code: string): Promise<void> {
  await page.getByRole('button', { name: 'Herstelcode gebruiken' }).click();
  await page.getByLabel('Herstelcode', { exact: true }).fill(code);
  await page.getByRole('button', { name: 'Ontgrendelen met herstelcode' }).click();
}

/**
 * What the desktop app does when the system sleeps or the screen locks: main locks the case
 * file and reloads the page (main/electron/lock.ts). Whatever the page held is gone. The same
 * in both drivers: window.vp over HTTP or IPC, then a reload of the app's page.
 */
export async function lockAndReload(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const { vp } = window as unknown as { vp: { lock(input: object): Promise<unknown> } };
    await vp.lock({});
  });
  await page.reload();
}
