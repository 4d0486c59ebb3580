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
 * calibration memory; never below the minimums.
 */
export async function calibrateKdf(targetMs = DEFAULT_TARGET_MS): Promise<KdfCost> {
  const probe: KdfParams = {
    algorithm: 'argon2id',
    memoryKiB: CALIBRATION_MEMORY_KIB,
    iterations: KDF_MINIMUM.iterations,
    parallelism: 1,
    salt: randomBytes(16).toString('base64'),
  };
  const secret = randomBytes(16);
  await deriveKey(secret, probe); // warm-up: the first run pays for allocating the memory
  const start = performance.now();
  await deriveKey(secret, probe);
  const perPass = (performance.now() - start) / probe.iterations;
  const iterations = Math.round(targetMs / Math.max(perPass, 0.1));
  return {
    memoryKiB: CALIBRATION_MEMORY_KIB,
    iterations: Math.min(KDF_MAXIMUM.iterations, Math.max(KDF_MINIMUM.iterations, iterations)),
    parallelism: 1,
  };
}

export function newKdfParams(cost: KdfCost): KdfParams {
  return { algorithm: 'argon2id', ...cost, salt: randomBytes(16).toString('base64') };
}
