/**
 * Decimal strings for UBL from the document's integers. Money and quantities stay integers
 * until this point, so no binary floating point ever touches an amount a validator re-adds.
 */

function splitSign(value: number | bigint): { sign: string; digits: string } {
  const big = BigInt(value);
  return { sign: big < 0n ? '-' : '', digits: (big < 0n ? -big : big).toString() };
}

function assertInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe integer`);
}

/** Cents as euros with exactly two decimals (EN 16931 BR-DEC rules): -950 → "-9.50". */
export function formatCents(cents: number | bigint): string {
  if (typeof cents === 'number') assertInteger(cents, 'cents');
  const { sign, digits } = splitSign(cents);
  const padded = digits.padStart(3, '0');
  return `${sign}${padded.slice(0, -2)}.${padded.slice(-2)}`;
}

/**
 * An integer with `scale` implied decimals, trailing zeros dropped: (4750, 3) → "4.75",
 * (-1000, 3) → "-1". Quantities and percentages have no fixed number of decimals in UBL.
 */
export function formatScaled(value: number | bigint, scale: number): string {
  if (typeof value === 'number') assertInteger(value, 'value');
  const { sign, digits } = splitSign(value);
  const padded = digits.padStart(scale + 1, '0');
  const whole = padded.slice(0, padded.length - scale);
  const fraction = padded.slice(padded.length - scale).replace(/0+$/, '');
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return text === '0' ? '0' : `${sign}${text}`;
}

/** Thousandths of a unit, as the document stores quantities: 84000 → "84". */
export const formatMilli = (milli: number): string => formatScaled(milli, 3);

/** Percent in hundredths: 2100 → "21", 950 → "9.5". */
export const formatBasisPoints = (basisPoints: number): string => formatScaled(basisPoints, 2);

/**
 * numerator / denominator rounded half away from zero, as the billing service rounds a
 * line (half-up on the absolute amount, so a negative line mirrors its positive twin).
 */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const rounded = (2n * abs + denominator) / (2n * denominator);
  return negative ? -rounded : rounded;
}
