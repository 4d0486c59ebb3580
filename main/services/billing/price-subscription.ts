import type { EmployeeBand, Price, SubscriptionTerms } from '../../../shared/schemas/contract';
import { inForceDuring, yearPeriod, type Period } from './calendar';
import { priceFor } from './money';
import { billed, refused, type BillingResult } from './problems';
import type { PricedLine, PricingContract, PricingOrganisation } from './types';
import { documentVat } from './vat';

/**
 * The yearly subscription line for a calendar year (abonnement per juridische entiteit). The
 * full year's price is due whenever in the year the contract runs: Auxilium gives no refund
 * when a subscription ends mid-year, and none of the seed providers bills part of a year.
 */

export interface PriceSubscriptionInput {
  contract: PricingContract;
  organisation: PricingOrganisation;
  year: number;
}

export interface PricedSubscription {
  period: Period;
  line: PricedLine;
}

/** "10–20", or "101+" for the open top band (the brochure's "100+" after "51–100"). */
export function bandLabel(band: EmployeeBand): string {
  return band.maxEmployees === null
    ? `${band.minEmployees}+`
    : `${band.minEmployees}–${band.maxEmployees}`;
}

/** The band whose range (both ends included) holds the count; bands never overlap. */
export function bandFor(
  bands: readonly EmployeeBand[],
  employeeCount: number,
): EmployeeBand | null {
  return (
    bands.find(
      (b) =>
        employeeCount >= b.minEmployees &&
        (b.maxEmployees === null || employeeCount <= b.maxEmployees),
    ) ?? null
  );
}

export function priceSubscription(
  input: PriceSubscriptionInput,
): BillingResult<PricedSubscription> {
  const { contract, organisation, year } = input;
  const period = yearPeriod(year);
  if (!inForceDuring(contract.validFrom, contract.validUntil, period)) {
    return refused({ code: 'contract_not_valid' });
  }
  const chosen = subscriptionPrice(contract.subscription, organisation);
  if (!chosen.ok) return chosen;
  const paid = priceFor(chosen.value.price, organisation.isMember);
  return billed({
    period,
    line: {
      subject: { kind: 'subscription', year, employeeBand: chosen.value.band, member: paid.member },
      quantityMilli: 1000,
      unit: 'C62',
      unitPriceCents: paid.cents,
      amountCents: paid.cents,
      minutes: null,
      vat: documentVat(contract.vat),
    },
  });
}

/** The price list that applies, with the band's label when it is banded. */
function subscriptionPrice(
  terms: SubscriptionTerms,
  organisation: PricingOrganisation,
): BillingResult<{ price: Price; band: string | null }> {
  switch (terms.kind) {
    case 'none':
      return refused({ code: 'no_subscription' });
    case 'fixed':
      return billed({ price: terms.price, band: null });
    case 'banded': {
      if (organisation.employeeCount === null) return refused({ code: 'employee_count_missing' });
      const band = bandFor(terms.bands, organisation.employeeCount);
      if (band === null) {
        return refused({ code: 'no_band_fits', employeeCount: organisation.employeeCount });
      }
      return billed({ price: band.price, band: bandLabel(band) });
    }
  }
}
