import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeEntryInputSchema } from '../../shared/schemas/hours';
import { organisationInputSchema } from '../../shared/schemas/organisation';
import type { CaseFileDatabase } from '../casefile';
import { setUpDemoBilling } from '../demo/billing';
import { loadPdfFonts } from '../exports/pdf/fonts';
import { validateUbl, VALIDATOR_TIMEOUT } from '../exports/test-support/einvoice';
import { repoAssetsDir } from '../exports/test-support/pdf-text';
import { contractTemplates } from './billing';
import { recordHours } from './hours';
import { exportInvoice } from './invoice-exports';
import { issueCreditNote, issueMonthlyInvoice, issueSubscriptionInvoice } from './invoices';
import { createOrganisation } from './organisations';
import { openTestCaseFile } from './test-support';

/**
 * Every seed provider's way of billing, end to end: an organisation on each template's
 * contract (the demo practice's filled-in amounts), a month of hours, its invoice, the yearly
 * subscription where the contract has one, and a credit note; each written as UBL and checked
 * by the offline validator, as SI-UBL 2.0 and as Peppol BIS 3.0.
 */

const NOW = new Date('2026-11-23T09:00:00.000Z');
let db: CaseFileDatabase;
let dispose: () => Promise<void>;
const issued: { template: string; id: number; kind: string }[] = [];

beforeAll(async () => {
  const opened = await openTestCaseFile();
  db = opened.caseFile.db;
  dispose = opened.dispose;
  const organisations = contractTemplates.map((template, i) =>
    createOrganisation(
      db,
      organisationInputSchema.parse({
        legalName: `Opdrachtgever ${template.name}`,
        kvkNumber: `8765432${i}`,
        street: 'Industrieweg 4',
        postcode: '5611 AA',
        city: 'Eindhoven',
        employeeCount: 15 + i * 30,
        isMember: i === 0,
        buyerReference: i % 2 === 0 ? `REF-${i}` : null,
      }),
      NOW,
    ),
  );
  // The demo practice fills the amounts the brochures leave open, template by template.
  setUpDemoBilling(
    db,
    organisations.map((o) => ({ id: o.id, engagementStart: '2026-01-01' })),
    NOW,
  );
  const entry = (organisationId: number, fields: object) =>
    recordHours(
      db,
      timeEntryInputSchema.parse({
        organisationId,
        date: '2026-10-07',
        minutes: 50,
        activity: 'consult',
        ...fields,
      }),
      NOW,
    );
  let day = 1;
  for (const [i, org] of organisations.entries()) {
    const template = contractTemplates[i]!.id;
    entry(org.id, { activity: 'first_consult', minutes: 75 });
    entry(org.id, { minutes: 50, kilometres: 24 });
    entry(org.id, { activity: 'information_session', minutes: 120, cancelled: true });
    entry(org.id, { activity: 'employment_law_advice', minutes: 35 });
    entry(org.id, { activity: 'travel_time', minutes: 40 });
    const date = (d: number) => `2026-11-${String(d).padStart(2, '0')}`;
    try {
      const subscription = issueSubscriptionInvoice(db, org.id, 2026, date(day++), NOW);
      issued.push({ template, id: subscription.id, kind: 'subscription' });
    } catch (err) {
      expect(err).toMatchObject({ code: 'NO_SUBSCRIPTION' });
    }
    const monthly = issueMonthlyInvoice(db, org.id, '2026-10', date(day++), NOW);
    issued.push({ template, id: monthly.id, kind: 'monthly' });
    const credit = issueCreditNote(db, monthly.id, date(day++), NOW);
    issued.push({ template, id: credit.id, kind: 'credit note' });
  }
});

afterAll(async () => {
  await dispose();
});

describe('UBL for every seed provider’s contract', () => {
  it(
    'passes the validator as SI-UBL 2.0 and as Peppol BIS 3.0, credit notes included',
    async () => {
      expect(new Set(issued.map((i) => i.template)).size).toBe(contractTemplates.length);
      expect(issued.filter((i) => i.kind === 'subscription').length).toBeGreaterThanOrEqual(3);
      const fonts = () => loadPdfFonts(repoAssetsDir);
      const failures: string[] = [];
      // Each document in one profile, alternating, so every template is checked in both
      // while the validator (two JVM starts a file) runs half as often.
      for (const [p, profile] of (['nlcius', 'peppol'] as const).entries()) {
        db.prepare(
          `UPDATE settings SET value = json_set(value, '$.eInvoiceProfile', ?) WHERE key = 'practice'`,
        ).run(profile);
        const mine = issued.filter((_, k) => k % 2 === p);
        for (let i = 0; i < mine.length; i += 2) {
          await Promise.all(
            mine.slice(i, i + 2).map(async ({ template, id, kind }) => {
              const file = await exportInvoice(() => db, id, 'ubl', fonts);
              const result = await validateUbl(file.bytes, profile);
              if (result.code !== 0)
                failures.push(`${template} ${kind} ${profile}:\n${result.output}`);
            }),
          );
        }
      }
      const profilesPerTemplate = new Map<string, Set<number>>();
      issued.forEach(({ template }, k) =>
        profilesPerTemplate.set(
          template,
          (profilesPerTemplate.get(template) ?? new Set()).add(k % 2),
        ),
      );
      expect([...profilesPerTemplate.values()].every((set) => set.size === 2)).toBe(true);
      expect(failures).toEqual([]);
    },
    VALIDATOR_TIMEOUT * 3,
  );
});
