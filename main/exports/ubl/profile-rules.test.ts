import { describe, expect, it } from 'vitest';
import type { InvoiceDocument } from '../../../shared/schemas/invoice-document';
import {
  creditNoteFor,
  exemptOnlyInvoiceWithoutReference,
  monthlyHoursInvoice,
  subscriptionInvoice,
} from '../fixtures';
import { paymentTermsNote } from './payment-terms';
import {
  assertWritable,
  buyerEndpoint,
  buyerReference,
  paymentMeans,
  sellerEndpoint,
} from './profile-rules';

describe('buyerReference', () => {
  it('uses the reference the organisation gave', () => {
    expect(buyerReference(monthlyHoursInvoice())).toBe('PO-4471');
  });

  it('writes none when the order number already satisfies BR-NL-2 / R003', () => {
    expect(buyerReference(subscriptionInvoice())).toBeNull();
  });

  it('falls back to the billing contact, then the organisation, never the invoice number', () => {
    const invoice = exemptOnlyInvoiceWithoutReference();
    expect(buyerReference(invoice)).toBe('Crediteurenadministratie');
    const noContact: InvoiceDocument = {
      ...invoice,
      buyer: { ...invoice.buyer, contactName: null },
    };
    expect(buyerReference(noContact)).toBe('Bouwbedrijf De Vries B.V.');
    expect(buyerReference(noContact)).not.toBe(invoice.number);
  });
});

describe('endpoints', () => {
  const buyer = monthlyHoursInvoice().buyer;

  it('addresses the seller by KvK number (0106)', () => {
    expect(sellerEndpoint(monthlyHoursInvoice().seller)).toEqual({
      schemeID: '0106',
      value: '12345678',
    });
  });

  it('addresses the buyer by KvK, else by Dutch VAT number (9944), else not at all', () => {
    expect(buyerEndpoint(buyer)).toEqual({ schemeID: '0106', value: '87654321' });
    expect(buyerEndpoint({ ...buyer, kvkNumber: null })).toEqual({
      schemeID: '9944',
      value: 'NL987654321B01',
    });
    expect(buyerEndpoint({ ...buyer, kvkNumber: null, vatNumber: 'BE0123456789' })).toBeNull();
    expect(buyerEndpoint({ ...buyer, kvkNumber: null, vatNumber: null })).toBeNull();
  });
});

describe('paymentMeans', () => {
  const seller = monthlyHoursInvoice().seller;

  it('is a SEPA credit transfer without BIC for a SEPA IBAN (BR-NL-31)', () => {
    expect(paymentMeans(seller)).toEqual({ code: '58', includeBic: false });
  });

  it('is a plain credit transfer with BIC outside SEPA', () => {
    expect(paymentMeans({ ...seller, iban: 'TR330006100519786457841326' })).toEqual({
      code: '30',
      includeBic: true,
    });
    expect(paymentMeans({ ...seller, iban: 'TR330006100519786457841326', bic: null })).toEqual({
      code: '30',
      includeBic: false,
    });
  });
});

describe('assertWritable', () => {
  const invoice = monthlyHoursInvoice();

  it('asks NLCIUS for the KvK number of Dutch buyers only (BR-NL-10)', () => {
    const noKvk = { ...invoice.buyer, kvkNumber: null };
    const dutch: InvoiceDocument = { ...invoice, buyer: noKvk };
    const belgian: InvoiceDocument = {
      ...invoice,
      buyer: { ...noKvk, vatNumber: 'BE0123456789', address: { ...noKvk.address, country: 'BE' } },
    };
    expect(() => assertWritable(dutch, 'nlcius')).toThrow(/buyer_kvk_missing/);
    expect(() => assertWritable(belgian, 'nlcius')).not.toThrow();
    expect(() => assertWritable(belgian, 'peppol')).toThrow(/buyer_endpoint_missing/);
  });

  it('lets Peppol address a Dutch buyer by VAT number when its KvK is unknown', () => {
    const byVat: InvoiceDocument = { ...invoice, buyer: { ...invoice.buyer, kvkNumber: null } };
    expect(() => assertWritable(byVat, 'peppol')).not.toThrow();
  });
});

describe('paymentTermsNote', () => {
  it('states the term in the document language', () => {
    expect(paymentTermsNote(monthlyHoursInvoice())).toBe(
      'Betaling binnen 28 dagen na factuurdatum.',
    );
    const en: InvoiceDocument = { ...monthlyHoursInvoice(), language: 'en', paymentTermDays: 0 };
    expect(paymentTermsNote(en)).toBe('Payment on receipt.');
  });

  it('names the corrected invoice on a credit note', () => {
    expect(paymentTermsNote(creditNoteFor(monthlyHoursInvoice()))).toContain('factuur 2026-0007');
  });
});
