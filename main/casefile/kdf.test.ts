import { describe, expect, it } from 'vitest';
import {
  calibrateKdf,
  deriveKey,
  KDF_MAXIMUM,
  KDF_MINIMUM,
  newKdfParams,
  withinLimits,
} from './kdf';

describe('Argon2id parameters', () => {
  it.each([
    ['the minimum', KDF_MINIMUM, true],
    ['the maximum', KDF_MAXIMUM, true],
    ['memory lowered to 32 MiB', { ...KDF_MINIMUM, memoryKiB: 32 * 1024 }, false],
    ['one pass', { ...KDF_MINIMUM, iterations: 1 }, false],
    ['no parallelism', { ...KDF_MINIMUM, parallelism: 0 }, false],
    ['memory of 4 GiB (would hang the app)', { ...KDF_MINIMUM, memoryKiB: 4 * 1024 * 1024 }, false],
    ['a million passes', { ...KDF_MINIMUM, iterations: 1_000_000 }, false],
    ['fractional memory', { ...KDF_MINIMUM, memoryKiB: 65536.5 }, false],
    ['NaN passes', { ...KDF_MINIMUM, iterations: Number.NaN }, false],
    ['negative memory', { ...KDF_MINIMUM, memoryKiB: -65536 }, false],
  ])('%s is within limits: %s', (_name, cost, expected) => {
    expect(withinLimits(cost)).toBe(expected);
  });

  it('calibrates to at least the minimums and at most the maximums', async () => {
    const cost = await calibrateKdf(200);
    expect(withinLimits(cost)).toBe(true);
    expect(cost.memoryKiB).toBeGreaterThanOrEqual(KDF_MINIMUM.memoryKiB);
  });

  it('derives the same key for the same salt and a different one for another salt', async () => {
    const params = newKdfParams(KDF_MINIMUM);
    const secret = Buffer.from('geheim wachtwoord');
    const a = await deriveKey(secret, params);
    const b = await deriveKey(secret, params);
    const c = await deriveKey(secret, newKdfParams(KDF_MINIMUM));
    expect(a).toHaveLength(32);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
  });
});
