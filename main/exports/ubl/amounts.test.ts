import { describe, expect, it } from 'vitest';
import {
  divideRoundHalfUp,
  formatBasisPoints,
  formatCents,
  formatMilli,
  formatScaled,
} from './amounts';

describe('formatCents', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [-5, '-0.05'],
    [95, '0.95'],
    [100, '1.00'],
    [-9_500, '-95.00'],
    [111_320, '1113.20'],
    [100_000_000_000, '1000000000.00'],
  ])('%d cents → %s', (cents, text) => {
    expect(formatCents(cents)).toBe(text);
  });

  it('takes bigints beyond the safe integer range', () => {
    expect(formatCents(12_345_678_901_234_567_89n)).toBe('12345678901234567.89');
  });

  it('refuses fractions of a cent', () => {
    expect(() => formatCents(1.5)).toThrow(RangeError);
    expect(() => formatCents(Number.NaN)).toThrow(RangeError);
  });
});

describe('formatMilli and formatScaled', () => {
  it.each([
    [4_750, '4.75'],
    [2_000, '2'],
    [-1_000, '-1'],
    [84_000, '84'],
    [12_500, '12.5'],
    [333, '0.333'],
    [-5, '-0.005'],
    [0, '0'],
  ])('%d thousandths → %s', (milli, text) => {
    expect(formatMilli(milli)).toBe(text);
  });

  it('formats percentages in hundredths', () => {
    expect(formatBasisPoints(2_100)).toBe('21');
    expect(formatBasisPoints(950)).toBe('9.5');
    expect(formatBasisPoints(0)).toBe('0');
  });

  it('writes whole numbers with scale 0', () => {
    expect(formatScaled(-205n, 0)).toBe('-205');
  });
});

describe('divideRoundHalfUp', () => {
  it('rounds halves away from zero, so negative lines mirror positive ones', () => {
    expect(divideRoundHalfUp(2_875n, 10n)).toBe(288n);
    expect(divideRoundHalfUp(-2_875n, 10n)).toBe(-288n);
    expect(divideRoundHalfUp(2_874n, 10n)).toBe(287n);
    expect(divideRoundHalfUp(-2_874n, 10n)).toBe(-287n);
    expect(divideRoundHalfUp(0n, 60n)).toBe(0n);
  });

  it('refuses a non-positive denominator', () => {
    expect(() => divideRoundHalfUp(1n, 0n)).toThrow(RangeError);
  });
});
