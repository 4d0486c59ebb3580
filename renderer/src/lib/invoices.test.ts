import { describe, expect, it } from 'vitest';
import type { InvoiceRunItem } from '../../../shared/schemas/invoice';
import type { InvoiceDocument } from '../../../shared/schemas/invoice-document';
import {
  canBillMonth,
  documentFacts,
  documentTitle,
  formatMonth,
  formatPeriod,
  formatQuantity,
  formatRate,
  lineDescription,
  lineQuantity,
  lineVat,
  nextInvoiceNumber,
  paymentText,
  runRows,
  specificationRows,
  totalRows,
  unbilledOrganisations,
} from './invoices';

const VAT_21 = { category: 'S', rateBasisPoints: 2100, exemptionReason: null } as const;

/** A monthly invoice: 1,5 hours at € 95, a free first consult, 21 % VAT. */
function invoice(overrides: Partial<InvoiceDocument> = {}): InvoiceDocument {
  return {
    kind: 'invoice',
    number: 'CONCEPT',
    issueDate: '2026-11-02',
    dueDate: '2026-12-02',
    period: { start: '2026-10-01', end: '2026-10-31' },
    corrects: null,
    currency: 'EUR',
    language: 'nl',
    seller: {
      name: 'Praktijk Vertrouwd B.V.',
      tradingName: null,
      address: { street: 'Oudegracht 12', postcode: '3511 AB', city: 'Utrecht', country: 'NL' },
      kvkNumber: '12345678',
      vatNumber: 'NL123456782B01',
      iban: 'NL91ABNA0417164300',
      bic: null,
      email: null,
      phone: null,
    },
    buyer: {
      name: 'Gemeente Zwaluwdorp',
      address: { street: 'Raadhuisplein 1', postcode: '9401 AA', city: 'Assen', country: 'NL' },
      kvkNumber: '74567890',
      vatNumber: null,
      contactName: 'J. de Boer',
      email: null,
    },
    buyerReference: null,
    purchaseOrderNumber: 'PO-2026-0457',
    paymentTermDays: 30,
    lines: [
      {
        lineNumber: 1,
        subject: { kind: 'hours', activity: 'consult' },
        quantityMilli: 1500,
        unit: 'HUR',
        unitPriceCents: 9500,
        amountCents: 14250,
        minutes: 90,
        vat: VAT_21,
      },
      {
        lineNumber: 2,
        subject: { kind: 'free_first', activity: 'first_consult' },
        quantityMilli: -1000,
        unit: 'C62',
        unitPriceCents: 7125,
        amountCents: -7125,
        minutes: null,
        vat: VAT_21,
      },
    ],
    vatBreakdown: [{ vat: VAT_21, taxableCents: 7125, taxCents: 1496 }],
    lineTotalCents: 7125,
    taxTotalCents: 1496,
    payableCents: 8621,
    specification: [
      {
        month: '2026-10',
        activity: 'consult',
        unitName: null,
        otherUnits: false,
        minutes: 90,
        amountCents: 14250,
      },
      {
        month: '2026-10',
        activity: 'first_consult',
        unitName: null,
        otherUnits: true,
        minutes: 45,
        amountCents: 0,
      },
    ],
    ...overrides,
  };
}

describe('figures', () => {
  it('prints quantities and rates without floating point, the Dutch way', () => {
    expect(formatQuantity(1500, 'nl')).toBe('1,5');
    expect(formatQuantity(1250, 'en')).toBe('1.25');
    expect(formatQuantity(84000, 'nl')).toBe('84');
    expect(formatQuantity(-1000, 'nl')).toBe('-1');
    expect(formatQuantity(1_234_500, 'nl')).toBe('1.234,5');
    expect(formatRate(2100, 'nl')).toBe('21%');
    expect(formatRate(950, 'nl')).toBe('9,5%');
  });

  it('names months and periods as the PDF does', () => {
    expect(formatMonth('2026-10', 'nl')).toBe('oktober 2026');
    expect(formatPeriod({ start: '2026-10-01', end: '2026-10-31' }, 'nl')).toBe('oktober 2026');
    expect(formatPeriod({ start: '2026-01-01', end: '2026-12-31' }, 'nl')).toBe('2026');
    expect(formatPeriod({ start: '2026-10-05', end: '2026-10-20' }, 'nl')).toBe(
      '5 oktober 2026 – 20 oktober 2026',
    );
  });
});

describe('the invoice preview', () => {
  it('describes lines from their codes, in the document’s language', () => {
    expect(lineDescription({ kind: 'hours', activity: 'consult' }, 'nl')).toBe(
      'Werkzaamheden vertrouwenspersoon',
    );
    expect(lineDescription({ kind: 'hours', activity: 'other' }, 'nl')).toBe(
      'Overige werkzaamheden',
    );
    expect(lineDescription({ kind: 'free_first', activity: 'first_consult' }, 'nl')).toBe(
      'Eerste consult kosteloos',
    );
    expect(lineDescription({ kind: 'free_first', activity: 'consult' }, 'en')).toBe(
      'First hour free of charge',
    );
    expect(
      lineDescription(
        { kind: 'subscription', year: 2026, employeeBand: '21–50', member: true },
        'nl',
      ),
    ).toBe('Abonnement vertrouwenspersoon 2026 (21–50 medewerkers, ledentarief)');
    expect(
      lineDescription(
        { kind: 'subscription', year: 2026, employeeBand: null, member: false },
        'en',
      ),
    ).toBe('Confidential counsellor subscription 2026');
    expect(lineDescription({ kind: 'cancellation', activity: 'information_session' }, 'nl')).toBe(
      'Geannuleerd: voorlichting of workshop',
    );
    expect(lineDescription({ kind: 'quote', label: 'Workshop sociale veiligheid' }, 'nl')).toBe(
      'Workshop sociale veiligheid',
    );
  });

  it('shows quantity, unit, VAT and money of a line', () => {
    const [hours, free] = invoice().lines;
    expect(lineQuantity(hours!, 'nl')).toBe('1,5 uur');
    expect(lineQuantity(free!, 'nl')).toBe('-1 st.');
    expect(lineVat(hours!, 'nl')).toBe('21%');
    expect(
      lineVat({ vat: { category: 'E', rateBasisPoints: 0, exemptionReason: 'x' } }, 'nl'),
    ).toBe('vrij');
  });

  it('adds up the totals with VAT per rate', () => {
    const rows = totalRows(invoice());
    expect(rows.map((r) => r.label.replace(/\u00a0/g, ' '))).toEqual([
      'Subtotaal',
      'Btw 21% over € 71,25',
      'Totaal',
    ]);
    expect(rows.map((r) => r.amount.replace(/\u00a0/g, ' '))).toEqual([
      '€ 71,25',
      '€ 14,96',
      '€ 86,21',
    ]);
    expect(rows.at(-1)?.total).toBe(true);
    expect(totalRows(invoice({ kind: 'credit_note' })).at(-1)?.label).toBe('Totaal te crediteren');
  });

  it('says how to pay, or what a credit note does', () => {
    expect(paymentText(invoice({ number: '2026-0001' })).replace(/\u00a0/g, ' ')).toBe(
      'Wij verzoeken u € 86,21 binnen 30 dagen over te maken op NL91 ABNA 0417 1643 00 ten name van Praktijk Vertrouwd B.V., onder vermelding van factuurnummer 2026-0001.',
    );
    const credit = invoice({
      kind: 'credit_note',
      number: '2026-0002',
      corrects: { number: '2026-0001', issueDate: '2026-11-02' },
    });
    expect(paymentText(credit)).toContain('verrekend met of terugbetaald op factuur 2026-0001');
    expect(documentTitle(credit)).toBe('Creditnota');
  });

  it('lists number, dates, period, correction and references', () => {
    expect(documentFacts(invoice())).toEqual([
      { label: 'Factuurnummer', value: 'CONCEPT' },
      { label: 'Datum', value: '2 november 2026' },
      { label: 'Vervaldatum', value: '2 december 2026' },
      { label: 'Periode', value: 'oktober 2026' },
      { label: 'Uw ordernummer', value: 'PO-2026-0457' },
    ]);
    const credit = documentFacts(
      invoice({ kind: 'credit_note', corrects: { number: '2026-0001', issueDate: '2026-11-02' } }),
    );
    expect(credit.map((f) => f.label)).toEqual([
      'Creditnotanummer',
      'Datum',
      'Periode',
      'Correctie op factuur',
      'Uw ordernummer',
    ]);
    expect(invoice({ language: 'en' }).language).toBe('en');
    expect(documentFacts(invoice({ language: 'en' }))[1]).toEqual({
      label: 'Date',
      value: '2 November 2026',
    });
  });

  it('specifies hours per month and activity, merged units never named', () => {
    const spec = specificationRows(invoice());
    expect(spec.rows.map((r) => [r.month, r.activity, r.unit, r.hours])).toEqual([
      ['oktober 2026', 'Werkzaamheden vertrouwenspersoon', 'Hele organisatie', '1:30'],
      ['oktober 2026', 'Eerste consult', 'Overige onderdelen', '0:45'],
    ]);
    expect(spec.totalHours).toBe('2:15');
    expect(spec.totalAmount.replace(/\u00a0/g, ' ')).toBe('€ 142,50');
  });
});

describe('numbers and runs', () => {
  it('gives the next number of the year in the series', () => {
    expect(nextInvoiceNumber([], 2026)).toBe('2026-0001');
    expect(
      nextInvoiceNumber(
        [{ number: '2026-0002' }, { number: '2026-0009' }, { number: '2025-0040' }],
        2026,
      ),
    ).toBe('2026-0010');
  });

  const item = (overrides: Partial<InvoiceRunItem>): InvoiceRunItem => ({
    organisationId: 1,
    organisationName: 'A',
    unbilledMinutes: 0,
    unbilledEntries: 0,
    hasContract: false,
    hasSubscription: false,
    monthlyInvoiceNumber: null,
    subscriptionInvoiceNumber: null,
    ...overrides,
  });

  it('lists organisations with hours, an invoice or a contract, and says how many not', () => {
    const items = [
      item({ organisationId: 1, unbilledEntries: 2, unbilledMinutes: 90 }),
      item({ organisationId: 2, hasContract: true }),
      item({ organisationId: 3 }),
      item({ organisationId: 4, monthlyInvoiceNumber: '2026-0003', hasContract: true }),
    ];
    expect(runRows(items)).toMatchObject({
      shown: [{ organisationId: 1 }, { organisationId: 2 }, { organisationId: 4 }],
      quiet: 1,
    });
    expect(items.map(canBillMonth)).toEqual([true, true, false, false]);
    expect(unbilledOrganisations(items).map((i) => i.organisationId)).toEqual([1]);
  });
});
