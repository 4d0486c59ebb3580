import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The offline e-invoice validator of ../shared/einvoice (UBL 2.1 XSD, EN 16931, SI-UBL 2.0 or
 * Peppol BIS 3.0), beside the repository as CI checks it out: what a Dutch accounting package
 * or Peppol access point would say of a file. Exit code 0 is valid.
 */
const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const EINVOICE_VALIDATOR = path.resolve(repoRoot, '../shared/einvoice/validate');
export const VALIDATOR_TIMEOUT = 120_000;

export type ValidatorProfile = 'nlcius' | 'peppol';

export function validateUblFile(
  file: string,
  profile: ValidatorProfile,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const args = profile === 'peppol' ? ['--peppol', file] : [file];
    const child = spawn(EINVOICE_VALIDATOR, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

export async function validateUbl(
  xml: string | Buffer,
  profile: ValidatorProfile,
): Promise<{ code: number | null; output: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vp-ubl-check-'));
  try {
    const file = path.join(dir, 'invoice.xml');
    writeFileSync(file, xml);
    return await validateUblFile(file, profile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
