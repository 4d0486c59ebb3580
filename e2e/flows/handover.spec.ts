/**
 * Handover (overdracht) from a counsellor's point of view, in Instellingen › Meldingen
 * overdragen: find an open case, hand it over with a passphrase for the successor (typed
 * twice, with the reporters' consent), see it marked as handed over, and find that a package
 * cannot be read back into the case file it came from. The organisation and cases are made
 * through window.vp; the harness "chooses" its backups folder for the package.
 */
import type { Page } from '@playwright/test';
import type { VpApi } from '../../shared/api';
import { expect, test } from '../app/fixture';
import { expectNoSeriousViolations } from './a11y';
import { confirmRecoveryCode, createCaseFile, shot } from './steps';

const PASSPHRASE = 'de reiger staat stil in de slootkant';
const SUCCESSOR = 'zeven blauwe vlinders boven Lemmer';

/** An organisation with two open cases, each with a note. */
async function seedCases(page: Page): Promise<void> {
  const ok = await page.evaluate(async () => {
    const { vp } = window as unknown as { vp: VpApi };
    const org = await vp.createOrganisation({ legalName: 'Zuivelcoöperatie De Eendracht' });
    if (!org.ok) return false;
    for (const day of ['02', '03']) {
      const kase = await vp.recordIntake({
        organisationId: org.value.id,
        requestedAt: `2026-11-${day}T09:00:00+01:00`,
        channel: 'phone',
        reporter: { anonymous: true },
        reporterRole: 'employee',
        behaviours: ['bullying'],
        consent: 'nothing',
      });
      if (!kase.ok) return false;
      const note = await vp.addNote({
        caseId: kase.value.id,
        note: {
          kind: 'conversation',
          occurredAt: `2026-11-${day}T11:00:00+01:00`,
          durationMinutes: 30,
          body: 'Eerste gesprek over de sfeer op de afdeling.',
        },
      });
      if (!note.ok) return false;
    }
    return true;
  });
  expect(ok).toBe(true);
}

test('hand an open case over with a passphrase for the successor, then see it marked', async ({
  page,
  app,
}) => {
  const code = await createCaseFile(page, PASSPHRASE);
  await confirmRecoveryCode(app, page, code);
  await seedCases(page);
  await page.getByRole('button', { name: 'Instellingen', exact: true }).click();
  const card = page.getByTestId('handover-card');
  await expect(card.getByRole('heading', { name: 'Meldingen overdragen' })).toBeVisible();
  await expect(card).toContainText('Contracten, uren en facturen blijven bij u');

  // Find the case by its number and choose it.
  const table = card.getByTestId('handover-cases');
  await expect(table.getByRole('row')).toHaveCount(3);
  await card.getByLabel('Zoeken op meldingsnummer of organisatie').fill('002');
  await expect(table.getByRole('row')).toHaveCount(2);
  await card.getByRole('checkbox', { name: 'Melding 2026-002 kiezen' }).check();
  await card.getByLabel('Zoeken op meldingsnummer of organisatie').fill('');
  await expect(card.getByTestId('handover-selected')).toHaveText('1 van 2 gekozen');

  // Without the reporters' consent nothing is saved; what was typed stays.
  const form = card.getByTestId('handover-export-form');
  await form.getByLabel('Wachtwoord voor uw opvolger', { exact: true }).fill(SUCCESSOR);
  await form.getByLabel('Herhaal het wachtwoord', { exact: true }).fill(SUCCESSOR);
  await expect(form).toContainText('Vertel uw opvolger dit wachtwoord zelf');
  await form.getByRole('button', { name: 'Overdracht opslaan' }).click();
  await expect(form).toContainText('alleen over met toestemming van de melder');
  await expect(form.getByLabel('Wachtwoord voor uw opvolger', { exact: true })).toHaveValue(
    SUCCESSOR,
  );

  await form.getByRole('checkbox', { name: /toestemming gegeven/ }).check();
  await form.getByRole('button', { name: 'Overdracht opslaan' }).click();
  const saved = card.getByTestId('handover-saved');
  await expect(saved).toContainText('VP Dossier overdracht');
  await expect(saved).toContainText('2026-002');
  // The passphrase is shown nowhere afterwards; the case stays, marked.
  await expect(form.getByLabel('Wachtwoord voor uw opvolger', { exact: true })).toHaveValue('');
  const row = table.getByRole('row', { name: /2026-002/ });
  await expect(row.getByTestId('handed-over-badge')).toContainText('Overgedragen op');
  await expect(
    table.getByRole('row', { name: /2026-001/ }).getByTestId('handed-over-badge'),
  ).toHaveCount(0);
  await shot(app, page, 'settings-handover');
  await expectNoSeriousViolations(page, 'settings-handover');

  // Reading it in: a wrong passphrase is said at the field; the right one is refused here,
  // because the package came from this very case file.
  const importForm = card.getByTestId('handover-import-form');
  const secret = importForm.getByLabel('Wachtwoord van de overdracht', { exact: true });
  await secret.fill('verkeerde wachtwoordzin');
  await importForm.getByRole('button', { name: 'Map kiezen en inlezen' }).click();
  await expect(importForm).toContainText('Het wachtwoord klopt niet');
  await secret.fill(SUCCESSOR);
  await importForm.getByRole('button', { name: 'Map kiezen en inlezen' }).click();
  await expect(importForm.getByTestId('error-alert')).toContainText('vanuit dit dossier zelf');
});
