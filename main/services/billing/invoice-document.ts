import {
  invoiceDocumentSchema,
  type InvoiceDocument,
} from '../../../shared/schemas/invoice-document';
import { addDays, type Period } from './calendar';
import { billed, refused, type BillingResult } from './problems';
import type { PricedLine, SpecificationRow } from './types';
import { vatBreakdown } from './vat';

/**
 * The anonymised invoice or credit note from priced lines: lines numbered in order, the VAT
 * breakdown per rate, the totals, and the due date (issue date + payment term). The result is
 * checked against invoiceDocumentSchema, so no document leaves here that a writer would
 * refuse; a failure there is a bug in the engine and throws.
 */

export interface InvoiceDraft {
  kind: InvoiceDocument['kind'];
  number: string;
  issueDate: string;
  seller: InvoiceDocument['seller'];
  buyer: InvoiceDocument['buyer'];
  lines: readonly PricedLine[];
  specification: readonly SpecificationRow[];
  period: Period;
  corrects: InvoiceDocument['corrects'];
  language: InvoiceDocument['language'];
  paymentTermDays: number;
  buyerReference: string | null;
  purchaseOrderNumber: string | null;
}

export function buildInvoiceDocument(draft: InvoiceDraft): BillingResult<InvoiceDocument> {
  if (draft.lines.length === 0) return refused({ code: 'nothing_to_bill' });
  const lines = draft.lines.map((line, i) => ({ lineNumber: i + 1, ...line }));
  const breakdown = vatBreakdown(lines);
  const lineTotalCents = lines.reduce((s, l) => s + l.amountCents, 0);
  const taxTotalCents = breakdown.reduce((s, v) => s + v.taxCents, 0);
  return billed(
    invoiceDocumentSchema.parse({
      kind: draft.kind,
      number: draft.number,
      issueDate: draft.issueDate,
      dueDate: addDays(draft.issueDate, draft.paymentTermDays),
      period: { start: draft.period.start, end: draft.period.end },
      corrects: draft.corrects,
      currency: 'EUR',
      language: draft.language,
      seller: draft.seller,
      buyer: draft.buyer,
      buyerReference: draft.buyerReference,
      purchaseOrderNumber: draft.purchaseOrderNumber,
      paymentTermDays: draft.paymentTermDays,
      lines,
      vatBreakdown: breakdown,
      lineTotalCents,
      taxTotalCents,
      payableCents: lineTotalCents + taxTotalCents,
      specification: draft.specification,
    }),
  );
}

/**
 * A credit note for the whole invoice: the same lines, specification and period as positive
 * figures (a UBL CreditNote's kind says they are subtracted), referring to the invoice it
 * corrects. Payable at once: its payment term is 0 days.
 */
export function creditNoteFor(
  invoice: InvoiceDocument,
  number: string,
  issueDate: string,
): BillingResult<InvoiceDocument> {
  if (invoice.kind !== 'invoice') return refused({ code: 'not_an_invoice' });
  if (issueDate < invoice.issueDate) return refused({ code: 'credit_before_invoice' });
  return buildInvoiceDocument({
    kind: 'credit_note',
    number,
    issueDate,
    seller: invoice.seller,
    buyer: invoice.buyer,
    lines: invoice.lines.map(({ lineNumber: _lineNumber, ...line }) => line),
    specification: invoice.specification,
    period: invoice.period,
    corrects: { number: invoice.number, issueDate: invoice.issueDate },
    language: invoice.language,
    paymentTermDays: 0,
    buyerReference: invoice.buyerReference,
    purchaseOrderNumber: invoice.purchaseOrderNumber,
  });
}
