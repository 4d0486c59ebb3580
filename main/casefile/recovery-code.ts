import { randomBytes } from 'node:crypto';

/**
 * The recovery code: 160 random bits in Crockford base32 (no I, L, O, U), shown as eight
 * groups of four so it can be printed and typed back. Typing is forgiving: any case, spaces or
 * dashes, and the look-alikes O→0 and I/L→1.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_BYTES = 20;
export const RECOVERY_CODE_LENGTH = 32;

export function generateRecoveryCode(): string {
  return formatRecoveryCode(encodeBase32(randomBytes(CODE_BYTES)));
}

export function formatRecoveryCode(normalised: string): string {
  return normalised.match(/.{1,4}/g)?.join('-') ?? normalised;
}

/** The canonical form used for key derivation, or null when it cannot be a recovery code. */
export function normaliseRecoveryCode(typed: string): string | null {
  const cleaned = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== RECOVERY_CODE_LENGTH) return null;
  for (const ch of cleaned) if (!ALPHABET.includes(ch)) return null;
  return cleaned;
}

function encodeBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}
