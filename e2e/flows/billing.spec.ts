/**
 * Hours and invoices from a counsellor's point of view: hours written in the Uren screen (one
 * typed as "1:30") and from a note on the case screen, the month's invoice run, the draft
 * invoice on screen with its figures, the invoice made with the next number, exported as PDF
 * and e-invoice (UBL) exactly as previewed (the PDF read back with pdftotext: number and amount
 * in it, the reporter's name not; the UBL through ../shared/einvoice/validate), the billed
 * hours locked, a credit note that releases them, Home's two cards and the bookkeeper's CSV.
 *
 * Practice details, the organisation (with address) and its contract (the Nassaupraktijk
 * template) are set up through window.vp: Instellingen and the contract card have their own
 * flows. The harness runs on the real clock, so the invoice number is this year's first.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { VpApi } from '../../shared/api';
import { validateUbl } from '../../main/exports/test-support/einvoice';
import { pdfText } from '../../main/exports/test-support/pdf-text';
import { expect, test } from '../app/fixture';
import { confirmRecoveryCode, createCaseFile, shot } from './steps';

const PASSPHRASE = 'de kat slaapt graag op de warme vensterbank';
const ORGANISATION = 'Gemeente Zwaluwdorp';
const REPORTER = { name: 'Sanne de Vries', phone: '06 1234 5678', email: 'sanne@example.nl' };
const NOTE_TEXT = 'Eerste gesprek over de sfeer in het team van de buitendienst.';

/** Today in Dutch time as YYYY-MM-DD. */
function dutchToday(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/** The month before this one, 'YYYY-MM'. */
function lastMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - 1;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The Monday of a day's week, and `n` days after a day. */
function monday(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}
function addDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** Steps the Uren screen back from this week to the week of `day`. */
async function showWeekOf(page: Page, today: string, day: string): Promise<void> {
  await page.getByRole('button', { name: 'Deze week' }).click();
  const weeks = Math.round(
    (Date.parse(`${monday(today)}T00:00:00Z`) - Date.parse(`${monday(day)}T00:00:00Z`)) /
      (7 * 86_400_000),
  );
  for (let i = 0; i < weeks; i++) await page.getByRole('button', { name: 'Vorige week' }).click();
}

/** "oktober 2026". */
function monthName(month: string): string {
  return new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'UTC',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${month}-01T00:00:00Z`));
}

/** Practice, organisation with a unit, a Nassaupraktijk contract and a case with its first note. */
async function setUp(page: Page, month: string): Promise<void> {
  const result = await page.evaluate(
    async ({ organisation, reporter, month, noteText }) => {
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
          street: 'Raadhuisplein 1',
          postcode: '9401 AA',
          city: 'Assen',
          employeeCount: 95,
          purchaseOrderNumber: 'PO-2026-0457',
        }),
      );
      const withUnit = must(await vp.addUnit({ organisationId: org.id, name: 'Buitendienst' }));
      const unit = withUnit.units[0]!;
      const templates = must(await vp.listContractTemplates({}));
      const nassau = templates.find((t) => t.id === 'nassaupraktijk')!;
      must(
        await vp.createContract({
          ...nassau.terms,
          organisationId: org.id,
          validFrom: '2020-01-01',
          validUntil: null,
        }),
      );
      const kase = must(
        await vp.recordIntake({
          organisationId: org.id,
          unitId: unit.id,
          requestedAt: `${month}-05T09:00:00+01:00`,
          channel: 'phone',
          reporter: {
            anonymous: false,
            name: reporter.name,
            phone: reporter.phone,
            email: reporter.email,
          },
          reporterRole: 'employee',
          behaviours: ['bullying'],
          consent: 'nothing',
        }),
      );
      must(
        await vp.addNote({
          caseId: kase.id,
          note: {
            kind: 'conversation',
            occurredAt: `${month}-12T10:00:00+01:00`,
            durationMinutes: 45,
            body: noteText,
          },
        }),
      );
      return kase.caseNumber;
    },
    { organisation: ORGANISATION, reporter: REPORTER, month, noteText: NOTE_TEXT },
  );
  expect(result).toMatch(/^\d{4}-001$/);
}

/** Closes the confirmations on screen, so they do not cover a screenshot. */
async function closeToasts(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: 'Melding sluiten' });
  while ((await close.count()) > 0) await close.first().click();
  await expect(page.getByTestId('toast')).toHaveCount(0);
}

/** Every identifying value of the case, none of which may leave the machine. */
function expectNoReporter(text: string): void {
  for (const value of [REPORTER.name, 'Sanne', REPORTER.phone, REPORTER.email, NOTE_TEXT]) {
    expect(text).not.toContain(value);
  }
}

test('record hours, invoice them, export without names, and credit the invoice', async ({
  page,
  app,
}) => {
  test.setTimeout(300_000);
  const today = dutchToday();
  const year = today.slice(0, 4);
  const month = lastMonth(today);
  const monthWords = monthName(month);
  const number = `${year}-0001`;
  // Two days of one week, both within last month (the Monday of the week of its 10th).
  const workDay = monday(`${month}-10`);
  const nextDay = addDays(workDay, 1);
  // The note (on the 12th) may fall in the same week: then that week holds its hours too.
  const inWeek = monday(`${month}-12`) === workDay ? 3 : 2;
  const creditNumber = `${year}-0002`;

  const code = await createCaseFile(page, PASSPHRASE);
  await confirmRecoveryCode(app, page, code);
  await setUp(page, month);
  await page.reload();
  await expect(page.getByTestId('screen-home')).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });

  // Home before any hours: two calm cards.
  await expect(page.getByTestId('home-invoices-empty')).toContainText(
    `Niets meer te factureren over ${monthWords}`,
  );
  await expect(page.getByTestId('home-hours-empty')).toContainText('Nog geen uren deze maand');

  // Uren: what the screen is for, and the first step.
  await menu.getByRole('button', { name: 'Uren', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Uren', level: 1 })).toBeFocused();
  await expect(page.getByTestId('hours-empty')).toContainText('Hier schrijft u uw uren');
  await expect(page.getByTestId('hours-period')).toContainText(/^Week \d+: /);
  await expect(page.getByTestId('hours-week')).toHaveCount(0);

  // A duration that is not one: said under the field, and what was typed stays.
  const form = page.getByTestId('hours-form');
  await form.getByLabel('Datum', { exact: true }).fill(workDay);
  await form.getByLabel('Duur', { exact: true }).fill('anderhalf');
  await form.getByRole('button', { name: 'Uren vastleggen' }).click();
  await expect(form).toContainText('Vul een aantal minuten in tussen 1 en 1440.');
  await expect(form).toContainText('Kies de organisatie waarvoor u werkte.');
  await expect(form.getByLabel('Duur', { exact: true })).toHaveValue('anderhalf');

  // 1:30 of counsellor work for the unit, last month.
  await form.getByLabel('Duur', { exact: true }).fill('1:30');
  await form.getByLabel('Organisatie', { exact: true }).selectOption({ label: ORGANISATION });
  await form.getByLabel('Onderdeel of regio').selectOption({ label: 'Buitendienst' });
  await expect(form.getByLabel('Soort werk')).toHaveValue('consult');
  await form.getByRole('button', { name: 'Uren vastleggen' }).click();
  await expect(
    page.getByTestId('toast').filter({ hasText: 'De uren zijn vastgelegd.' }),
  ).toBeVisible();
  // The week of the entry is shown, and the fresh form waits for the next one.
  const week = page.getByTestId('hours-week');
  await expect(week.getByTestId('hours-entry')).toHaveCount(1);
  await expect(page.getByTestId('hours-form').getByLabel('Datum', { exact: true })).toBeFocused();
  const first = week.getByTestId('hours-entry').first();
  await expect(first).toContainText('1:30 uur');
  await expect(first).toContainText('Werkzaamheden vertrouwenspersoon');
  await expect(first).toContainText(`${ORGANISATION} · Buitendienst`);

  // Half an hour of employment-law advice the next day, typed as hours the Dutch way.
  await form.getByLabel('Datum', { exact: true }).fill(nextDay);
  await form.getByLabel('Duur', { exact: true }).fill('0,5');
  await form.getByLabel('Soort werk').selectOption({ label: 'Arbeidsrechtelijk advies' });
  await form.getByLabel('Organisatie', { exact: true }).selectOption({ label: ORGANISATION });
  await form.getByRole('button', { name: 'Uren vastleggen' }).click();
  await expect(
    page.getByTestId('toast').filter({ hasText: 'De uren zijn vastgelegd.' }),
  ).toHaveCount(2);

  // A travel entry to change and then delete (asked once).
  await form.getByLabel('Datum', { exact: true }).fill(nextDay);
  await form.getByLabel('Duur', { exact: true }).fill('20');
  await form.getByLabel('Soort werk').selectOption({ label: 'Reistijd' });
  await form.getByLabel('Organisatie', { exact: true }).selectOption({ label: ORGANISATION });
  await form.getByLabel('Kilometers').fill('18');
  await form.getByRole('button', { name: 'Uren vastleggen' }).click();
  const travel = week.getByTestId('hours-entry').filter({ hasText: 'Reistijd' });
  await expect(travel).toContainText('18 km');
  await travel.getByRole('button', { name: /^Wijzigen: 0:20 uur Reistijd/ }).click();
  const edit = week.getByTestId('hours-edit-form');
  await expect(edit.getByLabel('Duur', { exact: true })).toBeFocused();
  await expect(edit.getByLabel('Duur', { exact: true })).toHaveValue('0:20');
  await edit.getByLabel('Duur', { exact: true }).fill('25');
  await edit.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(travel).toContainText('0:25 uur');
  await expect(travel.getByRole('button', { name: /^Wijzigen/ })).toBeFocused();
  await travel.getByRole('button', { name: /^Verwijderen: 0:25 uur Reistijd/ }).click();
  const remove = page.getByRole('dialog', { name: 'Uren verwijderen?' });
  await expect(remove.getByRole('button', { name: 'Terug' })).toBeFocused();
  await remove.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(remove).toHaveCount(0);
  await expect(travel).toHaveCount(0);

  // Totals per day and for the week.
  await expect(week.getByTestId('hours-entry')).toHaveCount(2);
  await expect(page.getByTestId('hours-week-total')).toHaveText('Totaal deze week: 2:00 uur');
  await expect(week.getByTestId('hours-day').first().getByRole('heading')).toContainText(
    /^maandag \d+ \w+/,
  );
  await closeToasts(page);
  await shot(app, page, 'hours-week');

  // From the case screen: the note's 45 minutes as the first consult, in one step, once.
  await menu.getByRole('button', { name: 'Meldingen', exact: true }).click();
  await page.getByTestId('case-row').first().click();
  await expect(page.getByRole('heading', { name: /^Melding \d{4}-001$/, level: 1 })).toBeFocused();
  const caseHours = page.getByTestId('case-hours');
  await expect(caseHours).toContainText('Nog geen uren voor deze melding.');
  const note = page.getByTestId('note').first();
  await note.getByRole('button', { name: /^Als uren vastleggen: aantekening van/ }).click();
  await expect(note.getByTestId('note-hours-recorded')).toHaveText(
    'Vastgelegd als uren (Eerste consult)',
  );
  await expect(note.getByTestId('note-hours-recorded')).toBeFocused();
  await expect(note.getByRole('button', { name: /^Als uren vastleggen/ })).toHaveCount(0);
  await expect(page.getByTestId('case-hours-total')).toHaveText('Totaal: 0:45 uur');
  await expect(caseHours.getByTestId('case-hours-entry')).toContainText('Eerste consult');
  // After a reload the note still counts as recorded (an entry of the case matches it).
  await page.reload();
  await menu.getByRole('button', { name: 'Meldingen', exact: true }).click();
  await page.getByTestId('case-row').first().click();
  await expect(page.getByTestId('note').first().getByTestId('note-hours-recorded')).toHaveText(
    'Vastgelegd',
  );

  // Home now lists the month's unbilled hours, one click from its invoice run.
  await menu.getByRole('button', { name: 'Home' }).click();
  const homeInvoices = page.getByTestId('home-invoices');
  await expect(homeInvoices.getByTestId('home-invoices-item')).toContainText(
    `${ORGANISATION}2:45 uur`,
  );
  await expect(page.getByTestId('home-hours-last-month')).toContainText('2:45 uur');
  await closeToasts(page);
  await shot(app, page, 'home-billing');
  await homeInvoices
    .getByRole('button', { name: `Factureren: ${ORGANISATION}, ${monthWords}` })
    .click();

  // Facturen: the run of last month.
  await expect(page.getByRole('heading', { name: 'Facturen', level: 1 })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Facturen maken' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const run = page.getByTestId('invoice-run');
  await expect(run.getByRole('heading', { name: `Facturen over ${monthWords}` })).toBeVisible();
  await expect(run.getByLabel('Maand')).toHaveValue(month);
  const row = run.getByRole('row', { name: new RegExp(ORGANISATION) });
  await expect(row).toContainText('2:45 uur (3 regels)');
  await expect(row).toContainText('Ja');
  await expect(row).toContainText('Nog niet gemaakt');
  await closeToasts(page);
  await shot(app, page, 'invoice-run');

  // The draft on screen, with the figures main made: € 95 an hour, the first consult free.
  const expected = await page.evaluate(async (m) => {
    const { vp } = window as unknown as { vp: VpApi };
    const orgs = await vp.listOrganisations({});
    if (!orgs.ok) throw new Error('organisations');
    const draft = await vp.previewMonthlyInvoice({
      organisationId: orgs.value[0]!.id,
      month: m,
      issueDate: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
        new Date(),
      ),
    });
    if (!draft.ok) throw new Error(draft.error.code);
    return draft.value;
  }, month);
  expect(expected.number).toBe('CONCEPT');
  await row
    .getByRole('button', { name: `Voorbeeld: factuur over ${monthWords} voor ${ORGANISATION}` })
    .click();
  await expect(
    page.getByRole('heading', { name: `Voorbeeld: factuur voor ${ORGANISATION}`, level: 1 }),
  ).toBeFocused();
  const doc = page.getByTestId('invoice-document');
  await expect(doc.getByTestId('invoice-title')).toHaveText('Factuur CONCEPT');
  await expect(doc.getByTestId('invoice-buyer')).toContainText(ORGANISATION);
  await expect(doc.getByTestId('invoice-buyer')).toContainText('9401 AA Assen');
  await expect(doc.getByTestId('invoice-facts')).toContainText(`Periode${monthWords}`);
  await expect(doc.getByTestId('invoice-facts')).toContainText('Uw ordernummerPO-2026-0457');
  const lines = doc.getByTestId('invoice-lines');
  await expect(lines.getByRole('row', { name: /^Werkzaamheden vertrouwenspersoon/ })).toContainText(
    '2,25 uur€ 95,0021%€ 213,75',
  );
  await expect(lines.getByRole('row', { name: /^Arbeidsrechtelijk advies/ })).toContainText(
    '0,5 uur€ 95,0021%€ 47,50',
  );
  // The first consult is consult work, priced and then taken off again.
  await expect(lines.getByRole('row', { name: /^Eerste consult kosteloos/ })).toContainText(
    '€ -71,25',
  );
  const totals = doc.getByTestId('invoice-totals');
  await expect(totals).toContainText('Subtotaal€ 190,00');
  await expect(totals).toContainText('Btw 21% over € 190,00€ 39,90');
  await expect(totals).toContainText('Totaal€ 229,90');
  expect(expected.payableCents).toBe(22_990);
  await expect(doc.getByTestId('invoice-payment')).toContainText(
    'Wij verzoeken u € 229,90 binnen 30 dagen over te maken op NL91 ABNA 0417 1643 00',
  );
  const spec = doc.getByTestId('invoice-specification');
  await expect(spec).toContainText('Specificatie van de uren');
  // One case is too few to name its unit: the hours are not split by unit.
  await expect(spec).toContainText('Werkzaamheden vertrouwenspersoon');
  await expect(spec).toContainText('Hele organisatie');
  await expect(spec).not.toContainText('Buitendienst');
  await expect(spec.getByRole('row', { name: /^Totaal/ })).toContainText('2:45');
  expectNoReporter((await doc.textContent()) ?? '');
  await closeToasts(page);
  await shot(app, page, 'invoice-preview');

  // Made: the number it will get, said before; the date is today unless changed.
  await page.getByRole('button', { name: 'Factuur maken' }).click();
  const issue = page.getByRole('dialog', { name: 'Factuur maken?' });
  await expect(issue.getByRole('button', { name: 'Terug' })).toBeFocused();
  await expect(issue.getByTestId('issue-number')).toHaveText(
    `Na het maken krijgt de factuur nummer ${number} en ligt hij vast; corrigeren kan alleen met een creditnota.`,
  );
  await expect(issue.getByLabel('Factuurdatum')).toHaveValue(today);
  await issue.getByRole('button', { name: 'Factuur maken' }).click();
  await expect(issue).toHaveCount(0);
  await expect(
    page.getByTestId('toast').filter({ hasText: `Factuur ${number} is gemaakt.` }),
  ).toBeVisible();
  await expect(run.getByRole('row', { name: new RegExp(ORGANISATION) })).toContainText(number);
  await expect(run.getByRole('row', { name: new RegExp(ORGANISATION) })).toContainText(
    'Niets te factureren',
  );

  // Verzonden facturen.
  await page.getByRole('button', { name: 'Verzonden facturen' }).click();
  const list = page.getByTestId('invoices-table');
  const issuedRow = list.getByRole('row', { name: new RegExp(`^${number}`) });
  await expect(issuedRow).toContainText('Maandfactuur');
  await expect(issuedRow).toContainText(ORGANISATION);
  await expect(issuedRow).toContainText(monthWords);
  await expect(issuedRow).toContainText('€ 229,90');

  // The stored invoice in the same preview.
  await issuedRow.getByRole('button', { name: `Bekijken: ${number}` }).click();
  await expect(
    page.getByRole('heading', { name: `Maandfactuur ${number}`, level: 1 }),
  ).toBeFocused();
  await expect(page.getByTestId('invoice-title')).toHaveText(`Factuur ${number}`);
  await page.getByRole('button', { name: 'Terug naar Facturen' }).click();
  await expect(page.getByRole('button', { name: 'Verzonden facturen' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Export as PDF: shown as it will be made, then saved.
  await closeToasts(page);
  await issuedRow.getByRole('button', { name: `Exporteren: ${number}` }).click();
  const exporter = page.getByRole('dialog', { name: `Exporteren: ${number}` });
  await expect(exporter.getByRole('radio', { name: 'PDF' })).toBeChecked();
  await expect(exporter.getByTestId('export-file-name')).toHaveText(
    `Bestandsnaam: factuur-${number}.pdf`,
  );
  await expect(exporter).toContainText('Het PDF-bestand wordt gemaakt van deze factuur');
  await expect(exporter.getByTestId('invoice-title')).toHaveText(`Factuur ${number}`);
  await app.screenshot(page, 'invoice-export');
  const pdfDetails = exporter.getByTestId('export-pdf-text');
  await pdfDetails.getByText('Tekst in het bestand').click();
  await expect(pdfDetails.locator('pre')).toContainText(number);
  expectNoReporter((await pdfDetails.locator('pre').textContent()) ?? '');
  await exporter.getByRole('button', { name: 'Opslaan…' }).click();
  await expect(exporter.getByTestId('export-saved')).toHaveText(
    `Opgeslagen als factuur-${number}.pdf`,
  );
  if (app.exportsFolder) {
    const pdf = await readFile(join(app.exportsFolder, `factuur-${number}.pdf`));
    const text = pdfText(pdf);
    expect(text).toContain(number);
    expect(text).toContain('229,90');
    expectNoReporter(text);
  }

  // The e-invoice (UBL): the XML itself, read-only, then saved and valid.
  await exporter.getByRole('radio', { name: 'E-factuur (UBL)' }).check();
  const xmlView = exporter.getByRole('region', { name: 'Inhoud van het bestand' });
  await expect(xmlView).toContainText(`<cbc:ID>${number}</cbc:ID>`);
  await expect(xmlView).toContainText('<cbc:ID>PO-2026-0457</cbc:ID>');
  expectNoReporter((await xmlView.textContent()) ?? '');
  await exporter.getByRole('button', { name: 'Opslaan…' }).click();
  await expect(exporter.getByTestId('export-saved')).toHaveText(
    `Opgeslagen als factuur-${number}.xml`,
  );
  if (app.exportsFolder) {
    const xml = await readFile(join(app.exportsFolder, `factuur-${number}.xml`));
    expect(xml.toString()).toBe((await xmlView.textContent()) ?? '');
    const verdict = await validateUbl(xml, 'nlcius');
    expect(verdict.code, verdict.output).toBe(0);
  }

  // The CSV of this invoice, as text.
  await exporter.getByRole('radio', { name: 'CSV: factuur' }).check();
  await expect(exporter.getByRole('region', { name: 'Inhoud van het bestand' })).toContainText(
    number,
  );
  await exporter.getByRole('button', { name: 'Sluiten' }).click();
  await expect(exporter).toHaveCount(0);
  await expect(issuedRow.getByRole('button', { name: `Exporteren: ${number}` })).toBeFocused();

  // The billed hours are locked: no change or delete, and the reason in words.
  await menu.getByRole('button', { name: 'Uren', exact: true }).click();
  await showWeekOf(page, today, workDay);
  const billed = page.getByTestId('hours-week').getByTestId('hours-entry');
  await expect(billed).toHaveCount(inWeek);
  await expect(billed.first().getByTestId('hours-entry-billed')).toHaveText('Gefactureerd');
  await expect(billed.first().getByTestId('hours-entry-locked')).toHaveText(
    'Ligt vast: staat op een verzonden factuur.',
  );
  await expect(billed.getByRole('button', { name: /^Wijzigen/ })).toHaveCount(0);
  await expect(page.getByTestId('hours-locked-notice')).toContainText(
    'maak dan bij Facturen een creditnota',
  );
  const locked = await page.evaluate(async () => {
    const { vp } = window as unknown as { vp: VpApi };
    const entries = await vp.listTimeEntries({ from: '2000-01-01', to: '2199-12-31' });
    if (!entries.ok) return entries.error.code;
    const e = entries.value[0]!;
    const changed = await vp.updateTimeEntry({
      id: e.id,
      entry: { organisationId: e.organisationId, date: e.date, minutes: 60, activity: e.activity },
    });
    return changed.ok ? 'changed' : changed.error.code;
  });
  expect(locked).toBe('ENTRY_LOCKED');

  // A credit note for the whole invoice releases the hours.
  await menu.getByRole('button', { name: 'Facturen' }).click();
  await page.getByRole('button', { name: 'Verzonden facturen' }).click();
  await issuedRow.getByRole('button', { name: `Creditnota maken voor ${number}` }).click();
  const credit = page.getByRole('dialog', { name: 'Creditnota maken?' });
  await expect(credit).toContainText(
    `De creditnota crediteert de hele factuur ${number} (€ 229,90)`,
  );
  await expect(credit).toContainText('De uren op die factuur komen daarna weer vrij');
  await expect(credit.getByTestId('credit-number')).toContainText(creditNumber);
  await credit.getByRole('button', { name: 'Creditnota maken' }).click();
  await expect(credit).toHaveCount(0);
  await expect(
    page.getByTestId('toast').filter({ hasText: `Creditnota ${creditNumber} is gemaakt.` }),
  ).toBeVisible();
  await expect(issuedRow).toContainText(`Gecrediteerd door ${creditNumber}`);
  await expect(issuedRow.getByRole('button', { name: /^Creditnota maken/ })).toHaveCount(0);
  const creditRow = list.getByRole('row', { name: new RegExp(`^${creditNumber}`) });
  await expect(creditRow).toContainText('Creditnota');
  await expect(creditRow).toContainText(`Correctie op ${number}`);
  await expect(creditRow).toContainText('€ -229,90');
  await expect(page.getByTestId('invoices-count')).toHaveText('2 facturen en creditnota’s');
  await closeToasts(page);
  await shot(app, page, 'invoices-list');

  // For the bookkeeping: all invoices of the year as CSV, shown in full.
  await page.getByRole('button', { name: 'Voor de boekhouding' }).click();
  const books = page.getByTestId('bookkeeping');
  await books.getByLabel('Jaar').selectOption(year);
  await books.getByRole('button', { name: 'Voorbeeld maken' }).click();
  const csv = books.getByRole('region', { name: 'Inhoud van het bestand' });
  await expect(csv).toContainText(number);
  await expect(csv).toContainText(creditNumber);
  expectNoReporter((await csv.textContent()) ?? '');
  await books.getByRole('radio', { name: 'Uren', exact: true }).check();
  await expect(csv).toHaveCount(0);
  await books.getByRole('button', { name: 'Voorbeeld maken' }).click();
  await expect(books.getByTestId('export-file-name')).toHaveText(`Bestandsnaam: uren-${year}.csv`);
  await books.getByRole('button', { name: 'Opslaan…' }).click();
  await expect(books.getByTestId('export-saved')).toHaveText(`Opgeslagen als uren-${year}.csv`);

  // The hours are free again, and Home says so.
  await menu.getByRole('button', { name: 'Uren', exact: true }).click();
  await showWeekOf(page, today, workDay);
  await expect(
    page.getByTestId('hours-week').getByRole('button', { name: /^Wijzigen/ }),
  ).toHaveCount(inWeek);
  await expect(page.getByTestId('hours-entry-billed')).toHaveCount(0);
  await menu.getByRole('button', { name: 'Home' }).click();
  await expect(page.getByTestId('home-invoices-item')).toContainText('2:45 uur');
});
