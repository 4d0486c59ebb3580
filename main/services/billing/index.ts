/**
 * The billing engine: pure functions from a contract and time entries to anonymised invoice
 * documents. No SQL and no clock here; the invoice service reads the case file, decides which
 * units may be named, and stores what this returns.
 */
export { addDays, monthPeriod, yearPeriod, type Period } from './calendar';
export { buildInvoiceDocument, creditNoteFor, type InvoiceDraft } from './invoice-document';
export { divideRounded, hoursMilli, lineAmountCents, percentOf, priceFor } from './money';
export { priceMonth, type PriceMonthInput, type PricedMonth } from './price-month';
export {
  bandFor,
  bandLabel,
  priceSubscription,
  type PriceSubscriptionInput,
  type PricedSubscription,
} from './price-subscription';
export type { BillingProblem, BillingResult } from './problems';
export { roundMinutes } from './rounding';
export { contractTemplates, type ContractTemplate } from './templates';
export type {
  BillableEntry,
  PricedLine,
  PricingContract,
  PricingOrganisation,
  SpecificationRow,
} from './types';
export { documentVat, vatBreakdown } from './vat';
