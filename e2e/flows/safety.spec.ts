/**
 * Keeping the case file safe, from a counsellor's point of view: Home asks for a first backup,
 * the backup is made from Settings and the reminder goes; the backup is restored (a wrong
 * passphrase first), the file as it was then is open and the current one kept beside it; a
 * case closed long ago is destroyed after its confirmation; the audit log is filtered by kind
 * and period. Cases and organisations are made through window.vp, as Meldingen has its own flow.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import type { VpApi } from '../../shared/api';
import { expect, test } from '../app/fixture';
import { expectNoSeriousViolations } from './a11y';
import { confirmRecoveryCode, createCaseFile, shot } from './steps';

const PASSPHRASE = 'de kat slaapt graag op de warme vensterbank';
const ORGANISATION = 'Stichting Welzijn Oost';
const AFTER_BACKUP = 'Na de back-up B.V.';

/** Today and tomorrow as YYYY-MM-DD in Dutch time (the audit log filters on Dutch days). */
function dutchDay(offsetDays: number): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + offsetDays * 86_400_000));
}

/** The organisations in the open case file, through main (only their names). */
async function organisationNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const { vp } = window as unknown as { vp: VpApi };
    const listed = await vp.listOrganisations({ includeArchived: true });
    return listed.ok ? listed.value.map((o) => o.legalName) : ['(not read)'];
  });
}

async function createOrganisation(page: Page, legalName: string): Promise<number> {
  const id = await page.evaluate(async (name) => {
    const { vp } = window as unknown as { vp: VpApi };
    const created = await vp.createOrganisation({ legalName: name });
    return created.ok ? created.value.id : null;
  }, legalName);
  expect(id).not.toBeNull();
  return id!;
}

/** A case requested on `requestedAt` and closed on `closedAt` (with its outcome). */
async function closedCase(
  page: Page,
  organisationId: number,
  requestedAt: string,
  closedAt: string,
): Promise<string> {
  const caseNumber = await page.evaluate(
    async ({ organisationId, requestedAt, closedAt }) => {
      const { vp } = window as unknown as { vp: VpApi };
      const kase = await vp.recordIntake({
        organisationId,
        requestedAt,
        channel: 'phone',
        reporter: { anonymous: false, name: 'Fatima el Amrani' },
        reporterRole: 'employee',
        behaviours: ['bullying'],
        consent: 'nothing',
      });
      if (!kase.ok) return null;
      const closed = await vp.changeCaseStatus({
        id: kase.value.id,
        status: 'closed',
        at: closedAt,
        outcome: 'informal_solution',
      });
      return closed.ok ? kase.value.caseNumber : null;
    },
    { organisationId, requestedAt, closedAt },
  );
  expect(caseNumber).not.toBeNull();
  return caseNumber!;
}

async function openSettings(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('button', { name: 'Instellingen' })
    .click();
  await expect(page.getByTestId('screen-settings')).toBeVisible();
}

async function openHome(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('button', { name: 'Home' })
    .click();
  await expect(page.getByTestId('screen-home')).toBeVisible();
}

test('make a backup, see the reminder go, and restore it with the current file kept', async ({
  page,
  app,
}) => {
  // Electron asks for the folder with the native dialog, which a test cannot answer; the
  // harness "chooses" its backups folder.
  test.skip(app.driver === 'electron', 'the native folder dialog cannot be answered');
  const code = await createCaseFile(page, PASSPHRASE);
  await confirmRecoveryCode(app, page, code);

  // Home: no backup yet, one click from where it is made.
  const reminder = page.getByTestId('due-backup');
  await expect(reminder).toContainText('Er is nog geen back-up van uw dossier gemaakt.');
  await shot(app, page, 'home-backup-due');
  await reminder.getByRole('button').click();
  await expect(page.getByTestId('screen-settings')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Back-ups', exact: true })).toBeFocused();
  const card = page.getByTestId('backup-card');
  await expect(card.getByTestId('backup-state')).toContainText(
    'Van dit dossier is nog geen back-up gemaakt.',
  );

  // The backup: main chooses the folder, the card names the folder made (never its path).
  await card.getByRole('button', { name: 'Nu een back-up maken' }).click();
  const made = card.getByTestId('backup-made');
  await expect(made).toContainText('De back-up is gemaakt en gecontroleerd, in de map');
  const folderName = /"(VP Dossier backup [^"]+)"/.exec((await made.textContent()) ?? '')?.[1];
  expect(folderName).toBeTruthy();
  expect(folderName).not.toContain('/');
  await expect(card.getByTestId('backup-state')).toContainText('Laatste back-up:');
  await shot(app, page, 'settings-backup-made');

  // Home: the reminder has gone.
  await openHome(page);
  await expect(page.getByTestId('due-backup')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Nog niets voor vandaag' })).toBeVisible();

  // Work after the backup, which the restore will take back.
  await createOrganisation(page, AFTER_BACKUP);
  expect(await organisationNames(page)).toEqual([AFTER_BACKUP]);

  // Restore: the dialog says what happens; a wrong passphrase is refused at its field.
  await openSettings(page);
  await page
    .getByTestId('backup-card')
    .getByRole('button', { name: 'Back-up terugzetten' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Back-up terugzetten' });
  await expect(dialog).toContainText('kopie met de datum van vandaag');
  await expect(dialog).toContainText('gold op de dag dat de back-up is gemaakt');
  const secret = dialog.getByLabel('Wachtwoord van de back-up', { exact: true });
  await expect(secret).toBeFocused();
  await dialog.getByRole('button', { name: 'Map kiezen en terugzetten' }).click();
  await expect(dialog).toContainText('Vul dit veld in.');
  await secret.fill('dit is niet het wachtwoord van toen');
  await dialog.getByRole('button', { name: 'Map kiezen en terugzetten' }).click();
  await expect(dialog).toContainText('Het wachtwoord klopt niet');
  await expect(secret).toHaveValue('');
  await shot(app, page, 'settings-restore-dialog');
  await expectNoSeriousViolations(page, 'settings-restore-dialog');
  await secret.fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Map kiezen en terugzetten' }).click();

  // The restored file is open at Home; the previous one is kept beside it, by name.
  await expect(page.getByTestId('screen-home')).toBeVisible();
  const done = page.getByTestId('restore-done');
  await expect(done).toContainText(`Het dossier uit de back-up "${folderName}" is teruggezet`);
  await expect(done.getByTestId('restore-kept')).toContainText('Uw vorige dossier is bewaard in');
  const keptAs = /"([^"]+)"/.exec(
    (await done.getByTestId('restore-kept').textContent()) ?? '',
  )?.[1];
  expect(keptAs).toMatch(/before-restore/);
  await shot(app, page, 'home-restored');
  expect(await organisationNames(page)).toEqual([]);
  await expect(page.getByTestId('due-backup')).toHaveCount(0);
  const beside = join(dirname(app.caseFileFolder), keptAs!);
  expect((await stat(beside)).isDirectory()).toBe(true);
  expect((await readdir(beside)).sort()).toContain('dossier.vpkey');
  // The kept copy lies outside the folder the fixture removes.
  await rm(beside, { recursive: true, force: true });

  // The audit log of the restored file: the restore, with how it was opened.
  await openSettings(page);
  const audit = page.getByTestId('audit-card');
  await audit
    .getByRole('combobox', { name: 'Soort' })
    .selectOption({ label: 'Back-up teruggezet' });
  await audit.getByRole('button', { name: 'Tonen' }).click();
  const rows = audit.getByTestId('audit-table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('met wachtwoord');
  await expect(rows.first()).toContainText(`map "${folderName}"`);
});

test('destroy a case past its retention term after confirming, and filter the audit log', async ({
  page,
  app,
}) => {
  const code = await createCaseFile(page, PASSPHRASE);
  await confirmRecoveryCode(app, page, code);
  const organisationId = await createOrganisation(page, ORGANISATION);
  const old = await closedCase(
    page,
    organisationId,
    '2023-01-10T09:30:00+01:00',
    '2023-02-01T12:00:00+01:00',
  );
  // Closed today: within its term, so not offered.
  const recent = await closedCase(
    page,
    organisationId,
    `${dutchDay(-3)}T09:30:00+01:00`,
    new Date().toISOString(),
  );
  await page.reload();

  // Home: the case past its term, one click from the card where it is handled.
  const reminder = page.getByTestId('due-retention');
  await expect(reminder).toContainText('1 afgesloten melding is over haar bewaartermijn.');
  await reminder.getByRole('button').click();
  await expect(page.getByRole('heading', { name: 'Bewaartermijn', exact: true })).toBeFocused();
  const card = page.getByTestId('retention-card');
  await expect(card).toContainText('De AVG noemt geen vaste bewaartermijn');
  await expect(card).toContainText('Uw bewaartermijn: 18 maanden na het afsluiten.');

  // The list: case number, organisation, closed on, kept until; nothing of the case itself.
  const rows = card.getByTestId('retention-table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(old);
  await expect(rows.first()).toContainText(ORGANISATION);
  await expect(rows.first()).toContainText('1 februari 2023');
  await expect(rows.first()).toContainText('1 augustus 2024');
  await expect(card).not.toContainText(recent);
  await expect(card).not.toContainText('Fatima');
  const destroy = card.getByRole('button', { name: 'Vernietigen', exact: true });
  await expect(destroy).toBeDisabled();
  await card.getByRole('checkbox', { name: 'Alle meldingen kiezen' }).check();
  await expect(card.getByRole('checkbox', { name: `Melding ${old} kiezen` })).toBeChecked();
  await expect(card.getByTestId('retention-selected')).toHaveText('1 van 1 gekozen');
  await shot(app, page, 'settings-retention');
  await expectNoSeriousViolations(page, 'settings-retention');

  // The confirmation names how many, says it cannot be undone, and warns about old backups.
  await destroy.click();
  const dialog = page.getByRole('dialog', { name: 'Meldingen vernietigen' });
  await expect(dialog.getByTestId('destroy-count')).toHaveText(`U vernietigt 1 melding: ${old}.`);
  await expect(dialog).toContainText('Dit kan niet ongedaan worden gemaakt.');
  await expect(dialog).toContainText('oudere back-ups bevatten deze meldingen nog');
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await shot(app, page, 'settings-destroy-dialog');
  await expectNoSeriousViolations(page, 'settings-destroy-dialog');
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(rows).toHaveCount(1);
  await destroy.click();
  await dialog.getByRole('button', { name: 'Definitief vernietigen' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card.getByTestId('destroy-result')).toContainText(
    `1 melding is vernietigd: ${old}.`,
  );
  await expect(
    card.getByRole('heading', { name: 'Geen meldingen over hun bewaartermijn' }),
  ).toBeVisible();

  // The audit log: the destruction by its case number; filtered by kind and by period.
  const audit = page.getByTestId('audit-card');
  const entries = audit.getByTestId('audit-table').locator('tbody tr');
  await expect(entries.filter({ hasText: `melding ${old}` })).toHaveCount(1);
  await audit
    .getByRole('combobox', { name: 'Soort' })
    .selectOption({ label: 'Melding vernietigd' });
  await audit.getByLabel('Van', { exact: true }).fill(dutchDay(0));
  await audit.getByLabel('Tot en met', { exact: true }).fill(dutchDay(0));
  await audit.getByRole('button', { name: 'Tonen' }).click();
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Melding vernietigd');
  await expect(entries.first()).not.toContainText('Fatima');
  await shot(app, page, 'settings-audit-log');
  await expectNoSeriousViolations(page, 'settings-audit-log');

  // A period that ends before it starts is refused at its end; a later period has nothing.
  await audit.getByLabel('Van', { exact: true }).fill(dutchDay(1));
  await audit.getByRole('button', { name: 'Tonen' }).click();
  await expect(audit).toContainText('Deze datum ligt vóór de begindatum.');
  await expect(entries).toHaveCount(1);
  await audit.getByLabel('Tot en met', { exact: true }).fill(dutchDay(2));
  await audit.getByRole('button', { name: 'Tonen' }).click();
  await expect(audit.getByRole('heading', { name: 'Geen gebeurtenissen' })).toBeVisible();
  await audit.getByRole('button', { name: 'Filter wissen' }).click();
  await expect(entries.filter({ hasText: `melding ${old}` })).toHaveCount(1);

  // Home: nothing past its term any more.
  await openHome(page);
  await expect(page.getByTestId('due-retention')).toHaveCount(0);
});

test('a restore is offered on first run and on the unlock screen', async ({ page, app }) => {
  test.skip(app.driver === 'electron', 'the native folder dialog cannot be answered');
  // First run on a new laptop: no case file to keep; with no backup chosen, nothing changes.
  await expect(page.getByTestId('screen-first-run')).toBeVisible();
  const offer = page.getByTestId('first-run-restore');
  await expect(offer).toContainText('Al een dossier op een andere laptop?');
  await offer.getByRole('button', { name: 'Back-up terugzetten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Back-up terugzetten' });
  await expect(dialog).toContainText('Op deze laptop staat nog geen dossier.');
  await dialog.getByRole('radio', { name: 'Herstelcode' }).check();
  await dialog.getByLabel('Herstelcode van de back-up', { exact: true }).fill('7KQ2-M9XD');
  await dialog.getByRole('button', { name: 'Map kiezen en terugzetten' }).click();
  await expect(dialog.getByTestId('restore-no-folder')).toHaveText(
    'Er is geen back-up gekozen. Er is niets veranderd.',
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('screen-first-run')).toBeVisible();

  // Locked: the unlock screen offers it too, and says the current file is kept.
  const code = await createCaseFile(page, PASSPHRASE);
  await confirmRecoveryCode(app, page, code);
  await page.getByTestId('lock-button').click();
  await expect(page.getByTestId('screen-unlock')).toBeVisible();
  await page.getByRole('button', { name: 'Back-up terugzetten' }).click();
  await expect(dialog).toContainText('kopie met de datum van vandaag');
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('screen-unlock')).toBeVisible();
});
