import {
  pricedActivity,
  pricedActivityKinds,
  type ActivityTerms,
  type PricedActivityKind,
} from '../../../shared/schemas/contract';
import type { Vat } from '../../../shared/schemas/invoice-document';
import { inForce, inForceDuring, monthPeriod, type Period } from './calendar';
import { hoursMilli, lineAmountCents, percentOf, priceFor } from './money';
import { billed, refused, type BillingResult } from './problems';
import { roundMinutes } from './rounding';
import { groupByUnit } from './specification';
import type {
  BillableEntry,
  PricedLine,
  PricingContract,
  PricingOrganisation,
  SpecificationRow,
} from './types';
import { documentVat } from './vat';

/**
 * The monthly invoice's lines (nacalculatie): per activity kind the hours (or consults at a
 * fixed fee) of the month, the free first consults or hours as negative lines, cancelled
 * activities at the contract's percentage, kilometres, and the one-off amounts by quote dated
 * in the month. Beside them the anonymised specification: minutes and amounts per activity
 * kind, per unit only where the caller allows it.
 *
 * The specification covers the work lines (hours and consult fees) exactly: per activity its
 * rows add up to the line's minutes and cents. Free, cancelled, travel and quote lines have no
 * rows; they say nothing about units.
 */

export interface PriceMonthInput {
  contract: PricingContract;
  organisation: PricingOrganisation;
  /** The time entries of the month, with unit names resolved. */
  entries: readonly BillableEntry[];
  /** 'YYYY-MM'. */
  month: string;
  /** Units with at least the threshold number of cases in the period (decided by the caller). */
  unitsAllowed: ReadonlySet<number> | readonly number[];
}

export interface PricedMonth {
  period: Period;
  lines: PricedLine[];
  specification: SpecificationRow[];
}

/** An entry after the contract's rounding, under the activity whose terms price it. */
interface Work {
  activity: PricedActivityKind;
  firstConsult: boolean;
  minutes: number;
  unitId: number | null;
  unitName: string | null;
}

/** With a free first hour: the minutes of each first consult that are free. */
const FREE_FIRST_HOUR_MINUTES = 60;

export function priceMonth(input: PriceMonthInput): BillingResult<PricedMonth> {
  const { contract, organisation, month } = input;
  const period = monthPeriod(month);
  if (!inForceDuring(contract.validFrom, contract.validUntil, period)) {
    return refused({ code: 'contract_not_valid' });
  }
  for (const entry of input.entries) {
    if (entry.organisationId !== contract.organisationId) {
      return refused({ code: 'entry_of_other_organisation' });
    }
    const inMonth = entry.date >= period.start && entry.date <= period.end;
    if (!inMonth || !inForce(contract.validFrom, contract.validUntil, entry.date)) {
      return refused({ code: 'entry_outside_period', date: entry.date });
    }
  }

  const allowed = new Set(input.unitsAllowed);
  const vat = documentVat(contract.vat);
  const toWork = (entry: BillableEntry): Work => ({
    activity: pricedActivity(entry.activity),
    firstConsult: entry.activity === 'first_consult',
    minutes: roundMinutes(entry.minutes, contract.rounding),
    unitId: entry.unitId,
    unitName: entry.unitName,
  });
  const done = input.entries.filter((e) => !e.cancelled).map(toWork);
  const cancelled = input.entries
    .filter((e) => e.cancelled)
    .map(toWork)
    // A first consult that would have been free is not billed when it is cancelled.
    .filter((w) => !(w.firstConsult && contract.freeFirst !== 'none'));

  const lines: PricedLine[] = [];
  const specification: SpecificationRow[] = [];
  for (const activity of pricedActivityKinds) {
    const terms = contract.activities[activity];
    if (terms.billing === 'not_billed') continue;
    const work = done.filter((w) => w.activity === activity && counts(terms, w));
    if (work.length === 0) continue;
    lines.push(workLine(activity, terms, work, organisation.isMember, vat));
    specification.push(...specificationRows(month, activity, terms, work, allowed, organisation));
    if (activity === 'consult') {
      const free = freeFirstLine(contract.freeFirst, terms, work, organisation.isMember, vat);
      if (free) lines.push(free);
    }
  }
  for (const activity of pricedActivityKinds) {
    const terms = contract.activities[activity];
    if (terms.billing === 'not_billed' || contract.cancellationPercent === 0) continue;
    const work = cancelled.filter((w) => w.activity === activity && counts(terms, w));
    if (work.length === 0) continue;
    lines.push(
      cancellationLine(activity, terms, work, contract.cancellationPercent, organisation, vat),
    );
  }

  // Kilometres count whatever the entry: travel to a cancelled activity was still made, and
  // unbilled travel time still has billable travel costs.
  const kilometres = input.entries.reduce((s, e) => s + e.kilometres, 0);
  if (contract.kilometreRateCents !== null && kilometres > 0) {
    lines.push({
      subject: { kind: 'travel_costs' },
      quantityMilli: kilometres * 1000,
      unit: 'KMT',
      unitPriceCents: contract.kilometreRateCents,
      amountCents: kilometres * contract.kilometreRateCents,
      minutes: null,
      vat,
    });
  }

  const quotes = contract.quotes
    .filter((q) => q.date >= period.start && q.date <= period.end)
    .filter((q) => inForce(contract.validFrom, contract.validUntil, q.date))
    .sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label, 'nl'));
  for (const quote of quotes) {
    lines.push({
      subject: { kind: 'quote', label: quote.label },
      quantityMilli: 1000,
      unit: 'LS',
      unitPriceCents: quote.amountCents,
      amountCents: quote.amountCents,
      minutes: null,
      vat,
    });
  }

  return billed({ period, lines, specification });
}

type BilledTerms = Exclude<ActivityTerms, { billing: 'not_billed' }>;

const sumMinutes = (work: readonly Work[]) => work.reduce((s, w) => s + w.minutes, 0);

/**
 * Whether an entry is billed: a consult at a fixed fee always is, whatever its length; an
 * hour's entry rounded to nothing ('nearest') adds nothing and makes no row.
 */
const counts = (terms: BilledTerms, w: Work) => terms.billing === 'per_consult' || w.minutes > 0;

/** The work line of one activity: hours at the rate, or consults at the fixed fee. */
function workLine(
  activity: PricedActivityKind,
  terms: BilledTerms,
  work: readonly Work[],
  isMember: boolean,
  vat: Vat,
): PricedLine {
  const minutes = sumMinutes(work);
  if (terms.billing === 'per_consult') {
    const fee = priceFor(terms.fee, isMember).cents;
    return {
      subject: { kind: 'consult_fee' },
      quantityMilli: work.length * 1000,
      unit: 'C62',
      unitPriceCents: fee,
      amountCents: work.length * fee,
      minutes,
      vat,
    };
  }
  const rate = priceFor(terms.ratePerHour, isMember).cents;
  return {
    subject: { kind: 'hours', activity },
    quantityMilli: hoursMilli(minutes),
    unit: 'HUR',
    unitPriceCents: rate,
    amountCents: lineAmountCents(minutes, rate),
    minutes,
    vat,
  };
}

/**
 * Rows per unit whose amounts add up to the work line to the cent: hours rows share the
 * line's amount by cumulative rounding (each row is the rounded running total minus the one
 * before), consult-fee rows are whole fees.
 */
function specificationRows(
  month: string,
  activity: PricedActivityKind,
  terms: BilledTerms,
  work: readonly Work[],
  allowed: ReadonlySet<number>,
  organisation: PricingOrganisation,
): SpecificationRow[] {
  const groups = groupByUnit(work, allowed, (w) => w.minutes);
  let runningMinutes = 0;
  let runningCents = 0;
  return groups.map((group) => {
    const minutes = sumMinutes(group.items);
    let amountCents: number;
    if (terms.billing === 'per_consult') {
      amountCents = group.items.length * priceFor(terms.fee, organisation.isMember).cents;
    } else {
      runningMinutes += minutes;
      const rate = priceFor(terms.ratePerHour, organisation.isMember).cents;
      const upToHere = lineAmountCents(runningMinutes, rate);
      amountCents = upToHere - runningCents;
      runningCents = upToHere;
    }
    return {
      month,
      activity,
      unitName: group.unitName,
      otherUnits: group.otherUnits,
      minutes,
      amountCents,
    };
  });
}

/**
 * The free part of the month's first consults as one negative line (negative quantity,
 * positive price: valid in EN 16931), so the employer sees the work and what it was not
 * charged. A free first consult takes off the whole consult ("Eerste consult kosteloos"); a
 * free first hour takes off up to 60 minutes of each first consult ("Eerste uur kosteloos").
 * It is priced like the consult line, so it never exceeds it.
 */
function freeFirstLine(
  freeFirst: PricingContract['freeFirst'],
  terms: BilledTerms,
  work: readonly Work[],
  isMember: boolean,
  vat: Vat,
): PricedLine | null {
  const firsts = work.filter((w) => w.firstConsult);
  if (freeFirst === 'none' || firsts.length === 0) return null;
  if (terms.billing === 'per_consult') {
    // The schema allows only a free first consult (not hour) with a fee per consult.
    const fee = priceFor(terms.fee, isMember).cents;
    return {
      subject: { kind: 'free_first', activity: 'first_consult' },
      quantityMilli: -firsts.length * 1000,
      unit: 'C62',
      unitPriceCents: fee,
      amountCents: -firsts.length * fee,
      minutes: sumMinutes(firsts),
      vat,
    };
  }
  const rate = priceFor(terms.ratePerHour, isMember).cents;
  const minutes =
    freeFirst === 'first_consult'
      ? sumMinutes(firsts)
      : firsts.reduce((s, w) => s + Math.min(w.minutes, FREE_FIRST_HOUR_MINUTES), 0);
  return {
    subject: {
      kind: 'free_first',
      activity: freeFirst === 'first_consult' ? 'first_consult' : 'consult',
    },
    quantityMilli: -hoursMilli(minutes),
    unit: 'HUR',
    unitPriceCents: rate,
    amountCents: -lineAmountCents(minutes, rate),
    minutes,
    vat,
  };
}

/**
 * Cancelled activities of one kind, at the percentage of their price. The reduced rate (or
 * fee) is rounded to the cent first and then priced like hours, so quantity × price is the
 * amount, as a receiving accounting package checks.
 */
function cancellationLine(
  activity: PricedActivityKind,
  terms: BilledTerms,
  work: readonly Work[],
  percent: number,
  organisation: PricingOrganisation,
  vat: Vat,
): PricedLine {
  const minutes = sumMinutes(work);
  if (terms.billing === 'per_consult') {
    const fee = percentOf(priceFor(terms.fee, organisation.isMember).cents, percent);
    return {
      subject: { kind: 'cancellation', activity },
      quantityMilli: work.length * 1000,
      unit: 'C62',
      unitPriceCents: fee,
      amountCents: work.length * fee,
      minutes,
      vat,
    };
  }
  const rate = percentOf(priceFor(terms.ratePerHour, organisation.isMember).cents, percent);
  return {
    subject: { kind: 'cancellation', activity },
    quantityMilli: hoursMilli(minutes),
    unit: 'HUR',
    unitPriceCents: rate,
    amountCents: lineAmountCents(minutes, rate),
    minutes,
    vat,
  };
}
