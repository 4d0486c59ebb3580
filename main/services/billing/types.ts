import type { ContractInput } from '../../../shared/schemas/contract';
import type { TimeEntryInput } from '../../../shared/schemas/hours';
import type { InvoiceDocument, InvoiceLine } from '../../../shared/schemas/invoice-document';

/** A line as the engine prices it; buildInvoiceDocument numbers the lines in order. */
export type PricedLine = Omit<InvoiceLine, 'lineNumber'>;

export type SpecificationRow = InvoiceDocument['specification'][number];

/** The contract as the engine reads it (a stored contract has these fields too). */
export type PricingContract = ContractInput;

/** What the engine needs to know of the organisation that pays. */
export interface PricingOrganisation {
  isMember: boolean;
  employeeCount: number | null;
}

/**
 * A time entry with its unit's name resolved by the caller (for the specification rows of
 * units with enough cases). The case it belongs to is not read.
 */
export type BillableEntry = Pick<
  TimeEntryInput,
  'organisationId' | 'unitId' | 'date' | 'minutes' | 'activity' | 'kilometres' | 'cancelled'
> & { unitName: string | null };
