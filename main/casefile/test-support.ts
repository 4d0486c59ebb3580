import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../errors';
import type { CaseFileOptions } from './index';
import { KDF_MINIMUM } from './kdf';
import { readKeyFile, unwrapDataKey } from './keyfile';
import { caseFilePaths } from './paths';

/** Tests use the minimum Argon2id cost: still real Argon2id, about 50 ms instead of 500. */
export const FAST_KDF: CaseFileOptions = { kdf: KDF_MINIMUM };

export const PASSPHRASE = 'paarse olifant drinkt koffie';

export async function makeTempFolder(): Promise<{ folder: string; cleanup(): Promise<void> }> {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'vp-casefile-test-'));
  return {
    folder: path.join(parent, 'casefile'),
    cleanup: () => rm(parent, { recursive: true, force: true }),
  };
}

/** The raw data key, for tests that open the database with other readers. */
export async function dataKeyOf(folder: string, passphrase: string): Promise<Buffer> {
  const keyFile = await readKeyFile(caseFilePaths(folder).keyFile);
  return unwrapDataKey(keyFile, Buffer.from(passphrase), 'passphrase');
}

/** Runs `fn` and returns the error code it failed with, or 'no error'. */
export async function errorCodeOf(fn: () => unknown): Promise<string> {
  try {
    await fn();
    return 'no error';
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
}
