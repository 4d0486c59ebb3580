import { describe, expect, it } from 'vitest';
import { dutchYear, fromInputValue, nextDay, startOfDutchDay, toInputValue } from './dutch-time';

describe('Dutch wall-clock time', () => {
  it.each([
    ['2026-01-01', '2025-12-31T23:00:00.000Z'],
    ['2026-07-01', '2026-06-30T22:00:00.000Z'],
    ['2026-03-29', '2026-03-28T23:00:00.000Z'], // the day summer time starts
    ['2026-10-25', '2026-10-24T22:00:00.000Z'], // the day it ends
  ])('the Dutch day %s starts at %s UTC', (day, utc) => {
    expect(startOfDutchDay(day)).toBe(utc);
  });

  it('knows the Dutch year of a moment near midnight on New Year', () => {
    expect(dutchYear('2026-12-31T23:30:00.000Z')).toBe(2027);
    expect(dutchYear('2026-12-31T22:59:00.000Z')).toBe(2026);
  });

  it('turns form values into moments with the right offset and back', () => {
    expect(fromInputValue('2026-11-23T14:05')).toBe('2026-11-23T14:05:00+01:00');
    expect(fromInputValue('2026-06-01T09:00')).toBe('2026-06-01T09:00:00+02:00');
    expect(toInputValue('2026-11-23T13:05:00.000Z')).toBe('2026-11-23T14:05');
    expect(fromInputValue('2026-02-30T10:00')).toBe('2026-02-30T10:00'); // left for the schema
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });
});
