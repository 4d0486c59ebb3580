import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatDay,
  formatTime,
  fromInputValue,
  nowInstant,
  todayInputValue,
  toInputValue,
} from './datetime';

describe('moments in Dutch time', () => {
  it('sends a typed date and time with the offset of that day in the Netherlands', () => {
    expect(fromInputValue('2026-11-23T14:05')).toBe('2026-11-23T14:05:00+01:00');
    expect(fromInputValue('2026-07-01T09:30')).toBe('2026-07-01T09:30:00+02:00');
  });

  it('gets the offset right on the days summer time starts and ends', () => {
    // 29 March 2026: clocks go from 02:00 to 03:00; 25 October 2026: from 03:00 to 02:00.
    expect(fromInputValue('2026-03-29T01:30')).toBe('2026-03-29T01:30:00+01:00');
    expect(fromInputValue('2026-03-29T03:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(fromInputValue('2026-10-25T01:30')).toBe('2026-10-25T01:30:00+02:00');
    expect(fromInputValue('2026-10-25T04:00')).toBe('2026-10-25T04:00:00+01:00');
  });

  it('leaves what is not a complete, existing date and time as it is', () => {
    expect(fromInputValue('')).toBe('');
    expect(fromInputValue('2026-11-23')).toBe('2026-11-23');
    expect(fromInputValue('2026-02-30T10:00')).toBe('2026-02-30T10:00');
    expect(fromInputValue('2026-11-23T25:00')).toBe('2026-11-23T25:00');
  });

  it('shows what main stored (UTC) as the local date and time in the form', () => {
    expect(toInputValue('2026-11-23T13:05:00.000Z')).toBe('2026-11-23T14:05');
    expect(toInputValue('2026-07-01T07:30:00.000Z')).toBe('2026-07-01T09:30');
    expect(toInputValue('2026-11-23T23:30:00.000Z')).toBe('2026-11-24T00:30');
    expect(toInputValue(null)).toBe('');
    expect(toInputValue('not a moment')).toBe('');
  });

  it('round-trips: what is typed is what the form shows again', () => {
    for (const typed of ['2026-01-01T00:00', '2026-06-15T12:45', '2026-12-31T23:59']) {
      expect(toInputValue(fromInputValue(typed))).toBe(typed);
      expect(toInputValue(new Date(fromInputValue(typed)).toISOString())).toBe(typed);
    }
  });

  it('gives now and today in local time, to the minute', () => {
    const now = new Date('2026-11-23T23:30:45.000Z');
    expect(nowInstant(now)).toBe('2026-11-24T00:30:00+01:00');
    expect(todayInputValue(now)).toBe('2026-11-24');
  });

  it('writes a moment as "23 november 2026, 14:05" (and in English)', () => {
    expect(formatDateTime('nl', '2026-11-23T13:05:00.000Z')).toBe('23 november 2026, 14:05');
    expect(formatDateTime('en', '2026-11-23T13:05:00.000Z')).toBe('23 November 2026, 14:05');
    expect(formatDay('nl', '2026-07-01T22:30:00.000Z')).toBe('2 juli 2026');
    expect(formatTime('nl', '2026-07-01T07:05:00.000Z')).toBe('09:05');
    expect(formatDateTime('nl', 'later')).toBe('later');
  });
});
