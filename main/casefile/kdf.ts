import { hashRaw } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';

/** Argon2id parameters as stored in the key file. */
export interface KdfParams {
  algorithm: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  /** base64, 16 bytes */
  salt: string;
}

export type KdfCost = Pick<KdfParams, 'memoryKiB' | 'iterations' | 'parallelism'>;

/**
 * Floors enforced when a key file is read, so an edited key file cannot make a stolen one cheap
 * to attack; ceilings so an edited key file cannot make the app hang or run out of memory.
 */
export const KDF_MINIMUM: KdfCost = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 };
export const KDF_MAXIMUM: KdfCost = { memoryKiB: 1024 * 1024, iterations: 200, parallelism: 8 };

/** Memory used when calibrating: more memory is the better defence; time is tuned by passes. */
const CALIBRATION_MEMORY_KIB = 128 * 1024;
export const DEFAULT_TARGET_MS = 500;

// @node-rs/argon2 declares Algorithm as a const enum, which isolated modules cannot import.
const ARGON2ID = 2;

export function withinLimits(cost: KdfCost): boolean {
  const keys = ['memoryKiB', 'iterations', 'parallelism'] as const;
  return keys.every(
    (k) => Number.isSafeInteger(cost[k]) && cost[k] >= KDF_MINIMUM[k] && cost[k] <= KDF_MAXIMUM[k],
  );
}

export async function deriveKey(secret: Uint8Array, params: KdfParams): Promise<Buffer> {
  return hashRaw(secret, {
    algorithm: ARGON2ID,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    salt: Buffer.from(params.salt, 'base64'),
    outputLen: 32,
  });
}

/**
 * Chooses the number of passes that takes about `targetMs` on this machine, at the
 * calibration memory; never below the minimums. A run costs a fixed part (allocating and
 * touching the memory) plus a part per pass, so a single timing misleads: the pass count is
 * scaled to the target three times, each time from a real run at the previous estimate.
 */
export async function calibrateKdf(targetMs = DEFAULT_TARGET_MS): Promise<KdfCost> {
  const secret = randomBytes(16);
  const clamp = (n: number) =>
    Math.min(KDF_MAXIMUM.iterations, Math.max(KDF_MINIMUM.iterations, Math.round(n)));
  let iterations = KDF_MINIMUM.iterations;
  await deriveKey(secret, newKdfParams({ ...KDF_MINIMUM, memoryKiB: CALIBRATION_MEMORY_KIB }));
  for (let step = 0; step < 3; step++) {
    const start = performance.now();
    await deriveKey(
      secret,
      newKdfParams({ memoryKiB: CALIBRATION_MEMORY_KIB, iterations, parallelism: 1 }),
    );
    const elapsed = Math.max(performance.now() - start, 1);
    // At most eight times more per step, so one hiccup cannot run away.
    iterations = clamp(iterations * Math.min(8, targetMs / elapsed));
  }
  return { memoryKiB: CALIBRATION_MEMORY_KIB, iterations, parallelism: 1 };
}

export function newKdfParams(cost: KdfCost): KdfParams {
  return { algorithm: 'argon2id', ...cost, salt: randomBytes(16).toString('base64') };
}
