import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contractInputSchema,
  pricedActivityKinds,
  type ContractInput,
} from '../../../shared/schemas/contract';
import { activityKinds, invoiceDocumentSchema } from '../../../shared/schemas/invoice-document';
import { buildInvoiceDocument, creditNoteFor } from './invoice-document';
import { priceMonth } from './price-month';
import { priceSubscription } from './price-subscription';
import { buyer, ORGANISATION_ID, seller, unwrap } from './test-support';
import type { BillableEntry, PricedLine } from './types';

/**
 * Properties over random contracts and months: whatever the counsellor agreed and recorded,
 * the invoice adds up, the specification matches its lines, no unit is named that may not be,
 * and every document is one the writers accept.
 */

const price = fc.record({
  cents: fc.integer({ min: 0, max: 50_000 }),
  memberCents: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null }),
});
const hourlyOrNot = fc.oneof(
  {
    arbitrary: fc.record({ billing: fc.constant('hourly' as const), ratePerHour: price }),
    weight: 3,
  },
  { arbitrary: fc.constant({ billing: 'not_billed' as const }), weight: 1 },
);
const consultTerms = fc.oneof(
  hourlyOrNot,
  fc.record({ billing: fc.constant('per_consult' as const), fee: price }),
);

const MONTH = '2026-05';
const day = fc.integer({ min: 1, max: 31 }).map((d) => `${MONTH}-${String(d).padStart(2, '0')}`);

const contractArb: fc.Arbitrary<ContractInput> = fc
  .record({
    consult: consultTerms,
    others: fc.tuple(...pricedActivityKinds.slice(1).map(() => hourlyOrNot)),
    freeFirst: fc.constantFrom('none', 'first_consult', 'first_hour'),
    kilometreRateCents: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    cancellationPercent: fc.integer({ min: 0, max: 100 }),
    quotes: fc.array(
      fc.record({
        label: fc.constantFrom('Workshop', 'Klachtencommissie'),
        amountCents: fc.integer({ min: 0, max: 500_000 }),
        date: day,
      }),
      { maxLength: 3 },
    ),
    rounding: fc.oneof(
      fc.constant({ mode: 'none' as const }),
      fc.record({
        mode: fc.constantFrom('up' as const, 'nearest' as const),
        stepMinutes: fc.integer({ min: 1, max: 60 }),
      }),
    ),
    vat: fc.oneof(
      fc.record({
        category: fc.constant('S' as const),
        rateBasisPoints: fc.integer({ min: 1, max: 10_000 }),
      }),
      fc.constant({
        category: 'E' as const,
        exemptionReason: 'Vrijgesteld van btw (art. 11 Wet OB)',
      }),
    ),
    subscription: fc.oneof(
      fc.constant({ kind: 'none' as const }),
      fc.record({ kind: fc.constant('fixed' as const), price }),
      fc.record({
        kind: fc.constant('banded' as const),
        bands: fc.constant([
          { minEmployees: 10, maxEmployees: 20, price: { cents: 27500, memberCents: null } },
          { minEmployees: 21, maxEmployees: null, price: { cents: 35000, memberCents: 30000 } },
        ]),
      }),
    ),
  })
  .map((r) => ({
    organisationId: ORGANISATION_ID,
    validFrom: '2026-01-01',
    validUntil: null,
    subscription: r.subscription,
    activities: Object.fromEntries([
      ['consult', r.consult],
      ...pricedActivityKinds.slice(1).map((a, i) => [a, r.others[i]]),
    ]),
    freeFirst: r.freeFirst,
    kilometreRateCents: r.kilometreRateCents,
    cancellationPercent: r.cancellationPercent,
    quotes: r.quotes,
    rounding: r.rounding,
    vat: r.vat,
    paymentTermDays: 30,
  }))
  .map((c) => contractInputSchema.safeParse(c))
  .filter((r) => r.success)
  .map((r) => {
    if (!r.success) throw new Error('filtered');
    return r.data;
  });

const UNIT_IDS = [1, 2, 3, 4, 5];
const unitName = (id: number) => `Afdeling ${id}`;

const entryArb: fc.Arbitrary<BillableEntry> = fc
  .record({
    date: day,
    minutes: fc.integer({ min: 1, max: 1440 }),
    activity: fc.constantFrom(...activityKinds),
    unitId: fc.option(fc.constantFrom(...UNIT_IDS), { nil: null }),
    kilometres: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 500 })),
    cancelled: fc.boolean(),
  })
  .map((e) => ({
    ...e,
    organisationId: ORGANISATION_ID,
    unitName: e.unitId === null ? null : unitName(e.unitId),
  }));

const caseArb = fc.record({
  contract: contractArb,
  organisation: fc.record({
    isMember: fc.boolean(),
    employeeCount: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
  }),
  entries: fc.array(entryArb, { maxLength: 40, size: 'medium' }),
  unitsAllowed: fc.subarray(UNIT_IDS),
});

/** Independent of the engine: half away from zero on plain numbers (safe at these sizes). */
const roundHalfAway = (numerator: number, denominator: number) =>
  Math.sign(numerator) * Math.floor((Math.abs(numerator) + denominator / 2) / denominator);

const workLineOf = (lines: readonly PricedLine[], activity: string) =>
  lines.find(
    (l) =>
      (l.subject.kind === 'hours' && l.subject.activity === activity) ||
      (l.subject.kind === 'consult_fee' && activity === 'consult'),
  );

function invoiceFrom(
  lines: PricedLine[],
  specification: Parameters<typeof buildInvoiceDocument>[0]['specification'],
) {
  return buildInvoiceDocument({
    kind: 'invoice',
    number: '2026-0100',
    issueDate: '2026-06-01',
    seller,
    buyer,
    lines,
    specification,
    period: { start: `${MONTH}-01`, end: `${MONTH}-31` },
    corrects: null,
    language: 'nl',
    paymentTermDays: 30,
    buyerReference: 'HR',
    purchaseOrderNumber: null,
  });
}

describe('billing properties', () => {
  it('the specification adds up per activity to its work line, and names only allowed units', () => {
    fc.assert(
      fc.property(caseArb, ({ contract, organisation, entries, unitsAllowed }) => {
        const month = unwrap(
          priceMonth({ contract, organisation, entries, month: MONTH, unitsAllowed }),
        );
        const activities = new Set(month.specification.map((r) => r.activity));
        for (const activity of activities) {
          const rows = month.specification.filter((r) => r.activity === activity);
          const line = workLineOf(month.lines, activity);
          expect(line).toBeDefined();
          expect(rows.reduce((s, r) => s + r.minutes, 0)).toBe(line?.minutes);
          expect(rows.reduce((s, r) => s + r.amountCents, 0)).toBe(line?.amountCents);
        }
        // Every work line has its rows.
        for (const line of month.lines) {
          if (line.subject.kind === 'hours') expect(activities).toContain(line.subject.activity);
          if (line.subject.kind === 'consult_fee') expect(activities).toContain('consult');
        }
        const allowedNames = new Set(unitsAllowed.map(unitName));
        for (const row of month.specification) {
          if (row.unitName !== null) expect(allowedNames).toContain(row.unitName);
          if (row.otherUnits) expect(row.unitName).toBeNull();
        }
        // No unit that is not allowed appears anywhere in what the engine returns.
        const text = JSON.stringify(month);
        for (const id of UNIT_IDS.filter((u) => !unitsAllowed.includes(u))) {
          expect(text).not.toContain(`"${unitName(id)}"`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('totals add up: lines, tax per rate on the summed base, payable; amounts are integers', () => {
    fc.assert(
      fc.property(caseArb, ({ contract, organisation, entries, unitsAllowed }) => {
        const month = unwrap(
          priceMonth({ contract, organisation, entries, month: MONTH, unitsAllowed }),
        );
        const subscription = priceSubscription({ contract, organisation, year: 2026 });
        const lines = [...(subscription.ok ? [subscription.value.line] : []), ...month.lines];
        const result = invoiceFrom(lines, month.specification);
        if (lines.length === 0) {
          expect(result).toEqual({ ok: false, problem: { code: 'nothing_to_bill' } });
          return;
        }
        const document = unwrap(result);
        expect(invoiceDocumentSchema.parse(document)).toEqual(document);

        expect(document.lineTotalCents).toBe(document.lines.reduce((s, l) => s + l.amountCents, 0));
        for (const part of document.vatBreakdown) {
          const base = document.lines
            .filter(
              (l) =>
                l.vat.category === part.vat.category &&
                l.vat.rateBasisPoints === part.vat.rateBasisPoints,
            )
            .reduce((s, l) => s + l.amountCents, 0);
          expect(part.taxableCents).toBe(base);
          expect(part.taxCents).toBe(roundHalfAway(base * part.vat.rateBasisPoints, 10_000) || 0);
        }
        expect(document.taxTotalCents).toBe(
          document.vatBreakdown.reduce((s, v) => s + v.taxCents, 0),
        );
        expect(document.payableCents).toBe(document.lineTotalCents + document.taxTotalCents);
        // What is free never exceeds what was worked: an invoice is never negative.
        expect(document.lineTotalCents).toBeGreaterThanOrEqual(0);

        const numbers = [
          document.lineTotalCents,
          document.taxTotalCents,
          document.payableCents,
          ...document.lines.flatMap((l) => [
            l.amountCents,
            l.unitPriceCents,
            l.quantityMilli,
            l.minutes ?? 0,
          ]),
          ...document.vatBreakdown.flatMap((v) => [v.taxableCents, v.taxCents]),
          ...document.specification.flatMap((r) => [r.minutes, r.amountCents]),
        ];
        for (const n of numbers) expect(Number.isSafeInteger(n)).toBe(true);

        const credit = unwrap(creditNoteFor(document, '2026-0101', '2026-06-10'));
        expect(invoiceDocumentSchema.parse(credit)).toEqual(credit);
        expect(credit.payableCents).toBe(document.payableCents);
      }),
      { numRuns: 300 },
    );
  });

  it('lines state quantity × price as their amount, within the rounding of the quantity', () => {
    fc.assert(
      fc.property(caseArb, ({ contract, organisation, entries, unitsAllowed }) => {
        const month = unwrap(
          priceMonth({ contract, organisation, entries, month: MONTH, unitsAllowed }),
        );
        for (const line of month.lines) {
          const product = (line.quantityMilli * line.unitPriceCents) / 1000;
          // Hours carry 3 decimals: at most half a thousandth of an hour off the minutes.
          const slack = line.unit === 'HUR' ? line.unitPriceCents / 2000 + 0.5 : 0;
          expect(Math.abs(product - line.amountCents)).toBeLessThanOrEqual(slack);
        }
      }),
      { numRuns: 300 },
    );
  });
});
