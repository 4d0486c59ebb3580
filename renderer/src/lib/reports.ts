import type {
  AnnualReportInput,
  PracticeOverviewInput,
  ReportCell,
  ReportDocument,
  ReportTable,
} from '../../../shared/schemas/annual-report';
import type { MessageKey } from '../i18n/nl';
import { translate, type Locale, type MessageParams } from '../i18n/translate';
import { formatQuantity } from './invoices';
import { formatMinutes } from './money';

/**
 * The annual report and the practice overview as the screens show them: drawn from the
 * anonymised document main builds, in the document's own language, with the words and marks
 * of the exported files (main/exports/report/cells.ts and report-words.ts, mirrored in
 * i18n/reports.*.ts under 'reportDoc.*'): "< 5" for a small count, "•" for a hidden one.
 */

/** The mark of a count hidden to protect a small one (and of a column not broken down). */
export const HIDDEN_MARK = '•';

/** The draft of the advice of one organisation's report of one year, inside the case file. */
export function adviceDraftKey(organisationId: number, year: number): string {
  return `reportAdvice:${organisationId}:${year}`;
}

/** The year before the year of `today` (YYYY-MM-DD): the default report year. */
export function lastYear(today: string): number {
  return Number(today.slice(0, 4)) - 1;
}

/** The years offered: this year and the eight before it, newest first. */
export function reportYears(today: string, back = 8): number[] {
  const thisYear = Number(today.slice(0, 4));
  return Array.from({ length: back + 1 }, (_, i) => thisYear - i);
}

export function annualReportInput(
  choice: { organisationId: number; year: number; language: Locale },
  advice: string,
  today: string,
): AnnualReportInput {
  return { ...choice, advice, generatedOn: today, threshold: null };
}

export function practiceOverviewInput(
  choice: { year: number; language: Locale },
  today: string,
): PracticeOverviewInput {
  return { ...choice, generatedOn: today, threshold: null };
}

/** A text of the report, in the report's language. */
export function reportText(
  document: Pick<ReportDocument, 'language'>,
  key: MessageKey,
  params?: MessageParams,
): string {
  return translate(document.language, key, params);
}

export function formatCount(value: number, language: Locale): string {
  return formatQuantity(value * 1000, language);
}

/** How a cell reads: the figure, "< 5" (the report's threshold) or "•". */
export function cellText(cell: ReportCell, threshold: number, language: Locale): string {
  if (cell.kind === 'count') return formatCount(cell.value, language);
  return cell.reason === 'small' ? `< ${threshold}` : HIDDEN_MARK;
}

/** The change from last year, only between two published figures: "+4", "−2", "0"; else "". */
export function changeText(current: ReportCell, previous: ReportCell | undefined): string {
  if (current.kind !== 'count' || previous?.kind !== 'count') return '';
  return countChange(current.value, previous.value);
}

/** The change between two plain numbers (sessions): "+1", "−3", "0"; "" without last year. */
export function countChange(a: number, b: number | undefined): string {
  if (b === undefined) return '';
  return a === b ? '0' : `${a > b ? '+' : '−'}${Math.abs(a - b)}`;
}

/** Minutes as hours: "12:30". */
export const formatHours = formatMinutes;

/** The change between two amounts of minutes: "+1:30", "−0:45", "0"; "" without last year. */
export function hoursChange(a: number, b: number | undefined): string {
  if (b === undefined) return '';
  return a === b ? '0' : `${a > b ? '+' : '−'}${formatMinutes(Math.abs(a - b))}`;
}

const isZero = (cell: ReportCell | undefined) =>
  cell === undefined || (cell.kind === 'count' && cell.value === 0);

/** The rows a table prints: those with a case (or a hidden figure) in some year. */
export function visibleRows(table: ReportTable): number[] {
  return table.rows
    .map((_, i) => i)
    .filter((i) => table.columns.some((column) => !isZero(column.cells[i])));
}

/** The label of each row: a translated code, or a unit's or organisation's own name. */
export function tableRowLabels(table: ReportTable, language: Locale): string[] {
  const tr = (key: MessageKey) => translate(language, key);
  switch (table.code) {
    case 'units':
      return table.rows.map((row) =>
        row.kind === 'unit'
          ? row.name
          : tr(row.kind === 'other_units' ? 'reportDoc.otherUnits' : 'reportDoc.noUnit'),
      );
    case 'organisations':
      return table.rows.map((row) =>
        row.kind === 'organisation' ? row.name : tr('reportDoc.otherOrganisations'),
      );
    default: {
      const code = table.code;
      return table.rows.map((row: string) => tr(`reportDoc.row.${code}.${row}` as MessageKey));
    }
  }
}

/** What the marks in this table mean, only for the marks it uses. */
export function tableLegend(table: ReportTable, threshold: number, language: Locale): string[] {
  const cells = table.columns.flatMap((c) => [...c.cells, c.total]);
  const parts: string[] = [];
  if (cells.some((c) => c.kind === 'suppressed' && c.reason === 'small')) {
    parts.push(translate(language, 'reportDoc.legendSmall', { threshold, below: threshold - 1 }));
  }
  if (cells.some((c) => c.kind === 'suppressed' && c.reason === 'complementary')) {
    parts.push(translate(language, 'reportDoc.legendHidden'));
  }
  for (const column of table.columns) {
    if (column.withheld)
      parts.push(translate(language, 'reportDoc.legendWithheld', { year: column.year }));
  }
  return parts;
}

/** The line on a year's information sessions, as the PDF prints it. */
export function sessionsLine(
  language: Locale,
  s: { year: number; sessions: number; minutes: number },
): string {
  const params = { year: s.year, count: s.sessions, hours: formatMinutes(s.minutes) };
  const key =
    s.sessions === 0
      ? 'reportDoc.sessionsNone'
      : s.sessions === 1
        ? 'reportDoc.sessionsOne'
        : 'reportDoc.sessionsMany';
  return translate(language, key, params);
}
