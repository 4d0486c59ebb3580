import type { Price } from '../../../shared/schemas/contract';

/**
 * Integer money arithmetic. Amounts are euro cents, time is minutes; nothing passes through a
 * float, so 50 minutes at €95 is exactly 7917 cents and never 7916.666… rounded twice.
 */

/**
 * numerator / denominator rounded to a whole number, halves away from zero. Away from zero
 * (rather than towards +∞) keeps a negative line the exact mirror of the positive one: a free
 * first hour takes off precisely what the hour costs, and a credit note mirrors its invoice.
 * EN 16931's BR-CO-17 compares VAT on absolute values in the same way. BigInt, so the product
 * of large minutes and rates cannot lose precision.
 */
export function divideRounded(numerator: bigint, denominator: bigint): number {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  let quotient = magnitude / denominator;
  if ((magnitude % denominator) * 2n >= denominator) quotient += 1n;
  const result = Number(negative ? -quotient : quotient);
  if (!Number.isSafeInteger(result)) throw new RangeError('amount out of range');
  return result;
}

/** A line's amount: round(minutes × rate / 60), half-up (away from zero). */
export function lineAmountCents(minutes: number, rateCentsPerHour: number): number {
  return divideRounded(BigInt(minutes) * BigInt(rateCentsPerHour), 60n);
}

/** Minutes as thousandths of an hour (the invoice line's quantity): 50 min = 833. */
export function hoursMilli(minutes: number): number {
  return divideRounded(BigInt(minutes) * 1000n, 60n);
}

/** A percentage of an amount, rounded half-up: 50 % of €95 is €47.50. */
export function percentOf(cents: number, percent: number): number {
  return divideRounded(BigInt(cents) * BigInt(percent), 100n);
}

/** The price an organisation pays, and whether it is the member price. */
export function priceFor(price: Price, isMember: boolean): { cents: number; member: boolean } {
  return isMember && price.memberCents !== null
    ? { cents: price.memberCents, member: true }
    : { cents: price.cents, member: false };
}
