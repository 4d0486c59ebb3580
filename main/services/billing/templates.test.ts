import { describe, expect, it } from 'vitest';
import { contractInputSchema, contractTermsSchema } from '../../../shared/schemas/contract';
import { buildInvoiceDocument } from './invoice-document';
import { priceMonth } from './price-month';
import { priceSubscription } from './price-subscription';
import { contractTemplates } from './templates';
import { buyer, contractFrom, entry, seller, unwrap } from './test-support';
import type { PricedLine, SpecificationRow } from './types';

/**
 * Each seed provider's way of billing, counted by hand from its brochure (shared/seeds/),
 * through the templates with the placeholders filled in.
 */

const member = { isMember: true, employeeCount: 30 };
const nonMember = { isMember: false, employeeCount: 30 };

function invoice(lines: PricedLine[], specification: SpecificationRow[] = []) {
  return unwrap(
    buildInvoiceDocument({
      kind: 'invoice',
      number: '2026-0003',
      issueDate: '2026-04-01',
      seller,
      buyer,
      lines,
      specification,
      period: { start: '2026-03-01', end: '2026-03-31' },
      corrects: null,
      language: 'nl',
      paymentTermDays: 30,
      buyerReference: 'HR',
      purchaseOrderNumber: null,
    }),
  );
}

const get = (path: string, value: unknown): unknown =>
  path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], value);

describe('contract templates', () => {
  it.each(contractTemplates.map((t) => [t.id, t] as const))(
    '%s parses as contract terms and as a contract, with a Dutch name and description',
    (_id, template) => {
      expect(contractTermsSchema.safeParse(template.terms).success).toBe(true);
      const contract = contractInputSchema.safeParse({
        organisationId: 1,
        validFrom: '2026-01-01',
        validUntil: null,
        ...template.terms,
      });
      expect(contract.success).toBe(true);
      expect(template.name.length).toBeGreaterThan(3);
      expect(template.description.length).toBeGreaterThan(20);
      // Every placeholder the note announces is a real field at €0,00.
      for (const path of template.toFillIn) expect(get(path, template.terms)).toBe(0);
      if (template.toFillIn.length > 0) expect(template.note).toMatch(/vul .* in/i);
    },
  );

  it('has one template per seed provider, each id once', () => {
    expect(contractTemplates.map((t) => t.id)).toEqual([
      'auxilium',
      'insieme',
      'veilig_en_vertrouwd',
      'nassaupraktijk',
      'kennisbank',
    ]);
  });
});

describe('Auxilium: member and non-member price lists', () => {
  const contract = contractFrom('auxilium');
  const entries = [
    entry({ minutes: 90, activity: 'consult' }),
    entry({ minutes: 45, activity: 'employment_law_advice' }),
  ];

  it('bills members €120 and €190 an hour', () => {
    const month = unwrap(
      priceMonth({ contract, organisation: member, entries, month: '2026-03', unitsAllowed: [] }),
    );
    expect(
      month.lines.map((l) => [l.subject, l.quantityMilli, l.unitPriceCents, l.amountCents]),
    ).toEqual([
      [{ kind: 'hours', activity: 'consult' }, 1500, 12000, 18000],
      [{ kind: 'hours', activity: 'employment_law_advice' }, 750, 19000, 14250],
    ]);
    const doc = invoice(month.lines, month.specification);
    // 21 % of €322.50 is €67.725 → €67.73
    expect([doc.lineTotalCents, doc.taxTotalCents, doc.payableCents]).toEqual([32250, 6773, 39023]);
  });

  it('bills non-members €140 and €205 an hour', () => {
    const month = unwrap(
      priceMonth({
        contract,
        organisation: nonMember,
        entries,
        month: '2026-03',
        unitsAllowed: [],
      }),
    );
    expect(month.lines.map((l) => l.amountCents)).toEqual([21000, 15375]);
    const doc = invoice(month.lines);
    // 21 % of €363.75 is €76.3875 → €76.39
    expect([doc.lineTotalCents, doc.taxTotalCents, doc.payableCents]).toEqual([36375, 7639, 44014]);
  });

  it('bills the subscription at €125 for members and €175 for others, per calendar year', () => {
    const forMember = unwrap(priceSubscription({ contract, organisation: member, year: 2026 }));
    expect(forMember.line).toMatchObject({
      subject: { kind: 'subscription', year: 2026, employeeBand: null, member: true },
      amountCents: 12500,
    });
    expect(forMember.period).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    const forOthers = unwrap(priceSubscription({ contract, organisation: nonMember, year: 2026 }));
    expect(forOthers.line).toMatchObject({
      subject: { kind: 'subscription', member: false },
      amountCents: 17500,
    });
  });
});

describe('Insieme: hours afterwards per unit, travel time free, cancellation at 50 %', () => {
  const contract = contractFrom('insieme', (t) => ({
    activities: {
      ...t.activities,
      consult: { billing: 'hourly', ratePerHour: { cents: 12000 } },
      information_session: { billing: 'hourly', ratePerHour: { cents: 12000 } },
    },
  }));
  const unitA = { unitId: 11, unitName: 'Productie' };
  const entries = [
    entry({ minutes: 50, ...unitA, date: '2026-03-03' }),
    entry({ minutes: 50, ...unitA, date: '2026-03-10' }),
    entry({ minutes: 50, ...unitA, date: '2026-03-17' }),
    entry({ minutes: 120, activity: 'information_session', cancelled: true }),
    entry({ minutes: 45, activity: 'travel_time', kilometres: 30 }),
  ];

  it('counts 3 × 50 min consult and a cancelled 2 h workshop to the cent', () => {
    const month = unwrap(
      priceMonth({
        contract,
        organisation: nonMember,
        entries,
        month: '2026-03',
        unitsAllowed: [11],
      }),
    );
    expect(
      month.lines.map((l) => [
        l.subject,
        l.quantityMilli,
        l.unit,
        l.unitPriceCents,
        l.amountCents,
        l.minutes,
      ]),
    ).toEqual([
      // 150 min at €120 = €300
      [{ kind: 'hours', activity: 'consult' }, 2500, 'HUR', 12000, 30000, 150],
      // 2 h at 50 % of €120 = €120; no travel time, no kilometres (not in the contract)
      [{ kind: 'cancellation', activity: 'information_session' }, 2000, 'HUR', 6000, 12000, 120],
    ]);
    expect(month.specification).toEqual([
      {
        month: '2026-03',
        activity: 'consult',
        unitName: 'Productie',
        otherUnits: false,
        minutes: 150,
        amountCents: 30000,
      },
    ]);
    const doc = invoice(month.lines, month.specification);
    expect([doc.lineTotalCents, doc.taxTotalCents, doc.payableCents]).toEqual([42000, 8820, 50820]);
  });

  it('does not name the unit when it has too few cases', () => {
    const month = unwrap(
      priceMonth({
        contract,
        organisation: nonMember,
        entries,
        month: '2026-03',
        unitsAllowed: [],
      }),
    );
    expect(month.specification).toEqual([
      {
        month: '2026-03',
        activity: 'consult',
        unitName: null,
        otherUnits: false,
        minutes: 150,
        amountCents: 30000,
      },
    ]);
  });

  it('rounds each entry, not the month, when the contract rounds per 15 minutes up', () => {
    const rounded = { ...contract, rounding: { mode: 'up', stepMinutes: 15 } } as const;
    const month = unwrap(
      priceMonth({
        contract: rounded,
        organisation: nonMember,
        entries,
        month: '2026-03',
        unitsAllowed: [11],
      }),
    );
    // 3 × (50 → 60) = 180 min, not 150 → 150
    expect(month.lines[0]).toMatchObject({ minutes: 180, quantityMilli: 3000, amountCents: 36000 });
  });
});

describe('Veilig en Vertrouwd: a fixed fee per consult', () => {
  const contract = contractFrom('veilig_en_vertrouwd', (t) => ({
    subscription: { kind: 'fixed', price: { cents: 60000 } },
    activities: { ...t.activities, consult: { billing: 'per_consult', fee: { cents: 15000 } } },
  }));

  it('bills each consult at the fee, whatever its length', () => {
    const entries = [
      entry({ minutes: 20 }),
      entry({ minutes: 45 }),
      entry({ minutes: 90 }),
      entry({ minutes: 30, activity: 'first_consult' }),
      entry({ minutes: 60, activity: 'information_session' }),
    ];
    const month = unwrap(
      priceMonth({
        contract,
        organisation: nonMember,
        entries,
        month: '2026-03',
        unitsAllowed: [],
      }),
    );
    expect(month.lines).toEqual([
      {
        subject: { kind: 'consult_fee' },
        quantityMilli: 4000,
        unit: 'C62',
        unitPriceCents: 15000,
        amountCents: 60000,
        minutes: 185,
        vat: { category: 'S', rateBasisPoints: 2100, exemptionReason: null },
      },
    ]);
    expect(month.specification).toMatchObject([
      { activity: 'consult', minutes: 185, amountCents: 60000 },
    ]);
  });

  it('bills the package from the quote yearly', () => {
    expect(
      unwrap(priceSubscription({ contract, organisation: nonMember, year: 2026 })).line.amountCents,
    ).toBe(60000);
  });

  it('ships with the fee as a marked placeholder', () => {
    const template = contractTemplates.find((t) => t.id === 'veilig_en_vertrouwd');
    expect(template?.toFillIn).toContain('activities.consult.fee.cents');
    expect(template?.note).toContain('tarief per consult');
  });
});

describe('Nassaupraktijk: yearly subscription by size, €95 an hour, first consult free', () => {
  const contract = contractFrom('nassaupraktijk');

  it.each([
    [10, '10–20', 27500],
    [20, '10–20', 27500],
    [21, '21–50', 35000],
    [50, '21–50', 35000],
    [51, '51–100', 47500],
    [100, '51–100', 47500],
    [101, '101+', 57500],
    [5000, '101+', 57500],
  ])('%i employees: band %s at %i cents', (employeeCount, band, cents) => {
    const priced = unwrap(
      priceSubscription({ contract, organisation: { isMember: false, employeeCount }, year: 2026 }),
    );
    expect(priced.line).toMatchObject({
      subject: { kind: 'subscription', year: 2026, employeeBand: band, member: false },
      quantityMilli: 1000,
      unit: 'C62',
      unitPriceCents: cents,
      amountCents: cents,
    });
  });

  it('says so when the employee count is missing or under the smallest band', () => {
    expect(
      priceSubscription({
        contract,
        organisation: { isMember: false, employeeCount: null },
        year: 2026,
      }),
    ).toEqual({
      ok: false,
      problem: { code: 'employee_count_missing' },
    });
    expect(
      priceSubscription({
        contract,
        organisation: { isMember: false, employeeCount: 9 },
        year: 2026,
      }),
    ).toEqual({
      ok: false,
      problem: { code: 'no_band_fits', employeeCount: 9 },
    });
  });

  it('takes the first consult off in full', () => {
    const entries = [entry({ minutes: 50, activity: 'first_consult' }), entry({ minutes: 70 })];
    const month = unwrap(
      priceMonth({
        contract,
        organisation: nonMember,
        entries,
        month: '2026-03',
        unitsAllowed: [],
      }),
    );
    expect(
      month.lines.map((l) => [
        l.subject,
        l.quantityMilli,
        l.unitPriceCents,
        l.amountCents,
        l.minutes,
      ]),
    ).toEqual([
      // 120 min at €95
      [{ kind: 'hours', activity: 'consult' }, 2000, 9500, 19000, 120],
      // 50 min at €95 = €79.166… → €79.17 off
      [{ kind: 'free_first', activity: 'first_consult' }, -833, 9500, -7917, 50],
    ]);
    const doc = invoice(month.lines);
    // 21 % of €110.83 = €23.2743 → €23.27
    expect([doc.lineTotalCents, doc.taxTotalCents, doc.payableCents]).toEqual([11083, 2327, 13410]);
  });
});

describe('knowledge base: fixed and variable costs, free first hour, travel costs', () => {
  const contract = contractFrom('kennisbank', (t) => ({
    subscription: { kind: 'fixed', price: { cents: 120000 } },
    activities: {
      ...t.activities,
      consult: { billing: 'hourly', ratePerHour: { cents: 10000 } },
      information_session: { billing: 'hourly', ratePerHour: { cents: 11000 } },
    },
  }));

  it('bills information sessions by the hour, takes the first hour off and adds kilometres', () => {
    const entries = [
      entry({ minutes: 90, activity: 'first_consult', kilometres: 42 }),
      entry({ minutes: 45 }),
      entry({ minutes: 120, activity: 'information_session', kilometres: 42 }),
    ];
    const month = unwrap(
      priceMonth({
        contract,
        organisation: nonMember,
        entries,
        month: '2026-03',
        unitsAllowed: [],
      }),
    );
    expect(
      month.lines.map((l) => [l.subject, l.quantityMilli, l.unit, l.unitPriceCents, l.amountCents]),
    ).toEqual([
      [{ kind: 'hours', activity: 'consult' }, 2250, 'HUR', 10000, 22500],
      [{ kind: 'free_first', activity: 'consult' }, -1000, 'HUR', 10000, -10000],
      [{ kind: 'hours', activity: 'information_session' }, 2000, 'HUR', 11000, 22000],
      [{ kind: 'travel_costs' }, 84000, 'KMT', 23, 1932],
    ]);
    const doc = invoice(month.lines);
    // 21 % of €364.32 = €76.5072 → €76.51
    expect([doc.lineTotalCents, doc.taxTotalCents, doc.payableCents]).toEqual([36432, 7651, 44083]);
  });

  it('takes off no more than the first consult lasted', () => {
    const entries = [entry({ minutes: 40, activity: 'first_consult' }), entry({ minutes: 60 })];
    const month = unwrap(
      priceMonth({
        contract,
        organisation: nonMember,
        entries,
        month: '2026-03',
        unitsAllowed: [],
      }),
    );
    expect(month.lines[1]).toMatchObject({ minutes: 40, quantityMilli: -667, amountCents: -6667 });
  });

  it('bills the fixed costs yearly', () => {
    expect(
      unwrap(priceSubscription({ contract, organisation: nonMember, year: 2026 })).line.amountCents,
    ).toBe(120000);
  });
});
