import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  creditNoteFor,
  exemptInvoiceWithFreeFirstHour,
  monthlyHoursInvoice,
  subscriptionInvoice,
} from '../fixtures';
import { defuse, writeCsv } from './csv';
import { hoursCsv, invoicesCsv } from './invoices-csv';

const documents = () => [
  monthlyHoursInvoice(),
  subscriptionInvoice(),
  exemptInvoiceWithFreeFirstHour(),
  creditNoteFor(monthlyHoursInvoice()),
];

/** Reads the CSV back as a spreadsheet would. */
function read(csv: string, delimiter: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv).toContain('\r\n');
  return parse(csv.slice(1), { delimiter, relax_column_count: false }) as string[][];
}

describe('the invoices CSV', () => {
  it('lists each invoice with its totals; a credit note counts negative', () => {
    const rows = read(invoicesCsv(documents(), 'nl'), ';');
    expect(rows[0]).toEqual(
      expect.arrayContaining(['Nummer', 'Bedrag excl. btw', 'Btw', 'Totaal']),
    );
    expect(rows).toHaveLength(5);
    const byNumber = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect(byNumber.get('2026-0007')!.slice(-3)).toEqual(['920,00', '193,20', '1113,20']);
    expect(byNumber.get('2026-0001')!.slice(-3)).toEqual(['350,00', '73,50', '423,50']);
    expect(byNumber.get('2026-0012')!.slice(-3)).toEqual(['233,07', '4,06', '237,13']);
    const credit = byNumber.get('2026-0008')!;
    expect(credit[1]).toBe('Creditnota');
    expect(credit[10]).toBe('2026-0007');
    expect(credit.slice(-3)).toEqual(['-920,00', '-193,20', '-1113,20']);
    // The column of totals sums to what was billed after the correction.
    const total = rows
      .slice(1)
      .reduce((s, r) => s + Math.round(Number(r[13]!.replace(',', '.')) * 100), 0);
    expect(total).toBe(42_350 + 23_713);
  });

  it('writes English with commas and decimal points', () => {
    const rows = read(invoicesCsv([monthlyHoursInvoice()], 'en'), ',');
    expect(rows[0]![0]).toBe('Number');
    expect(rows[1]!.slice(-3)).toEqual(['920.00', '193.20', '1113.20']);
    expect(rows[1]![1]).toBe('Invoice');
  });

  it('refuses a document that is not anonymised', () => {
    const smuggled = { ...monthlyHoursInvoice(), notes: 'gesprek met Jan' };
    expect(() => invoicesCsv([smuggled], 'nl')).toThrow();
  });
});

describe('the hours CSV', () => {
  it('lists the specification rows per invoice, other units unnamed', () => {
    const rows = read(hoursCsv(documents(), 'nl'), ';');
    expect(rows[0]).toEqual([
      'Factuurnummer',
      'Opdrachtgever',
      'Maand',
      'Werkzaamheid',
      'Onderdeel',
      'Minuten',
      'Uren',
      'Bedrag excl. btw',
    ]);
    expect(rows.slice(1, 4)).toEqual([
      [
        '2026-0007',
        'Bouwbedrijf De Vries B.V.',
        '2026-10',
        'Werkzaamheden vertrouwenspersoon',
        'Productie',
        '180',
        '3,00',
        '360,00',
      ],
      [
        '2026-0007',
        'Bouwbedrijf De Vries B.V.',
        '2026-10',
        'Werkzaamheden vertrouwenspersoon',
        'Overige onderdelen',
        '105',
        '1,75',
        '210,00',
      ],
      [
        '2026-0007',
        'Bouwbedrijf De Vries B.V.',
        '2026-10',
        'Voorlichting of workshop',
        'Hele organisatie',
        '120',
        '2,00',
        '280,00',
      ],
    ]);
    // The subscription has no hours; the credit note's rows are negative.
    expect(rows.filter((r) => r[0] === '2026-0001')).toHaveLength(0);
    expect(rows.filter((r) => r[0] === '2026-0008').map((r) => r[5])).toEqual([
      '-180',
      '-105',
      '-120',
    ]);
  });
});

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+31 6', "'+31 6"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Gewoon tekst', 'Gewoon tekst'],
  ])('defuses %s', (input, expected) => {
    expect(defuse(input)).toBe(expected);
  });

  it('quotes separators, quotes and line breaks so a field stays one field', () => {
    const csv = writeCsv(['a', 'b'], [['De Vries; Zn.', 'zeg "ja"\nregel 2']], 'nl');
    expect(read(csv, ';')[1]).toEqual(['De Vries; Zn.', 'zeg "ja"\nregel 2']);
  });
});
