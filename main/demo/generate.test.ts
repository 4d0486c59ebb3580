import { describe, expect, it } from 'vitest';
import { caseFilterSchema } from '../../shared/schemas/case';
import { openTestCaseFile } from '../services/test-support';
import { listCases, searchCases } from '../services/cases';
import { listContracts } from '../services/contracts';
import { draftMonthlyInvoice, listInvoices } from '../services/invoices';
import { generateDemoPractice } from './generate';
import { demoOrganisations } from './practice';

const NOW = new Date('2026-11-23T09:00:00.000Z');
const ALL = caseFilterSchema.parse({ includeMarked: true, limit: 20_000 });

describe('the demo practice', () => {
  it('fills a case file with every demo organisation, years of cases and searchable notes', async () => {
    const { caseFile, dispose } = await openTestCaseFile();
    try {
      const summary = generateDemoPractice(caseFile.db, { size: 'normal', now: NOW });
      expect(summary.organisations).toBe(demoOrganisations.length);
      expect(summary.cases).toBeGreaterThan(100);
      expect(summary.notes).toBeGreaterThan(summary.cases);

      const cases = listCases(caseFile.db, ALL, NOW);
      expect(cases).toHaveLength(summary.cases);
      const years = new Set(cases.map((c) => c.requestedAt.slice(0, 4)));
      expect([...years].sort()).toEqual(['2023', '2024', '2025', '2026']);
      expect(new Set(cases.map((c) => c.organisationId)).size).toBe(demoOrganisations.length);
      expect(cases.some((c) => c.status === 'closed')).toBe(true);
      expect(cases.some((c) => c.status !== 'closed')).toBe(true);
      expect(cases.every((c) => c.requestedAt <= NOW.toISOString())).toBe(true);
      expect(searchCases(caseFile.db, 'klachtencommissie', 50, NOW).length).toBeGreaterThan(0);

      // Billing: a contract per organisation, hours, and every month's invoices up to now.
      expect(listContracts(caseFile.db, cases[0]!.organisationId)).toHaveLength(1);
      const invoices = listInvoices(caseFile.db, { organisationId: null, year: null });
      expect(invoices).toHaveLength(summary.invoices);
      expect(summary.invoices).toBeGreaterThan(50);
      for (const year of [2023, 2024, 2025, 2026]) {
        const numbers = invoices
          .filter((i) => i.number.startsWith(`${year}-`))
          .map((i) => i.number);
        expect(numbers.length).toBeGreaterThan(5);
        // Gap-free from 0001, in issue order.
        expect([...numbers].reverse()).toEqual(
          numbers.map((_, k) => `${year}-${String(k + 1).padStart(4, '0')}`),
        );
      }
      expect(invoices.filter((i) => i.kind === 'credit_note')).toHaveLength(1);
      expect(invoices.some((i) => i.source === 'subscription')).toBe(true);
      // Nothing billable is left in past months; this month's work waits for its invoice.
      for (const organisationId of new Set(cases.map((c) => c.organisationId))) {
        for (const month of ['2026-08', '2026-09', '2026-10']) {
          expect(() =>
            draftMonthlyInvoice(caseFile.db, organisationId, month, '2026-11-23'),
          ).toThrow(expect.objectContaining({ code: 'NOTHING_TO_BILL' }));
        }
      }
      const thisMonth = caseFile.db
        .prepare(
          "SELECT count(*) FROM time_entries WHERE invoice_id IS NULL AND date >= '2026-11-01'",
        )
        .pluck()
        .get() as number;
      expect(thisMonth).toBeGreaterThan(0);
    } finally {
      await dispose();
    }
  });

  it('is the same practice for the same seed', async () => {
    const snapshot = async () => {
      const { caseFile, dispose } = await openTestCaseFile();
      try {
        generateDemoPractice(caseFile.db, { size: 'normal', now: NOW, seed: 7 });
        return listCases(caseFile.db, ALL, NOW).map((c) => [c.caseNumber, c.status, c.behaviours]);
      } finally {
        await dispose();
      }
    };
    expect(await snapshot()).toEqual(await snapshot());
  });
});
