import type { InvoiceDocument } from '../../../shared/schemas/invoice-document';

/**
 * BT-20, the payment terms, in the document's language. Like labels.ts, the words are fixed
 * and only numbers from the document fill them in, so no typed text reaches the XML.
 */
export function paymentTermsNote(document: InvoiceDocument): string {
  const nl = document.language === 'nl';
  const days = document.paymentTermDays;
  if (document.kind === 'credit_note') {
    // A credit note is settled against the invoice it corrects, or refunded.
    const invoice = document.corrects?.number ?? '';
    return nl
      ? `Creditering van factuur ${invoice}; verrekening of terugbetaling binnen ${days} dagen.`
      : `Credit for invoice ${invoice}; set-off or refund within ${days} days.`;
  }
  if (days === 0) return nl ? 'Betaling per omgaande.' : 'Payment on receipt.';
  return nl
    ? `Betaling binnen ${days} dagen na factuurdatum.`
    : `Payment within ${days} days of the invoice date.`;
}
