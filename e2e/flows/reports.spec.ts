/**
 * Jaarverslagen from a counsellor's point of view: an organisation with seven cases last year
 * (one with a named reporter), its annual report previewed on screen with the case count, the
 * signals and advice typed in, the PDF shown and saved (read back with pdftotext: the
 * organisation and the advice in it, the reporter's name not; page 1 rendered to a
 * screenshot), the CSV shown and saved, and an advice that quotes the reporter stopped by the
 * leak guard with nothing saved. Practice, organisation and cases are set up through window.vp.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { VpApi } from '../../shared/api';
import { pdfPagePng, pdfText } from '../../main/exports/test-support/pdf-text';
import { expect, test } from '../app/fixture';
import { confirmRecoveryCode, createCaseFile, shot } from './steps';

const PASSPHRASE = 'de kat slaapt graag op de warme vensterbank';
const ORGANISATION = 'Gemeente Zwaluwdorp';
const REPORTER = { name: 'Sanne de Vries', phone: '06 1234 5678', email: 'sanne@example.nl' };
const CASES = 7;
const ADVICE =
  'Signalen: de werkdruk in de buitendienst wordt vaak genoemd. Advies: bespreek de omgangsregels in elk teamoverleg.';

/** Last year, in Dutch time. */
function lastYear(): number {
  const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' })
    .format(new Date())
    .slice(0, 4);
  return Number(year) - 1;
}

test('compose an annual report, export it without names, and stop an advice that names the reporter', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000);
  const year = lastYear();

  const code = await createCaseFile(page, PASSPHRASE);
  await confirmRecoveryCode(app, page, code);
  await page.evaluate(
    async ({ organisation, reporter, year, cases }) => {
      const { vp } = window as unknown as { vp: VpApi };
      const must = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string } }): T => {
        if (!r.ok) throw new Error(r.error.code);
        return r.value;
      };
      must(
        await vp.savePracticeSettings({
          name: 'Praktijk Vertrouwd B.V.',
          street: 'Oudegracht 12',
          postcode: '3511 AB',
          city: 'Utrecht',
          kvkNumber: '12345678',
          vatNumber: 'NL123456782B01',
          iban: 'NL91ABNA0417164300',
        }),
      );
      const org = must(
        await vp.createOrganisation({
          legalName: organisation,
          kvkNumber: '74567890',
          city: 'Assen',
          employeeCount: 95,
        }),
      );
      for (let i = 0; i < cases; i++) {
        const month = String(i + 2).padStart(2, '0');
        must(
          await vp.recordIntake({
            organisationId: org.id,
            requestedAt: `${year}-${month}-05T09:00:00+01:00`,
            channel: i % 2 === 0 ? 'phone' : 'email',
            reporter:
              i === 0
                ? {
                    anonymous: false,
                    name: reporter.name,
                    phone: reporter.phone,
                    email: reporter.email,
                  }
                : { anonymous: true },
            reporterRole: 'employee',
            behaviours: [i % 3 === 0 ? 'bullying' : 'gossip'],
            consent: 'nothing',
          }),
        );
      }
    },
    { organisation: ORGANISATION, reporter: REPORTER, year, cases: CASES },
  );
  await page.reload();
  await expect(page.getByTestId('screen-home')).toBeVisible();

  // Jaarverslagen: the organisation and last year are chosen for the counsellor.
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.getByRole('button', { name: 'Jaarverslagen', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Jaarverslagen', level: 1 })).toBeFocused();
  await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: ORGANISATION });
  await page.getByLabel('Jaar', { exact: true }).selectOption(String(year));
  await expect(page.getByRole('radio', { name: 'Nederlands' })).toBeChecked();

  const preview = page.getByTestId('report-preview');
  await expect(preview.getByRole('heading', { name: /^Voorbeeld:/ })).toContainText(ORGANISATION);
  const casesRow = preview.getByTestId('report-summary').getByRole('row', { name: /^Meldingen/ });
  await expect(casesRow).toContainText(String(CASES));
  await expect(preview.getByTestId('report-protection-note')).toContainText(
    'De werkgever ziet geen namen',
  );
  await expect(preview).toContainText('Hoe de cijfers zijn beschermd');
  await expect(preview.getByTestId('report-breakdown')).toContainText('Meldingen per onderdeel');
  await expect(preview.getByTestId('report-advice')).toContainText(
    'Geen signalen of advies opgenomen.',
  );
  expect((await preview.textContent()) ?? '').not.toContain(REPORTER.name);

  // The advice: autosaved as a draft; the preview shows it on demand.
  const advice = page.getByLabel('Signalen en advies', { exact: true });
  await advice.fill(ADVICE);
  await expect(page.getByTestId('report-advice-stale')).toBeVisible();
  await page.getByRole('button', { name: 'Voorbeeld bijwerken' }).click();
  await expect(preview.getByTestId('report-advice')).toContainText(ADVICE);
  await expect(page.getByTestId('report-advice-stale')).toHaveCount(0);
  await expect(page.getByTestId('autosave-status')).toContainText('Concept bewaard');
  await shot(app, page, 'reports-preview');

  // The PDF: its text shown, then saved.
  await page.getByRole('button', { name: 'PDF bekijken en opslaan' }).click();
  let exporter = page.getByRole('dialog', { name: 'PDF van het verslag' });
  const pdfDetails = exporter.getByTestId('export-pdf-text');
  await pdfDetails.getByText('Tekst in het bestand').click();
  await expect(pdfDetails.locator('pre')).toContainText(ORGANISATION);
  const shownText = (await pdfDetails.locator('pre').textContent()) ?? '';
  expect(shownText).not.toContain(REPORTER.name);
  const pdfName = ((await exporter.getByTestId('export-file-name').textContent()) ?? '').replace(
    'Bestandsnaam: ',
    '',
  );
  expect(pdfName).toMatch(/\.pdf$/);
  await shot(app, page, 'reports-export');
  await exporter.getByRole('button', { name: 'Opslaan…' }).click();
  await expect(exporter.getByTestId('export-saved')).toHaveText(`Opgeslagen als ${pdfName}`);
  if (app.exportsFolder) {
    const pdf = await readFile(join(app.exportsFolder, pdfName));
    const text = pdfText(pdf);
    expect(text).toContain(ORGANISATION);
    expect(text.replace(/\s+/g, ' ')).toContain('bespreek de omgangsregels');
    for (const value of [REPORTER.name, 'Sanne', REPORTER.phone, REPORTER.email]) {
      expect(text).not.toContain(value);
    }
    pdfPagePng(pdf, resolve(import.meta.dirname, '..', 'screenshots', 'report-pdf-page1.png'));
  }
  await exporter.getByRole('button', { name: 'Sluiten' }).click();
  await expect(exporter).toHaveCount(0);

  // The CSV: the text itself, read-only, then saved.
  await page.getByRole('button', { name: 'CSV bekijken en opslaan' }).click();
  exporter = page.getByRole('dialog', { name: 'CSV van het verslag' });
  const csv = exporter.getByRole('region', { name: 'Inhoud van het bestand' });
  await expect(csv).toContainText(String(year));
  expect((await csv.textContent()) ?? '').not.toContain(REPORTER.name);
  const csvName = ((await exporter.getByTestId('export-file-name').textContent()) ?? '').replace(
    'Bestandsnaam: ',
    '',
  );
  await exporter.getByRole('button', { name: 'Opslaan…' }).click();
  await expect(exporter.getByTestId('export-saved')).toHaveText(`Opgeslagen als ${csvName}`);
  if (app.exportsFolder) {
    const saved = await readFile(join(app.exportsFolder, csvName), 'utf8');
    expect(saved).not.toContain(REPORTER.name);
  }
  await exporter.getByRole('button', { name: 'Sluiten' }).click();

  // An advice that quotes the reporter: stopped, nothing saved, the typed text kept.
  const before = app.exportsFolder ? await readdir(app.exportsFolder) : [];
  const quoting = `${ADVICE} ${REPORTER.name} gaf aan dat het beter moet.`;
  await advice.fill(quoting);
  await page.getByRole('button', { name: 'PDF bekijken en opslaan' }).click();
  exporter = page.getByRole('dialog', { name: 'PDF van het verslag' });
  await expect(exporter.getByTestId('error-alert')).toContainText('Deze export is tegengehouden');
  await expect(exporter.getByRole('button', { name: 'Opslaan…' })).toHaveCount(0);
  await exporter.getByRole('button', { name: 'Sluiten' }).click();
  await expect(advice).toHaveValue(quoting);
  if (app.exportsFolder) expect(await readdir(app.exportsFolder)).toEqual(before);

  // The advice is kept as a draft in the case file: it is back after leaving the screen.
  await menu.getByRole('button', { name: 'Facturen', exact: true }).click();
  await menu.getByRole('button', { name: 'Jaarverslagen', exact: true }).click();
  await expect(advice).toHaveValue(quoting);

  // The practice's own overview of the year, across organisations.
  await page.getByRole('button', { name: 'Jaaroverzicht van de praktijk' }).click();
  const overview = page.getByTestId('overview-preview');
  await expect(
    overview.getByTestId('report-summary').getByRole('row', { name: /^Meldingen/ }),
  ).toContainText(String(CASES));
  await overview.getByRole('button', { name: 'PDF bekijken en opslaan' }).click();
  exporter = page.getByRole('dialog', { name: 'PDF van het verslag' });
  await expect(exporter.getByTestId('export-file-name')).toContainText('.pdf');
  await exporter.getByRole('button', { name: 'Sluiten' }).click();
});
