import { create } from 'xmlbuilder2';
import {
  invoiceDocumentSchema,
  type InvoiceDocument,
  type InvoiceLine,
  type Vat,
} from '../../../shared/schemas/invoice-document';
import { lineDescription } from '../labels';
import { formatBasisPoints, formatCents } from './amounts';
import { linePricing, type LinePricing } from './line-pricing';
import { paymentTermsNote } from './payment-terms';
import {
  assertWritable,
  buyerEndpoint,
  buyerReference,
  customizationIds,
  paymentMeans,
  PROFILE_ID,
  sellerEndpoint,
  type Endpoint,
  type UblProfile,
} from './profile-rules';

/**
 * UBL 2.1 Invoice (380) or CreditNote (381) for NLCIUS (SI-UBL 2.0) or Peppol BIS Billing 3.0,
 * from the anonymised invoice document only. Element order follows the UBL 2.1 XSD sequences,
 * which the validator checks before any business rule.
 */

export type { UblProfile } from './profile-rules';

const NS = {
  invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  creditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
} as const;

type XMLBuilder = ReturnType<typeof create>;
type Attributes = Record<string, string>;

function cbc(parent: XMLBuilder, name: string, text: string, attributes?: Attributes): XMLBuilder {
  const element = parent.ele(NS.cbc, `cbc:${name}`);
  if (attributes) element.att(attributes);
  element.txt(text);
  return parent;
}

function cac(parent: XMLBuilder, name: string): XMLBuilder {
  return parent.ele(NS.cac, `cac:${name}`);
}

function amount(parent: XMLBuilder, name: string, cents: number, currency: string): XMLBuilder {
  return cbc(parent, name, formatCents(cents), { currencyID: currency });
}

function taxScheme(parent: XMLBuilder): void {
  cbc(cac(parent, 'TaxScheme'), 'ID', 'VAT');
}

function address(parent: XMLBuilder, postal: InvoiceDocument['seller']['address']): void {
  const element = cac(parent, 'PostalAddress');
  cbc(element, 'StreetName', postal.street);
  cbc(element, 'CityName', postal.city);
  cbc(element, 'PostalZone', postal.postcode);
  cbc(cac(element, 'Country'), 'IdentificationCode', postal.country);
}

function endpoint(party: XMLBuilder, id: Endpoint | null): void {
  if (id !== null) cbc(party, 'EndpointID', id.value, { schemeID: id.schemeID });
}

function vatRegistration(party: XMLBuilder, vatNumber: string | null): void {
  if (vatNumber === null) return;
  const scheme = cac(party, 'PartyTaxScheme');
  cbc(scheme, 'CompanyID', vatNumber);
  taxScheme(scheme);
}

function legalEntity(party: XMLBuilder, name: string, kvkNumber: string | null): void {
  const entity = cac(party, 'PartyLegalEntity');
  cbc(entity, 'RegistrationName', name);
  if (kvkNumber !== null) cbc(entity, 'CompanyID', kvkNumber, { schemeID: '0106' });
}

function contact(
  party: XMLBuilder,
  fields: { name: string | null; phone: string | null; email: string | null },
): void {
  if (fields.name === null && fields.phone === null && fields.email === null) return;
  const element = cac(party, 'Contact');
  if (fields.name !== null) cbc(element, 'Name', fields.name);
  if (fields.phone !== null) cbc(element, 'Telephone', fields.phone);
  if (fields.email !== null) cbc(element, 'ElectronicMail', fields.email);
}

function seller(root: XMLBuilder, document: InvoiceDocument): void {
  const s = document.seller;
  const party = cac(cac(root, 'AccountingSupplierParty'), 'Party');
  endpoint(party, sellerEndpoint(s));
  if (s.tradingName !== null) cbc(cac(party, 'PartyName'), 'Name', s.tradingName);
  address(party, s.address);
  vatRegistration(party, s.vatNumber);
  legalEntity(party, s.name, s.kvkNumber);
  contact(party, { name: null, phone: s.phone, email: s.email });
}

function buyer(root: XMLBuilder, document: InvoiceDocument): void {
  const b = document.buyer;
  const party = cac(cac(root, 'AccountingCustomerParty'), 'Party');
  endpoint(party, buyerEndpoint(b));
  address(party, b.address);
  vatRegistration(party, b.vatNumber);
  legalEntity(party, b.name, b.kvkNumber);
  contact(party, { name: b.contactName, phone: null, email: b.email });
}

function payment(root: XMLBuilder, document: InvoiceDocument): void {
  const choice = paymentMeans(document.seller);
  const means = cac(root, 'PaymentMeans');
  cbc(means, 'PaymentMeansCode', choice.code);
  // UBL 2.1's CreditNote has no DueDate; BT-9 goes here instead (as Peppol BIS binds it).
  if (document.kind === 'credit_note') cbc(means, 'PaymentDueDate', document.dueDate);
  // BT-83, so the buyer's bank matches the transfer to this document.
  cbc(means, 'PaymentID', document.number);
  const account = cac(means, 'PayeeFinancialAccount');
  cbc(account, 'ID', document.seller.iban);
  if (choice.includeBic && document.seller.bic !== null) {
    cbc(cac(account, 'FinancialInstitutionBranch'), 'ID', document.seller.bic);
  }
  cbc(cac(root, 'PaymentTerms'), 'Note', paymentTermsNote(document));
}

function taxCategory(parent: XMLBuilder, name: string, vat: Vat, withReason: boolean): void {
  const category = cac(parent, name);
  cbc(category, 'ID', vat.category);
  cbc(category, 'Percent', formatBasisPoints(vat.rateBasisPoints));
  if (withReason && vat.exemptionReason !== null) {
    cbc(category, 'TaxExemptionReason', vat.exemptionReason);
  }
  taxScheme(category);
}

function taxTotal(root: XMLBuilder, document: InvoiceDocument): void {
  const total = cac(root, 'TaxTotal');
  amount(total, 'TaxAmount', document.taxTotalCents, document.currency);
  for (const row of document.vatBreakdown) {
    const subtotal = cac(total, 'TaxSubtotal');
    amount(subtotal, 'TaxableAmount', row.taxableCents, document.currency);
    amount(subtotal, 'TaxAmount', row.taxCents, document.currency);
    taxCategory(subtotal, 'TaxCategory', row.vat, true);
  }
}

function monetaryTotal(root: XMLBuilder, document: InvoiceDocument): void {
  const total = cac(root, 'LegalMonetaryTotal');
  const currency = document.currency;
  amount(total, 'LineExtensionAmount', document.lineTotalCents, currency);
  // No document-level allowances or charges: the lines are the whole taxable base.
  amount(total, 'TaxExclusiveAmount', document.lineTotalCents, currency);
  amount(total, 'TaxInclusiveAmount', document.payableCents, currency);
  amount(total, 'PayableAmount', document.payableCents, currency);
}

type PricedLine = { line: InvoiceLine; pricing: LinePricing };

function lines(root: XMLBuilder, document: InvoiceDocument, priced: PricedLine[]): void {
  const invoice = document.kind === 'invoice';
  for (const { line, pricing } of priced) {
    const element = cac(root, invoice ? 'InvoiceLine' : 'CreditNoteLine');
    cbc(element, 'ID', String(line.lineNumber));
    cbc(element, invoice ? 'InvoicedQuantity' : 'CreditedQuantity', pricing.quantity, {
      unitCode: pricing.unitCode,
    });
    amount(element, 'LineExtensionAmount', line.amountCents, document.currency);
    const item = cac(element, 'Item');
    cbc(item, 'Name', lineDescription(line.subject, document.language));
    // The exemption reason belongs to the VAT breakdown (BT-120), not the line.
    taxCategory(item, 'ClassifiedTaxCategory', line.vat, false);
    const price = cac(element, 'Price');
    cbc(price, 'PriceAmount', pricing.priceAmount, { currencyID: document.currency });
    if (pricing.baseQuantity !== null) {
      cbc(price, 'BaseQuantity', pricing.baseQuantity.value, {
        unitCode: pricing.baseQuantity.unitCode,
      });
    }
  }
}

export function writeUbl(input: InvoiceDocument, profile: UblProfile): string {
  // Only a document that passes the anonymised schema (strict: no extra field, totals that add
  // up) is written; parse also hands back a copy nothing else can change under us.
  const document = invoiceDocumentSchema.parse(input);
  assertWritable(document, profile);
  // Every line's representation is decided before the first element, so a refusal is total.
  const priced = document.lines.map((line) => ({ line, pricing: linePricing(line) }));

  const invoice = document.kind === 'invoice';
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(
    invoice ? NS.invoice : NS.creditNote,
    invoice ? 'Invoice' : 'CreditNote',
    { 'xmlns:cac': NS.cac, 'xmlns:cbc': NS.cbc },
  );
  cbc(root, 'CustomizationID', customizationIds[profile]);
  cbc(root, 'ProfileID', PROFILE_ID);
  cbc(root, 'ID', document.number);
  cbc(root, 'IssueDate', document.issueDate);
  if (invoice) {
    cbc(root, 'DueDate', document.dueDate);
    cbc(root, 'InvoiceTypeCode', '380');
  } else {
    cbc(root, 'CreditNoteTypeCode', '381');
  }
  cbc(root, 'DocumentCurrencyCode', document.currency);
  const reference = buyerReference(document);
  if (reference !== null) cbc(root, 'BuyerReference', reference);
  const period = cac(root, 'InvoicePeriod');
  cbc(period, 'StartDate', document.period.start);
  cbc(period, 'EndDate', document.period.end);
  if (document.purchaseOrderNumber !== null) {
    cbc(cac(root, 'OrderReference'), 'ID', document.purchaseOrderNumber);
  }
  if (document.corrects !== null) {
    const corrected = cac(cac(root, 'BillingReference'), 'InvoiceDocumentReference');
    cbc(corrected, 'ID', document.corrects.number);
    // SI-UBL advises against BT-26 (BR-NL-24: not recommended, ignored); Peppol keeps it.
    if (profile === 'peppol') cbc(corrected, 'IssueDate', document.corrects.issueDate);
  }
  seller(root, document);
  buyer(root, document);
  payment(root, document);
  taxTotal(root, document);
  monetaryTotal(root, document);
  lines(root, document, priced);
  return root.end({ prettyPrint: true });
}
