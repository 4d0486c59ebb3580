import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatDate,
  formatHoursMinutes,
  formatIban,
  formatMoney,
  formatPeriod,
  formatQuantity,
  formatRate,
} from './format';

describe('figures on exports', () => {
  it.each([
    [0, '0,00', '0.00'],
    [5, '0,05', '0.05'],
    [123_456, '1.234,56', '1,234.56'],
    [-9_500, '-95,00', '-95.00'],
    [100_000_000, '1.000.000,00', '1,000,000.00'],
  ])('amount %i cents', (cents, nl, en) => {
    expect(formatAmount(cents, 'nl')).toBe(nl);
    expect(formatAmount(cents, 'en')).toBe(en);
  });

  it('puts the euro sign the way each language does', () => {
    expect(formatMoney(123_456, 'nl')).toBe('€ 1.234,56');
    expect(formatMoney(-9_500, 'nl')).toBe('€ -95,00');
    expect(formatMoney(123_456, 'en')).toBe('€1,234.56');
    expect(formatMoney(-9_500, 'en')).toBe('-€95.00');
  });

  it.each([
    [1_250, '1,25', '1.25'],
    [84_000, '84', '84'],
    [-1_000, '-1', '-1'],
    [333, '0,333', '0.333'],
    [12_345_500, '12.345,5', '12,345.5'],
  ])('quantity %i thousandths', (milli, nl, en) => {
    expect(formatQuantity(milli, 'nl')).toBe(nl);
    expect(formatQuantity(milli, 'en')).toBe(en);
  });

  it('writes dates, months, periods, hours, rates and IBANs', () => {
    expect(formatDate('2026-11-02', 'nl')).toBe('2 november 2026');
    expect(formatDate('2026-03-31', 'en')).toBe('31 March 2026');
    expect(formatPeriod({ start: '2026-10-01', end: '2026-10-31' }, 'nl')).toBe('oktober 2026');
    expect(formatPeriod({ start: '2024-02-01', end: '2024-02-29' }, 'en')).toBe('February 2024');
    expect(formatPeriod({ start: '2026-01-01', end: '2026-12-31' }, 'nl')).toBe('2026');
    expect(formatPeriod({ start: '2026-10-01', end: '2026-10-30' }, 'nl')).toBe(
      '1 oktober 2026 – 30 oktober 2026',
    );
    expect(formatHoursMinutes(285)).toBe('4:45');
    expect(formatHoursMinutes(5)).toBe('0:05');
    expect(formatRate(2100, 'nl')).toBe('21%');
    expect(formatRate(950, 'nl')).toBe('9,5%');
    expect(formatRate(0, 'en')).toBe('0%');
    expect(formatIban('NL91ABNA0417164300')).toBe('NL91 ABNA 0417 1643 00');
  });
});
