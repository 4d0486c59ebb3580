/**
 * Calendar days as YYYY-MM-DD strings, computed on UTC dates so no time zone or clock is
 * involved: billing periods and due dates are plain calendar arithmetic.
 */

export interface Period {
  start: string;
  end: string;
}

const ymd = (date: Date): string => date.toISOString().slice(0, 10);

function parts(isoDate: string): [number, number, number] {
  const [y, m, d] = isoDate.split('-').map(Number);
  return [y ?? NaN, m ?? NaN, d ?? NaN];
}

export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = parts(isoDate);
  return ymd(new Date(Date.UTC(y, m - 1, d + days)));
}

/** A month 'YYYY-MM' as its first and last day. */
export function monthPeriod(month: string): Period {
  // The callers' schemas check months; a malformed one here is a bug, not a user's typo.
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new RangeError(`not a month: ${month}`);
  const [y, m] = parts(`${month}-01`);
  return { start: `${month}-01`, end: ymd(new Date(Date.UTC(y, m, 0))) };
}

export function yearPeriod(year: number): Period {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** Whether a contract valid from `validFrom` until `validUntil` (null: open) covers a day. */
export function inForce(validFrom: string, validUntil: string | null, day: string): boolean {
  return validFrom <= day && (validUntil === null || day <= validUntil);
}

/** Whether a contract is in force on at least one day of a period. */
export function inForceDuring(validFrom: string, validUntil: string | null, p: Period): boolean {
  return validFrom <= p.end && (validUntil === null || validUntil >= p.start);
}
