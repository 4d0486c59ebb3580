/**
 * What the billing engine can refuse, as codes: the service that calls it turns them into
 * an error code and a message for the counsellor. A problem is a normal answer (a missing
 * employee count), not an exception; exceptions are left for bugs.
 */
export type BillingProblem =
  /** A banded subscription needs the organisation's number of employees. */
  | { code: 'employee_count_missing' }
  /** No band of the contract covers this number of employees (e.g. 8 when bands start at 10). */
  | { code: 'no_band_fits'; employeeCount: number }
  /** The contract has no yearly subscription. */
  | { code: 'no_subscription' }
  /** The contract is not in force on any day of the period. */
  | { code: 'contract_not_valid' }
  /** An entry's date lies outside the month priced or outside the contract's validity. */
  | { code: 'entry_outside_period'; date: string }
  /** An entry belongs to another organisation than the contract. */
  | { code: 'entry_of_other_organisation' }
  /** Nothing to put on an invoice (an invoice needs at least one line). */
  | { code: 'nothing_to_bill' }
  /** Only an invoice can be credited, not a credit note. */
  | { code: 'not_an_invoice' }
  /** A credit note cannot be dated before the invoice it corrects. */
  | { code: 'credit_before_invoice' };

export type BillingResult<T> = { ok: true; value: T } | { ok: false; problem: BillingProblem };

export const billed = <T>(value: T): BillingResult<T> => ({ ok: true, value });
export const refused = <T>(problem: BillingProblem): BillingResult<T> => ({
  ok: false,
  problem,
});
