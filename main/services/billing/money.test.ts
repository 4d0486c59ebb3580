import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideRounded, hoursMilli, lineAmountCents, percentOf, priceFor } from './money';

describe('line amounts', () => {
  it.each([
    [60, 9500, 9500],
    [50, 9500, 7917], // 7916.67
    [45, 12000, 9000],
    [1, 3, 0], // 0.05
    [10, 3, 1], // 0.5: half up
    [150, 12000, 30000],
  ])('%i minutes at %i cents an hour is %i cents', (minutes, rate, cents) => {
    expect(lineAmountCents(minutes, rate)).toBe(cents);
  });

  it('rounds halves away from zero, so a negative amount mirrors the positive one', () => {
    expect(divideRounded(30n, 60n)).toBe(1);
    expect(divideRounded(-30n, 60n)).toBe(-1);
    expect(divideRounded(29n, 60n)).toBe(0);
    expect(divideRounded(-29n, 60n)).toBe(0); // never -0 on an invoice
  });

  it('is exact beyond float precision', () => {
    // 10 million minutes at €1,000,000 an hour: the product is far above 2^53.
    expect(lineAmountCents(10_000_000, 100_000_000)).toBe(16_666_666_666_667);
  });

  it('equals round(minutes × rate / 60) for every ordinary line', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (m, r) => {
          expect(lineAmountCents(m, r)).toBe(Math.round((m * r) / 60));
        },
      ),
    );
  });

  it('is symmetric around zero', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        (n, d) => {
          expect(divideRounded(-n, d)).toBe(-divideRounded(n, d) || 0);
        },
      ),
    );
  });
});

describe('quantities and percentages', () => {
  it.each([
    [60, 1000],
    [50, 833],
    [75, 1250],
    [285, 4750],
    [1, 17],
  ])('%i minutes is %i thousandths of an hour', (minutes, milli) => {
    expect(hoursMilli(minutes)).toBe(milli);
  });

  it('takes percentages half-up', () => {
    expect(percentOf(9500, 50)).toBe(4750);
    expect(percentOf(12345, 50)).toBe(6173);
    expect(percentOf(14000, 0)).toBe(0);
    expect(percentOf(14000, 100)).toBe(14000);
  });

  it('charges the member price only to members, and only where there is one', () => {
    const auxilium = { cents: 14000, memberCents: 12000 };
    expect(priceFor(auxilium, true)).toEqual({ cents: 12000, member: true });
    expect(priceFor(auxilium, false)).toEqual({ cents: 14000, member: false });
    expect(priceFor({ cents: 9500, memberCents: null }, true)).toEqual({
      cents: 9500,
      member: false,
    });
  });
});
