import { describe, expect, it } from 'vitest';
import { FREE_ATTEMPTS, MAX_DELAY_MS, unlockDelayMs } from './unlock-delay';

describe('the wait after wrong unlock attempts', () => {
  it('is none for the first three wrong attempts', () => {
    expect([0, 1, 2, 3].map(unlockDelayMs)).toEqual([0, 0, 0, 0]);
  });

  it('then starts at one second and doubles', () => {
    expect([4, 5, 6, 7, 8].map(unlockDelayMs)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
  });

  it('never exceeds five minutes, however many attempts: no lockout', () => {
    expect(unlockDelayMs(12)).toBe(256_000);
    expect(unlockDelayMs(13)).toBe(MAX_DELAY_MS);
    expect(unlockDelayMs(20)).toBe(MAX_DELAY_MS);
    expect(unlockDelayMs(1e9)).toBe(MAX_DELAY_MS);
  });

  it('grows with every attempt past the free ones until the cap', () => {
    for (let n = FREE_ATTEMPTS + 1; n < 13; n++) {
      expect(unlockDelayMs(n + 1)).toBeGreaterThan(unlockDelayMs(n));
    }
  });

  it('treats nonsense counts as no failures', () => {
    expect(unlockDelayMs(-5)).toBe(0);
    expect(unlockDelayMs(Number.NaN)).toBe(0);
  });
});
