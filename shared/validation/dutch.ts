/**
 * Checks of Dutch business identifiers, as pure functions on normalised strings. Each
 * normalise* function returns the canonical form (upper case, no spaces or dots) or the input
 * unchanged when it cannot be normalised; the is* functions then say whether it is valid.
 */

/** Strips what people type between the characters: spaces, dots, dashes. */
function compact(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase();
}

/** KvK number: eight digits (the Chamber of Commerce dropped its check digit long ago). */
export function normaliseKvkNumber(value: string): string {
  return compact(value);
}

export function isValidKvkNumber(value: string): boolean {
  return /^[0-9]{8}$/.test(value);
}

/**
 * Dutch VAT id (btw-identificatienummer): NL, nine digits, B, two digits. Companies' ids pass
 * the eleven-test on the nine digits; the ids given to sole traders since 2020 pass the mod-97
 * test of the whole id instead (letters as in IBAN: N=23, L=21, B=11). Either is valid.
 */
export function normaliseVatNumber(value: string): string {
  return compact(value);
}

export function isValidDutchVatNumber(value: string): boolean {
  const match = /^NL([0-9]{9})B([0-9]{2})$/.exec(value);
  if (!match) return false;
  const digits = match[1] ?? '';
  return elevenTest(digits) || mod97(lettersToDigits(value)) === 1;
}

/** Prefixes of VAT ids of the other EU member states (EL is Greece, XI Northern Ireland). */
const EU_VAT_PREFIXES = new Set(
  'AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT PL PT RO SE SI SK XI'.split(' '),
);

/**
 * A VAT id of another EU country: only the shape is checked (a member state's prefix, then
 * 2–13 characters of which at least two digits); the Dutch accounting package or VIES checks
 * the rest.
 */
export function isPlausibleForeignVatNumber(value: string): boolean {
  return (
    EU_VAT_PREFIXES.has(value.slice(0, 2)) &&
    /^[A-Z]{2}(?=(?:[^0-9]*[0-9]){2})[0-9A-Z+*]{2,13}$/.test(value)
  );
}

function elevenTest(nineDigits: string): boolean {
  const weights = [9, 8, 7, 6, 5, 4, 3, 2, -1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nineDigits[i]) * (weights[i] ?? 0);
  return sum % 11 === 0 && Number(nineDigits) !== 0;
}

function lettersToDigits(value: string): string {
  return value.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
}

/** Remainder of a long decimal string modulo 97, piece by piece (no big integers needed). */
function mod97(decimal: string): number {
  let rest = 0;
  for (const ch of decimal) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}

/** IBAN: country, two check digits, account; ISO 13616 mod-97 check; Dutch IBANs are 18 long. */
export function normaliseIban(value: string): string {
  return compact(value);
}

export function isValidIban(value: string): boolean {
  if (!/^[A-Z]{2}[0-9]{2}[0-9A-Z]{11,30}$/.test(value)) return false;
  if (value.startsWith('NL') && !/^NL[0-9]{2}[A-Z]{4}[0-9]{10}$/.test(value)) return false;
  const rearranged = value.slice(4) + value.slice(0, 4);
  return mod97(lettersToDigits(rearranged)) === 1;
}

/** Dutch postcode: four digits (no leading zero), a space, two letters (never SA, SD or SS). */
export function normalisePostcode(value: string): string {
  const m = /^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$/.exec(value);
  return m ? `${m[1]} ${(m[2] ?? '').toUpperCase()}` : value.trim();
}

export function isValidDutchPostcode(value: string): boolean {
  return /^[1-9][0-9]{3} (?!SA|SD|SS)[A-Z]{2}$/.test(value);
}
