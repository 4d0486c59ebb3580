import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundMinutes } from './rounding';

describe('minute rounding', () => {
  it.each([
    [50, 60],
    [61, 75],
    [60, 60],
    [1, 15],
  ])('per 15 minutes up: %i → %i', (minutes, rounded) => {
    expect(roundMinutes(minutes, { mode: 'up', stepMinutes: 15 })).toBe(rounded);
  });

  it.each([
    [7, 0],
    [8, 15],
    [22, 15],
    [23, 30],
  ])('to the nearest 15 minutes: %i → %i', (minutes, rounded) => {
    expect(roundMinutes(minutes, { mode: 'nearest', stepMinutes: 15 })).toBe(rounded);
  });

  it('leaves minutes alone without rounding', () => {
    expect(roundMinutes(53, { mode: 'none' })).toBe(53);
  });

  it('rounds up to the next multiple and to the nearest within half a step', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1440 }), fc.integer({ min: 1, max: 60 }), (m, step) => {
        const up = roundMinutes(m, { mode: 'up', stepMinutes: step });
        expect(up % step).toBe(0);
        expect(up).toBeGreaterThanOrEqual(m);
        expect(up - m).toBeLessThan(step);
        const nearest = roundMinutes(m, { mode: 'nearest', stepMinutes: step });
        expect(nearest % step).toBe(0);
        expect(Math.abs(nearest - m)).toBeLessThanOrEqual(step / 2);
      }),
    );
  });
});
