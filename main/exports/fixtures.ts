import {
  invoiceDocumentSchema,
  type InvoiceDocument,
  type InvoiceLine,
  type Vat,
} from '../../shared/schemas/invoice-document';

/**
 * Anonymised invoice documents for the writers' tests (PDF, UBL, CSV): the shapes each seed
 * provider's way of billing produces. The billing service makes the real ones; these are
 * hand-computed so a writer test does not depend on it.
 */

export const VAT_21: Vat = { category: 'S', rateBasisPoints: 2100, exemptionReason: null };
export const VAT_EXEMPT: Vat = {
  category: 'E',
  rateBasisPoints: 0,
  exemptionReason: 'Vrijgesteld van btw op grond van artikel 11 Wet OB',
};

const seller: InvoiceDocument['seller'] = {
  name: 'Praktijk Vertrouwd B.V.',
  tradingName: 'Vertrouwd Advies',
  address: { street: 'Oudegracht 12', postcode: '3511 AB', city: 'Utrecht', country: 'NL' },
  kvkNumber: '12345678',
  vatNumber: 'NL123456789B01',
  iban: 'NL91ABNA0417164300',
  bic: 'ABNANL2A',
  email: 'info@vertrouwd-advies.nl',
  phone: '030 123 4567',
};

const buyer: InvoiceDocument['buyer'] = {
  name: 'Bouwbedrijf De Vries B.V.',
  address: { street: 'Industrieweg 4', postcode: '5611 AA', city: 'Eindhoven', country: 'NL' },
  kvkNumber: '87654321',
  vatNumber: 'NL987654321B01',
  contactName: 'Crediteurenadministratie',
  email: 'facturen@devries-bouw.nl',
};

/** Sums lines into the VAT breakdown and totals, half-up per rate (EN 16931). */
function totals(
  lines: InvoiceLine[],
): Pick<InvoiceDocument, 'vatBreakdown' | 'lineTotalCents' | 'taxTotalCents' | 'payableCents'> {
  const byRate = new Map<string, { vat: Vat; taxableCents: number }>();
  for (const line of lines) {
    const key = `${line.vat.category}:${line.vat.rateBasisPoints}`;
    const entry = byRate.get(key) ?? { vat: line.vat, taxableCents: 0 };
    entry.taxableCents += line.amountCents;
    byRate.set(key, entry);
  }
  const vatBreakdown = [...byRate.values()].map(({ vat, taxableCents }) => ({
    vat,
    taxableCents,
    taxCents: Math.round((taxableCents * vat.rateBasisPoints) / 10_000),
  }));
  const lineTotalCents = lines.reduce((s, l) => s + l.amountCents, 0);
  const taxTotalCents = vatBreakdown.reduce((s, v) => s + v.taxCents, 0);
  return {
    vatBreakdown,
    lineTotalCents,
    taxTotalCents,
    payableCents: lineTotalCents + taxTotalCents,
  };
}

function document(
  fields: Omit<
    InvoiceDocument,
    'vatBreakdown' | 'lineTotalCents' | 'taxTotalCents' | 'payableCents'
  >,
): InvoiceDocument {
  return invoiceDocumentSchema.parse({ ...fields, ...totals(fields.lines) });
}

/** Insieme's way: hours billed monthly afterwards, per unit, a cancellation at 50 %. */
export function monthlyHoursInvoice(): InvoiceDocument {
  return document({
    kind: 'invoice',
    number: '2026-0007',
    issueDate: '2026-11-02',
    dueDate: '2026-11-30',
    period: { start: '2026-10-01', end: '2026-10-31' },
    corrects: null,
    currency: 'EUR',
    language: 'nl',
    seller,
    buyer,
    buyerReference: 'PO-4471',
    purchaseOrderNumber: null,
    paymentTermDays: 28,
    lines: [
      {
        lineNumber: 1,
        subject: { kind: 'hours', activity: 'consult' },
        quantityMilli: 4_750,
        unit: 'HUR',
        unitPriceCents: 12_000,
        amountCents: 57_000,
        minutes: 285,
        vat: VAT_21,
      },
      {
        lineNumber: 2,
        subject: { kind: 'hours', activity: 'information_session' },
        quantityMilli: 2_000,
        unit: 'HUR',
        unitPriceCents: 14_000,
        amountCents: 28_000,
        minutes: 120,
        vat: VAT_21,
      },
      {
        lineNumber: 3,
        subject: { kind: 'cancellation', activity: 'information_session' },
        quantityMilli: 1_000,
        unit: 'HUR',
        unitPriceCents: 7_000,
        amountCents: 7_000,
        minutes: 60,
        vat: VAT_21,
      },
    ],
    specification: [
      {
        month: '2026-10',
        activity: 'consult',
        unitName: 'Productie',
        otherUnits: false,
        minutes: 180,
        amountCents: 36_000,
      },
      {
        month: '2026-10',
        activity: 'consult',
        unitName: null,
        otherUnits: true,
        minutes: 105,
        amountCents: 21_000,
      },
      {
        month: '2026-10',
        activity: 'information_session',
        unitName: null,
        otherUnits: false,
        minutes: 120,
        amountCents: 28_000,
      },
    ],
  });
}

/** Nassaupraktijk's way: a yearly subscription by employee band, and a free first consult. */
export function subscriptionInvoice(): InvoiceDocument {
  return document({
    kind: 'invoice',
    number: '2026-0001',
    issueDate: '2026-01-05',
    dueDate: '2026-01-19',
    period: { start: '2026-01-01', end: '2026-12-31' },
    corrects: null,
    currency: 'EUR',
    language: 'nl',
    seller,
    buyer: { ...buyer, vatNumber: null, kvkNumber: null },
    buyerReference: null,
    purchaseOrderNumber: 'INK-2026-12',
    paymentTermDays: 14,
    lines: [
      {
        lineNumber: 1,
        subject: { kind: 'subscription', year: 2026, employeeBand: '21–50', member: false },
        quantityMilli: 1_000,
        unit: 'C62',
        unitPriceCents: 35_000,
        amountCents: 35_000,
        minutes: null,
        vat: VAT_21,
      },
    ],
    specification: [],
  });
}

/** Consult work exempt from VAT, a free first hour, travel costs per km (knowledge base). */
export function exemptInvoiceWithFreeFirstHour(): InvoiceDocument {
  return document({
    kind: 'invoice',
    number: '2026-0012',
    issueDate: '2026-12-01',
    dueDate: '2026-12-31',
    period: { start: '2026-11-01', end: '2026-11-30' },
    corrects: null,
    currency: 'EUR',
    language: 'en',
    seller: { ...seller, vatNumber: 'NL123456789B01' },
    buyer,
    buyerReference: 'Afdeling HR',
    purchaseOrderNumber: null,
    paymentTermDays: 30,
    lines: [
      {
        lineNumber: 1,
        subject: { kind: 'hours', activity: 'consult' },
        quantityMilli: 3_250,
        unit: 'HUR',
        unitPriceCents: 9_500,
        amountCents: 30_875,
        minutes: 195,
        vat: VAT_EXEMPT,
      },
      {
        lineNumber: 2,
        subject: { kind: 'free_first', activity: 'consult' },
        quantityMilli: -1_000,
        unit: 'HUR',
        unitPriceCents: 9_500,
        amountCents: -9_500,
        minutes: 60,
        vat: VAT_EXEMPT,
      },
      {
        lineNumber: 3,
        subject: { kind: 'travel_costs' },
        quantityMilli: 84_000,
        unit: 'KMT',
        unitPriceCents: 23,
        amountCents: 1_932,
        minutes: null,
        vat: VAT_21,
      },
    ],
    specification: [
      {
        month: '2026-11',
        activity: 'consult',
        unitName: null,
        otherUnits: false,
        minutes: 195,
        amountCents: 30_875,
      },
    ],
  });
}

/** A credit note that corrects the monthly invoice in full. */
export function creditNoteFor(invoice: InvoiceDocument, number = '2026-0008'): InvoiceDocument {
  return document({
    ...invoice,
    kind: 'credit_note',
    number,
    issueDate: '2026-11-20',
    dueDate: '2026-11-20',
    corrects: { number: invoice.number, issueDate: invoice.issueDate },
  });
}

export const allFixtures = (): InvoiceDocument[] => [
  monthlyHoursInvoice(),
  subscriptionInvoice(),
  exemptInvoiceWithFreeFirstHour(),
  creditNoteFor(monthlyHoursInvoice()),
];

/**
 * Exempt work only, and the organisation gave no reference or order number. 205 and 25
 * minutes are not whole thousandths of an hour (3.41666… h): the amounts are round(minutes ×
 * rate / 60), while 3.417 h × € 95 would be 4 cents more. 12.5 km at 23 cents rounds half up.
 */
export function exemptOnlyInvoiceWithoutReference(): InvoiceDocument {
  return document({
    kind: 'invoice',
    number: '2026-0014',
    issueDate: '2026-12-01',
    dueDate: '2026-12-15',
    period: { start: '2026-11-01', end: '2026-11-30' },
    corrects: null,
    currency: 'EUR',
    language: 'nl',
    seller,
    buyer,
    buyerReference: null,
    purchaseOrderNumber: null,
    paymentTermDays: 14,
    lines: [
      {
        lineNumber: 1,
        subject: { kind: 'hours', activity: 'consult' },
        quantityMilli: 3_417,
        unit: 'HUR',
        unitPriceCents: 9_500,
        amountCents: 32_458,
        minutes: 205,
        vat: VAT_EXEMPT,
      },
      {
        lineNumber: 2,
        subject: { kind: 'hours', activity: 'employment_law_advice' },
        quantityMilli: 417,
        unit: 'HUR',
        unitPriceCents: 19_000,
        amountCents: 7_917,
        minutes: 25,
        vat: VAT_EXEMPT,
      },
      {
        lineNumber: 3,
        subject: { kind: 'free_first', activity: 'first_consult' },
        quantityMilli: -1_000,
        unit: 'C62',
        unitPriceCents: 9_500,
        amountCents: -9_500,
        minutes: null,
        vat: VAT_EXEMPT,
      },
      {
        lineNumber: 4,
        subject: { kind: 'travel_costs' },
        quantityMilli: 12_500,
        unit: 'KMT',
        unitPriceCents: 23,
        amountCents: 288,
        minutes: null,
        vat: VAT_EXEMPT,
      },
    ],
    specification: [
      {
        month: '2026-11',
        activity: 'consult',
        unitName: null,
        otherUnits: false,
        minutes: 205,
        amountCents: 32_458,
      },
      {
        month: '2026-11',
        activity: 'employment_law_advice',
        unitName: null,
        otherUnits: false,
        minutes: 25,
        amountCents: 7_917,
      },
    ],
  });
}

/** The yearly subscription to an organisation whose KvK number is known but not its VAT number. */
export function subscriptionInvoiceForRegisteredBuyer(): InvoiceDocument {
  const invoice = subscriptionInvoice();
  return document({
    ...invoice,
    number: '2026-0002',
    buyer: { ...invoice.buyer, kvkNumber: '87654321' },
  });
}

/** A credit note for the exempt invoice: a negative line and two VAT categories, in English. */
export function creditNoteForExemptInvoice(): InvoiceDocument {
  const invoice = exemptInvoiceWithFreeFirstHour();
  return document({
    ...invoice,
    kind: 'credit_note',
    number: '2026-0015',
    issueDate: '2026-12-10',
    dueDate: '2026-12-10',
    corrects: { number: invoice.number, issueDate: invoice.issueDate },
  });
}

/** A counsellor under the small-business scheme (KOR): no VAT number, every line exempt. */
export function smallBusinessSchemeInvoice(): InvoiceDocument {
  const kor: Vat = {
    category: 'E',
    rateBasisPoints: 0,
    exemptionReason: 'Vrijgesteld van btw op grond van de kleineondernemersregeling',
  };
  const invoice = monthlyHoursInvoice();
  return document({
    ...invoice,
    number: '2026-0016',
    seller: { ...invoice.seller, vatNumber: null },
    lines: invoice.lines.map((line) => ({ ...line, vat: kor })),
  });
}
