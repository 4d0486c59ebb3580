import { stringify } from 'csv-stringify/sync';
import type { DocumentLanguage } from '../labels';

/**
 * CSV as spreadsheets in each language open it without an import dialog: Dutch uses ';' between
 * fields and a decimal comma, English ',' and a decimal point. UTF-8 with a byte-order mark
 * (so Excel shows € and ë), CRLF line ends (RFC 4180), and text that a spreadsheet would run
 * as a formula (=, +, -, @ first) is defused with a leading apostrophe.
 */

export type Cell = string | number | null;

/** A number written as a figure, not text: integer cents or minutes, shown with 2 decimals. */
export interface Figure {
  hundredths: number;
}

export function figure(hundredths: number): Figure {
  return { hundredths };
}

function figureText(value: Figure, language: DocumentLanguage): string {
  const negative = value.hundredths < 0;
  const abs = Math.abs(value.hundredths);
  const text = `${Math.trunc(abs / 100)}${language === 'nl' ? ',' : '.'}${String(abs % 100).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/** A spreadsheet would evaluate these; an apostrophe makes them plain text. */
export function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function writeCsv(
  header: string[],
  rows: (Cell | Figure)[][],
  language: DocumentLanguage,
): string {
  const records = [header, ...rows].map((row) =>
    row.map((cell) => {
      if (cell === null) return '';
      if (typeof cell === 'number') return String(cell);
      if (typeof cell === 'string') return defuse(cell);
      return figureText(cell, language);
    }),
  );
  return stringify(records, {
    delimiter: language === 'nl' ? ';' : ',',
    record_delimiter: 'windows',
    bom: true,
  });
}
