import { describe, expect, it } from 'vitest';
import { contractInputSchema, contractTermsSchema, type ContractFormValues } from './contract';

const hourly = (cents: number) => ({ billing: 'hourly', ratePerHour: { cents } }) as const;
const notBilled = { billing: 'not_billed' } as const;

const minimal: ContractFormValues = {
  organisationId: 3,
  validFrom: '2026-01-01',
  subscription: { kind: 'none' },
  activities: {
    consult: hourly(9500),
    employment_law_advice: hourly(9500),
    information_session: hourly(9500),
    policy_document: notBilled,
    complaints_committee: notBilled,
    travel_time: notBilled,
    other: notBilled,
  },
  vat: { category: 'S' },
};

function messagesFor(values: Record<string, unknown>): Record<string, string> {
  const result = contractInputSchema.safeParse({ ...minimal, ...values });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('contract input', () => {
  it('fills sensible defaults', () => {
    expect(contractInputSchema.parse(minimal)).toMatchObject({
      validUntil: null,
      freeFirst: 'none',
      kilometreRateCents: null,
      cancellationPercent: 0,
      quotes: [],
      rounding: { mode: 'none' },
      vat: { category: 'S', rateBasisPoints: 2100 },
      paymentTermDays: 30,
      activities: {
        consult: { billing: 'hourly', ratePerHour: { cents: 9500, memberCents: null } },
      },
    });
  });

  it.each([
    [{ validFrom: '2026-02-30' }, 'validFrom', 'validation.date'],
    [{ validUntil: '2025-12-31' }, 'validUntil', 'validation.endBeforeStart'],
    [{ cancellationPercent: 101 }, 'cancellationPercent', 'validation.count'],
    [{ cancellationPercent: 12.5 }, 'cancellationPercent', 'validation.count'],
    [{ paymentTermDays: -1 }, 'paymentTermDays', 'validation.count'],
    [{ kilometreRateCents: -23 }, 'kilometreRateCents', 'validation.amount'],
    [{ kilometreRateCents: 23.5 }, 'kilometreRateCents', 'validation.amount'],
    [
      { vat: { category: 'E', exemptionReason: ' ' } },
      'vat.exemptionReason',
      'validation.required',
    ],
    [{ rounding: { mode: 'up', stepMinutes: 0 } }, 'rounding.stepMinutes', 'validation.count'],
    [{ rounding: { mode: 'up', stepMinutes: 61 } }, 'rounding.stepMinutes', 'validation.count'],
    [
      { subscription: { kind: 'fixed', price: { cents: -1 } } },
      'subscription.price.cents',
      'validation.amount',
    ],
    [
      { quotes: [{ label: 'Workshop', amountCents: 50000, date: '2025-12-01' }] },
      'quotes.0.date',
      'validation.outsideContract',
    ],
    [
      { quotes: [{ label: '', amountCents: 50000, date: '2026-02-01' }] },
      'quotes.0.label',
      'validation.required',
    ],
  ])('refuses %o at %s with %s', (values, path, message) => {
    expect(messagesFor(values)[path]).toBe(message);
  });

  it('takes an exempt VAT with its reason', () => {
    const reason = 'Vrijgesteld van btw op grond van artikel 11 Wet OB';
    expect(
      contractInputSchema.parse({ ...minimal, vat: { category: 'E', exemptionReason: reason } })
        .vat,
    ).toEqual({ category: 'E', exemptionReason: reason });
  });

  it('allows a fee per consult only for consult work', () => {
    const perConsult = { billing: 'per_consult', fee: { cents: 15000 } };
    expect(
      contractInputSchema.safeParse({
        ...minimal,
        activities: { ...minimal.activities, consult: perConsult },
      }).success,
    ).toBe(true);
    expect(
      contractInputSchema.safeParse({
        ...minimal,
        activities: { ...minimal.activities, information_session: perConsult },
      }).success,
    ).toBe(false);
  });

  it('gives a free first hour only where consults are billed by the hour', () => {
    expect(
      messagesFor({
        freeFirst: 'first_hour',
        activities: {
          ...minimal.activities,
          consult: { billing: 'per_consult', fee: { cents: 15000 } },
        },
      }),
    ).toEqual({ freeFirst: 'validation.freeFirstHourNeedsHourly' });
    expect(messagesFor({ freeFirst: 'first_hour' })).toEqual({});
  });

  it('has no price list for first consults: they are consult work', () => {
    expect(
      contractInputSchema.safeParse({
        ...minimal,
        activities: { ...minimal.activities, first_consult: hourly(0) },
      }).success,
    ).toBe(false);
  });
});

describe('employee bands', () => {
  const band = (minEmployees: number, maxEmployees: number | null) => ({
    minEmployees,
    maxEmployees,
    price: { cents: 27500 },
  });
  const banded = (...bands: ReturnType<typeof band>[]) => ({
    subscription: { kind: 'banded', bands },
  });

  it('takes ascending bands with an open top band', () => {
    expect(messagesFor(banded(band(10, 20), band(21, 50), band(51, 100), band(101, null)))).toEqual(
      {},
    );
  });

  it('takes a gap between bands (no band fits a count there; the engine says so)', () => {
    expect(messagesFor(banded(band(10, 20), band(51, 100)))).toEqual({});
  });

  it.each([
    [[band(10, 20), band(20, 50)], 'subscription.bands.1.minEmployees', 'validation.bandOverlap'],
    [[band(21, 50), band(10, 20)], 'subscription.bands.1.minEmployees', 'validation.bandOverlap'],
    [
      [band(100, null), band(101, 200)],
      'subscription.bands.1.minEmployees',
      'validation.bandOverlap',
    ],
    [[band(20, 10)], 'subscription.bands.0.maxEmployees', 'validation.bandRange'],
    [[], 'subscription.bands', 'validation.required'],
  ])('refuses %j', (bands, path, message) => {
    expect(messagesFor(banded(...bands))[path]).toBe(message);
  });
});

describe('contract terms (templates)', () => {
  it('need no organisation or validity', () => {
    const { organisationId: _o, validFrom: _v, ...terms } = minimal;
    expect(contractTermsSchema.safeParse(terms).success).toBe(true);
  });
});
