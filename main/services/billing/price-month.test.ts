import { describe, expect, it } from 'vitest';
import { priceMonth, type PriceMonthInput } from './price-month';
import { contractFrom, entry, unwrap } from './test-support';

/** priceMonth's rules beyond the seed providers' examples (templates.test.ts). */

const contract = contractFrom('insieme', (t) => ({
  activities: {
    ...t.activities,
    consult: { billing: 'hourly', ratePerHour: { cents: 12000, memberCents: 10000 } },
    information_session: { billing: 'hourly', ratePerHour: { cents: 14000 } },
  },
  kilometreRateCents: 23,
}));
const organisation = { isMember: false, employeeCount: null };

function price(input: Partial<PriceMonthInput> & Pick<PriceMonthInput, 'entries'>) {
  return priceMonth({ contract, organisation, month: '2026-03', unitsAllowed: [], ...input });
}

const unit = (unitId: number, unitName: string) => ({ unitId, unitName });

describe('priceMonth refuses', () => {
  it('an entry of another month or organisation', () => {
    expect(price({ entries: [entry({ minutes: 30, date: '2026-04-01' })] })).toEqual({
      ok: false,
      problem: { code: 'entry_outside_period', date: '2026-04-01' },
    });
    expect(price({ entries: [entry({ minutes: 30, organisationId: 8 })] })).toEqual({
      ok: false,
      problem: { code: 'entry_of_other_organisation' },
    });
  });

  it('a month the contract does not cover, and entries before it starts', () => {
    const later = { ...contract, validFrom: '2026-03-15' };
    expect(
      priceMonth({
        contract: later,
        organisation,
        month: '2026-02',
        entries: [],
        unitsAllowed: [],
      }),
    ).toEqual({
      ok: false,
      problem: { code: 'contract_not_valid' },
    });
    expect(
      priceMonth({
        contract: later,
        organisation,
        month: '2026-03',
        entries: [entry({ minutes: 30, date: '2026-03-14' })],
        unitsAllowed: [],
      }),
    ).toEqual({ ok: false, problem: { code: 'entry_outside_period', date: '2026-03-14' } });
  });
});

describe('specification per unit', () => {
  it('names allowed units and merges the rest, as the writers expect', () => {
    const month = unwrap(
      price({
        unitsAllowed: [1],
        entries: [
          entry({ minutes: 120, ...unit(1, 'Productie') }),
          entry({ minutes: 60, ...unit(1, 'Productie') }),
          entry({ minutes: 60, ...unit(2, 'Logistiek') }),
          entry({ minutes: 45 }),
          entry({ minutes: 120, activity: 'information_session' }),
        ],
      }),
    );
    expect(month.specification).toEqual([
      {
        month: '2026-03',
        activity: 'consult',
        unitName: 'Productie',
        otherUnits: false,
        minutes: 180,
        amountCents: 36000,
      },
      {
        month: '2026-03',
        activity: 'consult',
        unitName: null,
        otherUnits: true,
        minutes: 105,
        amountCents: 21000,
      },
      {
        month: '2026-03',
        activity: 'information_session',
        unitName: null,
        otherUnits: false,
        minutes: 120,
        amountCents: 28000,
      },
    ]);
  });

  it('also merges the smallest named unit when the rest is one other unit', () => {
    // "Other units" = Logistiek alone could be read off as total minus Productie.
    const month = unwrap(
      price({
        unitsAllowed: [1, 3],
        entries: [
          entry({ minutes: 180, ...unit(1, 'Productie') }),
          entry({ minutes: 90, ...unit(3, 'Verkoop') }),
          entry({ minutes: 30, ...unit(2, 'Logistiek') }),
        ],
      }),
    );
    expect(month.specification.map((r) => [r.unitName, r.otherUnits, r.minutes])).toEqual([
      ['Productie', false, 180],
      [null, true, 120],
    ]);
  });

  it('does not split at all when merging leaves no named unit', () => {
    const month = unwrap(
      price({
        unitsAllowed: [1],
        entries: [
          entry({ minutes: 180, ...unit(1, 'Productie') }),
          entry({ minutes: 30, ...unit(2, 'Logistiek') }),
        ],
      }),
    );
    expect(month.specification.map((r) => [r.unitName, r.otherUnits, r.minutes])).toEqual([
      [null, false, 210],
    ]);
  });

  it('shares the line amount over the rows to the cent', () => {
    // 7 min at €95 is €11.0833…: rows rounded on their own would not add up to the line.
    const at95 = {
      ...contract,
      activities: {
        ...contract.activities,
        consult: { billing: 'hourly', ratePerHour: { cents: 9500, memberCents: null } },
      },
    } as const;
    const month = unwrap(
      priceMonth({
        contract: at95,
        organisation,
        month: '2026-03',
        unitsAllowed: [1, 2],
        entries: [
          entry({ minutes: 7, ...unit(1, 'A') }),
          entry({ minutes: 7, ...unit(2, 'B') }),
          entry({ minutes: 7 }),
          entry({ minutes: 7, ...unit(4, 'D') }),
        ],
      }),
    );
    // 28 min = €44.333… → €44.33, shared by cumulative rounding: 11.08, 22.17 − 11.08, 44.33 − 22.17.
    expect(month.lines[0]?.amountCents).toBe(4433);
    expect(month.specification.map((r) => [r.unitName, r.minutes, r.amountCents])).toEqual([
      ['A', 7, 1108],
      ['B', 7, 1109],
      [null, 14, 2216],
    ]);
  });
});

describe('lines', () => {
  it('bills cancelled work at the percentage of the member rate for members', () => {
    const month = unwrap(
      price({
        organisation: { isMember: true, employeeCount: null },
        entries: [entry({ minutes: 90, cancelled: true })],
      }),
    );
    expect(month.lines).toMatchObject([
      {
        subject: { kind: 'cancellation', activity: 'consult' },
        unitPriceCents: 5000,
        quantityMilli: 1500,
        amountCents: 7500,
      },
    ]);
    expect(month.specification).toEqual([]);
  });

  it('bills no cancellation when the contract has 0 %', () => {
    const none = { ...contract, cancellationPercent: 0 };
    expect(
      unwrap(
        priceMonth({
          contract: none,
          organisation,
          month: '2026-03',
          entries: [entry({ minutes: 60, cancelled: true })],
          unitsAllowed: [],
        }),
      ).lines,
    ).toEqual([]);
  });

  it('does not bill a cancelled first consult when first consults are free', () => {
    const nassau = { ...contractFrom('nassaupraktijk'), cancellationPercent: 50 };
    const month = unwrap(
      priceMonth({
        contract: nassau,
        organisation,
        month: '2026-03',
        entries: [entry({ minutes: 60, activity: 'first_consult', cancelled: true })],
        unitsAllowed: [],
      }),
    );
    expect(month.lines).toEqual([]);
  });

  it('bills a cancelled consult at a fixed fee at the percentage of the fee', () => {
    const venv = contractFrom('veilig_en_vertrouwd', (t) => ({
      activities: { ...t.activities, consult: { billing: 'per_consult', fee: { cents: 15001 } } },
      cancellationPercent: 50,
    }));
    const month = unwrap(
      priceMonth({
        contract: venv,
        organisation,
        month: '2026-03',
        entries: [entry({ minutes: 60, cancelled: true })],
        unitsAllowed: [],
      }),
    );
    expect(month.lines).toMatchObject([
      {
        subject: { kind: 'cancellation', activity: 'consult' },
        unit: 'C62',
        quantityMilli: 1000,
        unitPriceCents: 7501,
        amountCents: 7501,
      },
    ]);
  });

  it('takes kilometres from every entry, also cancelled and unbilled ones', () => {
    const month = unwrap(
      price({
        entries: [
          entry({ minutes: 60, activity: 'travel_time', kilometres: 12 }),
          entry({ minutes: 60, cancelled: true, kilometres: 30 }),
        ],
      }),
    );
    expect(month.lines.at(-1)).toMatchObject({
      subject: { kind: 'travel_costs' },
      quantityMilli: 42000,
      amountCents: 966,
    });
  });

  it('bills the quotes dated in the month, in date order', () => {
    const quoted = {
      ...contract,
      quotes: [
        { label: 'Workshop grenzen aangeven', amountCents: 65000, date: '2026-03-20' },
        { label: 'Klachtencommissie opzetten', amountCents: 120000, date: '2026-03-02' },
        { label: 'Jaarverslag op maat', amountCents: 30000, date: '2026-04-02' },
      ],
    };
    const month = unwrap(
      priceMonth({
        contract: quoted,
        organisation,
        month: '2026-03',
        entries: [],
        unitsAllowed: [],
      }),
    );
    expect(month.lines.map((l) => [l.subject, l.unit, l.quantityMilli, l.amountCents])).toEqual([
      [{ kind: 'quote', label: 'Klachtencommissie opzetten' }, 'LS', 1000, 120000],
      [{ kind: 'quote', label: 'Workshop grenzen aangeven' }, 'LS', 1000, 65000],
    ]);
  });

  it('drops entries that round to nothing', () => {
    const nearest = { ...contract, rounding: { mode: 'nearest', stepMinutes: 15 } } as const;
    const month = unwrap(
      priceMonth({
        contract: nearest,
        organisation,
        month: '2026-03',
        entries: [entry({ minutes: 7 })],
        unitsAllowed: [],
      }),
    );
    expect(month).toMatchObject({ lines: [], specification: [] });
  });

  it('reads no case and prints no unit that was not allowed', () => {
    const month = unwrap(price({ entries: [entry({ minutes: 60, ...unit(5, 'Directie') })] }));
    expect(JSON.stringify(month)).not.toContain('Directie');
  });

  it('gives the month as the period', () => {
    expect(
      unwrap(
        priceMonth({ contract, organisation, month: '2028-02', entries: [], unitsAllowed: [] }),
      ).period,
    ).toEqual({
      start: '2028-02-01',
      end: '2028-02-29',
    });
  });
});
