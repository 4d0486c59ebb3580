import {
  invoiceDocumentSchema,
  type InvoiceDocument,
} from '../../../shared/schemas/invoice-document';
import { activityLabel, documentTitle, otherUnitsLabel, type DocumentLanguage } from '../labels';
import { figure, writeCsv } from './csv';

/**
 * The bookkeeper's lists, from anonymised invoice documents only (validated again here):
 * one row per invoice or credit note, and one row per line of the hour specifications. Credit
 * notes count negative, so a column sums to what was really billed.
 */

const headers = {
  nl: {
    invoices: [
      'Nummer',
      'Soort',
      'Datum',
      'Vervaldatum',
      'Periode van',
      'Periode tot en met',
      'Opdrachtgever',
      'KvK opdrachtgever',
      'Btw-nummer opdrachtgever',
      'Referentie',
      'Correctie op',
      'Bedrag excl. btw',
      'Btw',
      'Totaal',
    ],
    hours: [
      'Factuurnummer',
      'Opdrachtgever',
      'Maand',
      'Werkzaamheid',
      'Onderdeel',
      'Minuten',
      'Uren',
      'Bedrag excl. btw',
    ],
    allUnits: 'Hele organisatie',
  },
  en: {
    invoices: [
      'Number',
      'Kind',
      'Date',
      'Due date',
      'Period from',
      'Period to',
      'Client',
      'Client Chamber of Commerce no.',
      'Client VAT no.',
      'Reference',
      'Corrects',
      'Amount excl. VAT',
      'VAT',
      'Total',
    ],
    hours: [
      'Invoice number',
      'Client',
      'Month',
      'Work',
      'Unit',
      'Minutes',
      'Hours',
      'Amount excl. VAT',
    ],
    allUnits: 'Whole organisation',
  },
} as const;

const sign = (document: InvoiceDocument) => (document.kind === 'credit_note' ? -1 : 1);

export function invoicesCsv(input: InvoiceDocument[], language: DocumentLanguage): string {
  const documents = input.map((d) => invoiceDocumentSchema.parse(d));
  const rows = documents.map((d) => [
    d.number,
    documentTitle({ ...d, language }),
    d.issueDate,
    d.kind === 'invoice' ? d.dueDate : null,
    d.period.start,
    d.period.end,
    d.buyer.name,
    d.buyer.kvkNumber,
    d.buyer.vatNumber,
    d.buyerReference ?? d.purchaseOrderNumber,
    d.corrects?.number ?? null,
    figure(sign(d) * d.lineTotalCents),
    figure(sign(d) * d.taxTotalCents),
    figure(sign(d) * d.payableCents),
  ]);
  return writeCsv([...headers[language].invoices], rows, language);
}

export function hoursCsv(input: InvoiceDocument[], language: DocumentLanguage): string {
  const documents = input.map((d) => invoiceDocumentSchema.parse(d));
  const rows = documents.flatMap((d) =>
    d.specification.map((row) => [
      d.number,
      d.buyer.name,
      row.month,
      activityLabel(row.activity, language),
      row.otherUnits ? otherUnitsLabel(language) : (row.unitName ?? headers[language].allUnits),
      sign(d) * row.minutes,
      // Hours with two decimals from whole minutes: 285 min → 4,75.
      figure(Math.round((sign(d) * row.minutes * 100) / 60)),
      figure(sign(d) * row.amountCents),
    ]),
  );
  return writeCsv([...headers[language].hours], rows, language);
}
