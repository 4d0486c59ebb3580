import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isPlausibleForeignVatNumber,
  isValidDutchPostcode,
  isValidDutchVatNumber,
  isValidIban,
  isValidKvkNumber,
  normaliseIban,
  normaliseKvkNumber,
  normalisePostcode,
  normaliseVatNumber,
} from './dutch';

describe('KvK number', () => {
  it.each([
    ['12345678', true],
    [' 1234 5678 ', true],
    ['1234.5678', true],
    ['1234567', false],
    ['123456789', false],
    ['1234567a', false],
    ['', false],
  ])('%s → %s', (typed, valid) => {
    expect(isValidKvkNumber(normaliseKvkNumber(typed))).toBe(valid);
  });
});

describe('Dutch VAT number', () => {
  it.each([
    ['NL001234567B01', false], // eleven-test fails, mod-97 fails
    ['NL123456782B01', true], // eleven-test: 9·1+8·2+7·3+6·4+5·5+4·6+3·7+2·8−2 = 154 = 14·11
    ['nl 1234.56782 b01', true],
    ['NL000099998B57', true], // a sole trader's id: mod 97 of the whole id is 1
    ['NL000099998B58', false],
    ['NL123456782B1', false],
    ['NL123456782X01', false],
    ['DE123456789', false],
    ['NL000000000B00', false],
    ['', false],
  ])('%s → %s', (typed, valid) => {
    expect(isValidDutchVatNumber(normaliseVatNumber(typed))).toBe(valid);
  });

  it('accepts the shape of other EU VAT ids, never a Dutch one without its check', () => {
    expect(isPlausibleForeignVatNumber('DE123456789')).toBe(true);
    expect(isPlausibleForeignVatNumber('BE0123456789')).toBe(true);
    expect(isPlausibleForeignVatNumber('NL001234567B01')).toBe(false);
    expect(isPlausibleForeignVatNumber('D1')).toBe(false);
    expect(isPlausibleForeignVatNumber('HALLO')).toBe(false);
    expect(isPlausibleForeignVatNumber('USABCDEF12')).toBe(false);
  });

  it('accepts every id whose nine digits pass the eleven-test, computed independently', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }), (d) => {
        const weights = [9, 8, 7, 6, 5, 4, 3, 2, -1];
        const sum = d.reduce((s, digit, i) => s + digit * (weights[i] ?? 0), 0);
        fc.pre(sum % 11 === 0 && d.some((digit) => digit > 0));
        expect(isValidDutchVatNumber(`NL${d.join('')}B01`)).toBe(true);
      }),
    );
  });
});

describe('IBAN', () => {
  it.each([
    ['NL91ABNA0417164300', true],
    ['nl91 abna 0417 1643 00', true],
    ['NL91ABNA0417164301', false],
    ['NL91ABNA041716430', false],
    ['NL9IABNA0417164300', false],
    ['DE89370400440532013000', true],
    ['BE68539007547034', true],
    ['GB82WEST12345698765432', true],
    ['GB82WEST12345698765433', false],
    ['', false],
  ])('%s → %s', (typed, valid) => {
    expect(isValidIban(normaliseIban(typed))).toBe(valid);
  });

  it('detects every swap of two different adjacent characters in a Dutch IBAN', () => {
    const iban = 'NL91ABNA0417164300';
    for (let i = 4; i < iban.length - 1; i++) {
      if (iban[i] === iban[i + 1]) continue;
      const swapped = iban.slice(0, i) + iban[i + 1] + iban[i] + iban.slice(i + 2);
      expect(isValidIban(swapped)).toBe(false);
    }
  });
});

describe('Dutch postcode', () => {
  it.each([
    ['1234 AB', '1234 AB', true],
    ['1234ab', '1234 AB', true],
    [' 9999  zz ', '9999 ZZ', true],
    ['0123 AB', '0123 AB', false],
    ['1234 SA', '1234 SA', false],
    ['1234 SS', '1234 SS', false],
    ['1234 SD', '1234 SD', false],
    ['12345', '12345', false],
    ['1234 A', '1234 A', false],
  ])('%s → %s (%s)', (typed, normalised, valid) => {
    expect(normalisePostcode(typed)).toBe(normalised);
    expect(isValidDutchPostcode(normalisePostcode(typed))).toBe(valid);
  });
});
