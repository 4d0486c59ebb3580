import { parse } from 'csv-parse/sync';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { intakeInputSchema } from '../../shared/schemas/case';
import { contractInputSchema } from '../../shared/schemas/contract';
import { timeEntryInputSchema } from '../../shared/schemas/hours';
import { organisationInputSchema } from '../../shared/schemas/organisation';
import { practiceSettingsInputSchema } from '../../shared/schemas/practice';
import type { CaseFileDatabase } from '../casefile';
import { loadPdfFonts, type PdfFonts } from '../exports/pdf/fonts';
import { validateUbl, VALIDATOR_TIMEOUT } from '../exports/test-support/einvoice';
import { pdfText, repoAssetsDir } from '../exports/test-support/pdf-text';
import { contractTemplates } from './billing';
import { recordIntake } from './cases';
import { createContract } from './contracts';
import { recordHours } from './hours';
import { exportInvoice, exportInvoiceList } from './invoice-exports';
import { issueCreditNote, issueMonthlyInvoice, issueSubscriptionInvoice } from './invoices';
import { createOrganisation, updateOrganisation } from './organisations';
import { savePracticeSettings } from './practice-settings';
import { openTestCaseFile, TEST_PRACTICE } from './test-support';

const NOW = new Date('2026-11-23T09:00:00.000Z');
const REPORTER = 'Sanne Verbeek';

const organisation = {
  legalName: 'Zorggroep Oost B.V.',
  kvkNumber: '87654321',
  street: 'Molenweg 8',
  postcode: '7411 AB',
  city: 'Deventer',
  billingContactName: 'Crediteurenadministratie',
  employeeCount: 80,
};

let db: CaseFileDatabase;
let dispose: () => Promise<void>;
let fonts: PdfFonts;
let orgId: number;
const database = () => db;

beforeAll(async () => {
  fonts = await loadPdfFonts(repoAssetsDir);
});

beforeEach(async () => {
  const opened = await openTestCaseFile();
  db = opened.caseFile.db;
  dispose = opened.dispose;
  savePracticeSettings(db, practiceSettingsInputSchema.parse(TEST_PRACTICE), NOW);
  orgId = createOrganisation(db, organisationInputSchema.parse(organisation), NOW).id;
  const nassau = contractTemplates.find((t) => t.id === 'nassaupraktijk')!;
  createContract(
    db,
    contractInputSchema.parse({ ...nassau.terms, organisationId: orgId, validFrom: '2026-01-01' }),
    NOW,
  );
  const kase = recordIntake(
    db,
    intakeInputSchema.parse({
      organisationId: orgId,
      requestedAt: '2026-10-01T09:00:00+02:00',
      channel: 'phone',
      reporter: { anonymous: false, name: REPORTER, phone: '06 11223344' },
      reporterRole: 'employee',
      behaviours: ['sexual_harassment'],
      consent: 'nothing',
    }),
    NOW,
  );
  const entry = (minutes: number, activity: string, date: string) =>
    recordHours(
      db,
      timeEntryInputSchema.parse({
        organisationId: orgId,
        caseId: kase.id,
        date,
        minutes,
        activity,
      }),
      NOW,
    );
  entry(75, 'first_consult', '2026-10-02');
  entry(50, 'consult', '2026-10-09');
});

afterEach(async () => {
  await dispose();
});

describe('invoice exports', () => {
  it('writes the PDF from the issued document, with the figures and without the reporter', async () => {
    const invoice = issueMonthlyInvoice(db, orgId, '2026-10', '2026-11-02', NOW);
    const file = await exportInvoice(database, invoice.id, 'pdf', () => Promise.resolve(fonts));
    expect(file).toMatchObject({ fileName: 'factuur-2026-0001.pdf', mediaType: 'application/pdf' });
    const text = pdfText(file.bytes).replace(/[ \u00a0]+/g, ' ');
    expect(text).toContain('Factuur 2026-0001');
    expect(text).toContain('Zorggroep Oost B.V.');
    // Nassaupraktijk: €95 an hour, the first consult free.
    expect(text).toMatch(/Werkzaamheden vertrouwenspersoon 2,083 uur € 95,00 21% € 197,92/);
    expect(text).toMatch(/Eerste consult kosteloos -1,25 uur € 95,00 21% € -118,75/);
    expect(text).toMatch(/Totaal € 95,80/);
    expect(text).not.toContain('Sanne');
    expect(text).not.toContain('Verbeek');
    expect(text).not.toContain('11223344');
  });

  it(
    'writes UBL that passes the validator, as NLCIUS and, with the setting, as Peppol',
    async () => {
      const invoice = issueMonthlyInvoice(db, orgId, '2026-10', '2026-11-02', NOW);
      const subscription = issueSubscriptionInvoice(db, orgId, 2026, '2026-11-03', NOW);
      const credit = issueCreditNote(db, invoice.id, '2026-11-04', NOW);
      const nlcius = await Promise.all(
        [invoice, subscription, credit].map((i) =>
          exportInvoice(database, i.id, 'ubl', () => Promise.resolve(fonts)),
        ),
      );
      expect(nlcius.map((f) => f.fileName)).toEqual([
        'factuur-2026-0001.xml',
        'factuur-2026-0002.xml',
        'creditnota-2026-0003.xml',
      ]);
      for (const file of nlcius) {
        const result = await validateUbl(file.bytes, 'nlcius');
        expect(result.code, result.output).toBe(0);
        expect(file.bytes.toString()).not.toContain(REPORTER);
      }
      expect(nlcius[2]!.bytes.toString()).toContain('<cbc:ID>2026-0001</cbc:ID>');

      db.prepare(
        "UPDATE settings SET value = json_set(value, '$.eInvoiceProfile', 'peppol') WHERE key = 'practice'",
      ).run();
      const peppol = await exportInvoice(database, invoice.id, 'ubl', () => Promise.resolve(fonts));
      expect(peppol.bytes.toString()).toContain('urn:fdc:peppol.eu:2017:poacc:billing:3.0');
      const result = await validateUbl(peppol.bytes, 'peppol');
      expect(result.code, result.output).toBe(0);
    },
    VALIDATOR_TIMEOUT,
  );

  it('says what is missing for an e-invoice, while the PDF can still be made', async () => {
    updateOrganisation(
      db,
      orgId,
      organisationInputSchema.parse({ ...organisation, kvkNumber: null }),
      NOW,
    );
    const invoice = issueMonthlyInvoice(db, orgId, '2026-10', '2026-11-02', NOW);
    await expect(
      exportInvoice(database, invoice.id, 'ubl', () => Promise.resolve(fonts)),
    ).rejects.toMatchObject({
      code: 'EINVOICE_BUYER_KVK_MISSING',
    });
    await expect(
      exportInvoice(database, invoice.id, 'pdf', () => Promise.resolve(fonts)),
    ).resolves.toBeTruthy();
  });

  it('is stopped by the leak guard when the billing contact is a reporter', async () => {
    // It happens: the HR contact who receives invoices once came to the counsellor herself.
    updateOrganisation(
      db,
      orgId,
      organisationInputSchema.parse({ ...organisation, billingContactName: REPORTER }),
      NOW,
    );
    const invoice = issueMonthlyInvoice(db, orgId, '2026-10', '2026-11-02', NOW);
    for (const format of ['pdf', 'ubl'] as const) {
      await expect(
        exportInvoice(database, invoice.id, format, () => Promise.resolve(fonts)),
      ).rejects.toMatchObject({
        code: 'EXPORT_BLOCKED',
      });
    }
  });

  it('fails closed when the case file is locked while the PDF is being made', async () => {
    const invoice = issueMonthlyInvoice(db, orgId, '2026-10', '2026-11-02', NOW);
    let calls = 0;
    const lockedLater = () => {
      calls += 1;
      if (calls > 1) throw Object.assign(new Error('locked'), { code: 'LOCKED' });
      return db;
    };
    await expect(
      exportInvoice(lockedLater, invoice.id, 'pdf', () => Promise.resolve(fonts)),
    ).rejects.toMatchObject({
      code: 'LOCKED',
    });
  });

  it('lists a year of invoices and their hours as CSV for the bookkeeper', () => {
    const invoice = issueMonthlyInvoice(db, orgId, '2026-10', '2026-11-02', NOW);
    issueCreditNote(db, invoice.id, '2026-11-04', NOW);
    const invoices = exportInvoiceList(db, { organisationId: null, year: 2026 }, 'csv_invoices');
    expect(invoices.fileName).toBe('facturen-2026.csv');
    const rows = parse(invoices.bytes.toString().slice(1), { delimiter: ';' }) as string[][];
    expect(rows.map((r) => [r[0], r[13]])).toEqual([
      ['Nummer', 'Totaal'],
      ['2026-0001', '95,80'],
      ['2026-0002', '-95,80'],
    ]);
    const hours = exportInvoiceList(db, { organisationId: orgId, year: 2026 }, 'csv_hours');
    expect(hours.fileName).toBe('uren-2026.csv');
    expect(hours.bytes.toString()).not.toContain(REPORTER);
  });
});
