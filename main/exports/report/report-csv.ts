import {
  annualReportDocumentSchema,
  multiSelectTableCodes,
  practiceOverviewDocumentSchema,
  type ReportDocument,
} from '../../../shared/schemas/annual-report';
import { writeCsv, type Cell } from '../csv/csv';
import { activityLabel } from '../labels';
import { cellText } from './cells';
import { reportWords } from './report-words';
import { tableRowLabels } from './table-text';

/**
 * The published tables of a report as one CSV, one record per figure (section, row, year,
 * value), so a spreadsheet can pivot it. Only what the PDF publishes, already protected: a
 * small count reads "< 5", a hidden one "•"; every row is listed, zeros included. Hours are
 * minutes. The advice is not a table and stays in the PDF.
 */

const csvWords = {
  nl: {
    header: ['Rubriek', 'Rij', 'Jaar', 'Waarde'],
    summary: 'Kerncijfers',
    minutes: (label: string) => `${label} (minuten)`,
  },
  en: {
    header: ['Section', 'Row', 'Year', 'Value'],
    summary: 'Key figures',
    minutes: (label: string) => `${label} (minutes)`,
  },
} as const;

export function writeReportCsv(input: ReportDocument): string {
  const document =
    input.kind === 'annual_report'
      ? annualReportDocumentSchema.parse(input)
      : practiceOverviewDocumentSchema.parse(input);
  const { language, threshold: t } = document;
  const w = reportWords[language];
  const c = csvWords[language];
  const records: Cell[][] = [];
  const figure = (cell: Parameters<typeof cellText>[0]): Cell =>
    cell.kind === 'count' ? cell.value : cellText(cell, t, language);

  for (const s of document.summary) {
    records.push([c.summary, w.cases, s.year, figure(s.cases)]);
    records.push([c.summary, w.contacts, s.year, figure(s.contacts)]);
  }
  if (document.kind === 'practice_overview') {
    for (const o of document.organisationCounts) {
      records.push([c.summary, w.organisations, o.year, o.organisations]);
    }
  }
  for (const s of document.informationSessions) {
    records.push([c.summary, w.sessions, s.year, s.sessions]);
    records.push([c.summary, c.minutes(w.sessionHours), s.year, s.minutes]);
  }
  for (const p of document.trend) records.push([w.trendHeading, w.cases, p.year, figure(p.cases)]);

  for (const table of document.tables) {
    const section = w.tableHeadings[table.code];
    const labels = tableRowLabels(table, language);
    const multi = (multiSelectTableCodes as readonly string[]).includes(table.code);
    for (const column of table.columns) {
      labels.forEach((label, i) => {
        records.push([section, label, column.year, figure(column.cells[i]!)]);
      });
      records.push([section, multi ? w.caseCount : w.total, column.year, figure(column.total)]);
    }
  }

  for (const column of document.hours.columns) {
    document.hours.rows.forEach((activity, i) => {
      const label = c.minutes(activityLabel(activity, language));
      records.push([w.hoursHeading, label, column.year, column.minutes[i] ?? 0]);
    });
    records.push([w.hoursHeading, c.minutes(w.total), column.year, column.totalMinutes]);
  }
  return writeCsv([...c.header], records, language);
}
