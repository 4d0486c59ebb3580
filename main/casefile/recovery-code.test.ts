import { describe, expect, it } from 'vitest';
import {
  formatRecoveryCode,
  generateRecoveryCode,
  normaliseRecoveryCode,
  RECOVERY_CODE_LENGTH,
} from './recovery-code';

describe('recovery code', () => {
  it('is eight groups of four Crockford base32 characters, different every time', () => {
    const codes = new Set(Array.from({ length: 50 }, () => generateRecoveryCode()));
    expect(codes.size).toBe(50);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/);
      expect(normaliseRecoveryCode(code)).toHaveLength(RECOVERY_CODE_LENGTH);
    }
  });

  it('accepts what a person types back: any case, spaces, look-alike letters', () => {
    const code = generateRecoveryCode();
    const canonical = normaliseRecoveryCode(code);
    expect(normaliseRecoveryCode(code.toLowerCase())).toBe(canonical);
    expect(normaliseRecoveryCode(code.replace(/-/g, ' '))).toBe(canonical);
    expect(normaliseRecoveryCode(`  ${code.replace(/-/g, '')}  `)).toBe(canonical);
    expect(normaliseRecoveryCode('O'.repeat(32))).toBe('0'.repeat(32));
    expect(normaliseRecoveryCode('il'.repeat(16))).toBe('1'.repeat(32));
  });

  it.each([
    ['empty', ''],
    ['too short', 'ABCD-EFGH'],
    ['too long', 'A'.repeat(33)],
    ['U is not in the alphabet', 'U'.repeat(32)],
    ['punctuation', `${'A'.repeat(31)}!`],
    ['unicode look-alike', `${'A'.repeat(31)}Α`],
  ])('rejects %s', (_name, typed) => {
    expect(normaliseRecoveryCode(typed)).toBeNull();
  });

  it('formats in groups of four', () => {
    expect(formatRecoveryCode('0123456789ABCDEF')).toBe('0123-4567-89AB-CDEF');
  });
});
