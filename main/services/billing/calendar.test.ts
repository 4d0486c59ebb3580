import { describe, expect, it } from 'vitest';
import { addDays, inForceDuring, monthPeriod, yearPeriod } from './calendar';

describe('billing calendar', () => {
  it('gives months their last day, leap years included', () => {
    expect(monthPeriod('2026-02')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(monthPeriod('2028-02')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(monthPeriod('2026-12')).toEqual({ start: '2026-12-01', end: '2026-12-31' });
    expect(() => monthPeriod('2026-13')).toThrow(RangeError);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-11-02', 28)).toBe('2026-11-30');
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
    expect(addDays('2026-01-05', 0)).toBe('2026-01-05');
  });

  it('knows when a contract is in force during a period', () => {
    const year = yearPeriod(2026);
    expect(inForceDuring('2026-12-31', null, year)).toBe(true);
    expect(inForceDuring('2025-01-01', '2026-01-01', year)).toBe(true);
    expect(inForceDuring('2025-01-01', '2025-12-31', year)).toBe(false);
    expect(inForceDuring('2027-01-01', null, year)).toBe(false);
  });
});
