import {
  annualReportDocumentSchema,
  behaviourTableCodes,
  multiSelectTableCodes,
  practiceOverviewDocumentSchema,
  type AnnualReportDocument,
  type PracticeOverviewDocument,
  type ReportDocument,
  type ReportTable,
} from '../../../shared/schemas/annual-report';
import { formatDate, formatHoursMinutes } from '../format';
import { activityLabel } from '../labels';
import type { PdfFonts } from '../pdf/fonts';
import {
  colours,
  ensureSpace,
  finishPdf,
  heading,
  page,
  paragraph,
  REGULAR,
  SEMIBOLD,
  startPdf,
  table,
  type Pdf,
  type PdfOutput,
  type TableColumn,
  type TableRow,
} from '../pdf/layout';
import { barChart, chartHeight, seriesColours, type ChartRow } from './bar-chart';
import { cellText, changeText, formatCount, isZero } from './cells';
import { reportWords, type ReportWords } from './report-words';
import { tableLegend, tableRowLabels } from './table-text';

/**
 * The annual report and the practice overview as PDF, from the anonymised documents only:
 * each writer validates its input against the document's schema, so nothing but protected
 * figures, fixed words (report-words.ts) and the counsellor's advice can be printed. Layout:
 * a cover; how the figures were protected; key figures with the previous year and the trend;
 * each table with the previous year beside it and, where it helps, a bar chart; hours; the
 * advice. Rows without cases in both years are left out (the CSV has every row).
 */

export interface ReportPdfOptions {
  fonts: PdfFonts;
}

export async function writeAnnualReportPdf(
  input: AnnualReportDocument,
  options: ReportPdfOptions,
): Promise<PdfOutput> {
  return writeReport(annualReportDocumentSchema.parse(input), options);
}

export async function writePracticeOverviewPdf(
  input: PracticeOverviewDocument,
  options: ReportPdfOptions,
): Promise<PdfOutput> {
  return writeReport(practiceOverviewDocumentSchema.parse(input), options);
}

/** Tables that get a chart: the ones a reader compares at a glance. */
const charted = new Set<string>([
  'relations',
  'roles',
  'channels',
  'outcomes',
  'units',
  'organisations',
]);

function writeReport(document: ReportDocument, options: ReportPdfOptions): Promise<PdfOutput> {
  const w = reportWords[document.language];
  const title =
    document.kind === 'annual_report' ? w.title(document.year) : w.overviewTitle(document.year);
  const subject =
    document.kind === 'annual_report' ? document.organisationName : w.allOrganisations;
  const doc = startPdf(options.fonts, {
    title: `${title} – ${subject}`,
    author: document.practiceName,
    createdOn: new Date(`${document.generatedOn}T12:00:00Z`),
    language: document.language,
  });

  cover(doc, document, w, title, subject);
  doc.addPage();
  heading(doc, w.protectionHeading);
  const isReport = document.kind === 'annual_report';
  const groups = isReport ? w.unitsWord : w.organisationsWord;
  const scope = isReport ? w.reportScope : w.overviewScope;
  for (const text of w.protection(document.threshold, groups, scope)) {
    paragraph(doc, text, { size: 9.5 });
    doc.moveDown(0.4);
  }
  summary(doc, document, w);
  trend(doc, document, w);
  kinds(doc, document, w);
  for (const code of ['relations', 'roles', 'channels', 'outcomes', 'referrals', 'reaction_time']) {
    const found = document.tables.find((t) => t.code === code);
    if (found) tableSection(doc, document, found, w);
  }
  breakdown(doc, document, w);
  hours(doc, document, w);
  if (document.kind === 'annual_report') advice(doc, document, w);

  return finishPdf(doc, (n, of) => `${title}  ·  ${subject}  ·  ${w.page(n, of)}`);
}

function cover(doc: Pdf, document: ReportDocument, w: ReportWords, title: string, subject: string) {
  const band = 300;
  doc.rect(0, 0, page.width, band).fill(colours.accent);
  doc.rect(0, band, page.width, 4).fill('#9db4cc');
  doc
    .font(SEMIBOLD)
    .fontSize(26)
    .fillColor('#ffffff')
    .text(title, page.margin, 150, { width: page.contentWidth });
  doc
    .font(REGULAR)
    .fontSize(15)
    .fillColor('#dce6f1')
    .text(subject, page.margin, doc.y + 10, { width: page.contentWidth });

  const facts: [string, string][] = [
    ...(document.kind === 'annual_report'
      ? [[w.preparedFor, document.organisationName] as [string, string]]
      : []),
    [w.preparedBy, document.practiceName],
    [w.date, formatDate(document.generatedOn, document.language)],
  ];
  let y = band + 60;
  for (const [label, value] of facts) {
    doc
      .font(REGULAR)
      .fontSize(9)
      .fillColor(colours.muted)
      .text(label.toUpperCase(), page.margin, y, { width: page.contentWidth });
    doc
      .font(SEMIBOLD)
      .fontSize(12)
      .fillColor(colours.text)
      .text(value, page.margin, doc.y + 2, { width: page.contentWidth });
    y = doc.y + 18;
  }
  const note = document.kind === 'annual_report' ? w.coverNote : w.overviewCoverNote;
  doc
    .font(REGULAR)
    .fontSize(9)
    .fillColor(colours.muted)
    .text(note, page.margin, page.bottom - 60, { width: page.contentWidth * 0.7 });
  doc.fillColor(colours.text);
}

function yearColumns(document: ReportDocument, first: string, shares: number[]): TableColumn[] {
  const years = document.summary.map((s) => String(s.year));
  return [
    { header: first, share: shares[0]! },
    ...years.map((y, i) => ({ header: y, share: shares[i + 1]!, align: 'right' as const })),
  ];
}

function summary(doc: Pdf, document: ReportDocument, w: ReportWords) {
  const { threshold: t, language } = document;
  const [current, previous] = document.summary;
  if (!current) return;
  const cell = (c: (typeof document.summary)[number]['cases']) => cellText(c, t, language);
  const hoursChange = (a: number, b: number | undefined) =>
    b === undefined
      ? ''
      : a === b
        ? '0'
        : `${a > b ? '+' : '−'}${formatHoursMinutes(Math.abs(a - b))}`;
  const countChange = (a: number, b: number | undefined) =>
    b === undefined ? '' : a === b ? '0' : `${a > b ? '+' : '−'}${Math.abs(a - b)}`;
  const rows: TableRow[] = [
    {
      cells: [
        w.cases,
        cell(current.cases),
        previous ? cell(previous.cases) : '',
        changeText(current.cases, previous?.cases),
      ],
    },
    {
      cells: [
        w.contacts,
        cell(current.contacts),
        previous ? cell(previous.contacts) : '',
        changeText(current.contacts, previous?.contacts),
      ],
    },
  ];
  if (document.kind === 'practice_overview') {
    const [a, b] = document.organisationCounts.map((o) => o.organisations);
    rows.push({
      cells: [
        w.organisations,
        formatCount(a ?? 0, language),
        b === undefined ? '' : formatCount(b, language),
        countChange(a ?? 0, b),
      ],
    });
  }
  const [sa, sb] = document.informationSessions;
  if (sa) {
    rows.push({
      cells: [
        w.sessions,
        formatCount(sa.sessions, language),
        sb ? formatCount(sb.sessions, language) : '',
        countChange(sa.sessions, sb?.sessions),
      ],
    });
    rows.push({
      cells: [
        w.sessionHours,
        formatHoursMinutes(sa.minutes),
        sb ? formatHoursMinutes(sb.minutes) : '',
        hoursChange(sa.minutes, sb?.minutes),
      ],
    });
  }
  const [ha, hb] = document.hours.columns.map((c) => c.totalMinutes);
  rows.push({
    cells: [
      w.totalHours,
      formatHoursMinutes(ha ?? 0),
      hb === undefined ? '' : formatHoursMinutes(hb),
      hoursChange(ha ?? 0, hb),
    ],
  });
  heading(doc, w.summaryHeading(document.year - 1));
  table(
    doc,
    [
      ...yearColumns(document, w.figure, [0.52, 0.16, 0.16]),
      { header: w.change, share: 0.16, align: 'right' },
    ],
    rows,
  );
}

function trend(doc: Pdf, document: ReportDocument, w: ReportWords) {
  heading(doc, w.trendHeading);
  barChart(doc, {
    series: [{ label: w.cases, colour: seriesColours[0] }],
    rows: document.trend.map((p) => ({ label: String(p.year), cells: [p.cases] })),
    threshold: document.threshold,
    language: document.language,
  });
}

/** The rows a table prints: those with a case (or a hidden figure) in some year. */
function visibleRows(table: ReportTable): number[] {
  return table.rows
    .map((_, i) => i)
    .filter((i) => table.columns.some((column) => !isZero(column.cells[i])));
}

function printTable(doc: Pdf, document: ReportDocument, found: ReportTable, w: ReportWords) {
  const { threshold: t, language } = document;
  const labels = tableRowLabels(found, language);
  const rows = visibleRows(found);
  if (rows.length === 0) {
    paragraph(doc, w.noRows, { muted: true, size: 9 });
    return rows;
  }
  const multi = (multiSelectTableCodes as readonly string[]).includes(found.code);
  const shares = found.columns.length === 2 ? [0.56, 0.22, 0.22] : [0.7, 0.3];
  const columns = yearColumns(document, '', shares).slice(0, found.columns.length + 1);
  const body: TableRow[] = rows.map((i) => ({
    cells: [labels[i]!, ...found.columns.map((c) => cellText(c.cells[i]!, t, language))],
  }));
  body.push({
    cells: [
      multi ? w.caseCount : w.total,
      ...found.columns.map((c) => cellText(c.total, t, language)),
    ],
    emphasis: true,
  });
  table(doc, columns, body);
  const legend = tableLegend(found, t, w);
  if (legend) paragraph(doc, legend, { muted: true, size: 8 });
  return rows;
}

function chartRows(document: ReportDocument, found: ReportTable, rows: number[]): ChartRow[] {
  const labels = tableRowLabels(found, document.language);
  return rows.map((i) => ({ label: labels[i]!, cells: found.columns.map((c) => c.cells[i]) }));
}

function series(found: ReportTable) {
  return found.columns.map((c, i) => ({
    label: String(c.year),
    colour: seriesColours[i] ?? colours.muted,
  }));
}

/** Roughly what a table takes: heading, header, rows, total, legend and notes. */
const tableHeight = (rows: number) => 36 + (rows + 2) * 20 + 28;

function tableSection(doc: Pdf, document: ReportDocument, found: ReportTable, w: ReportWords) {
  const visible = visibleRows(found).length;
  const withChart = charted.has(found.code) && visible >= 2 && !found.columns[0]!.withheld;
  const needed =
    tableHeight(visible) + (withChart ? chartHeight(found.columns.length, visible) : 0);
  // Keep a table and its chart on one page when they fit on one.
  ensureSpace(doc, needed < page.bottom - page.margin ? needed : 140);
  heading(doc, w.tableHeadings[found.code], 12);
  const rows = printTable(doc, document, found, w);
  if (found.code === 'referrals') paragraph(doc, w.referralNote, { muted: true, size: 8 });
  if (found.code === 'reaction_time') paragraph(doc, w.reactionNote, { muted: true, size: 8 });
  if (found.code === 'units') paragraph(doc, w.thisYearOnly, { muted: true, size: 8 });
  if (withChart) {
    barChart(doc, {
      series: series(found),
      rows: chartRows(document, found, rows),
      threshold: document.threshold,
      language: document.language,
    });
  }
}

/** Kind of report: the three behaviour tables, then one chart over all of them. */
function kinds(doc: Pdf, document: ReportDocument, w: ReportWords) {
  const tables = behaviourTableCodes.flatMap((code) =>
    document.tables.filter((t) => t.code === code),
  );
  if (tables.length === 0) return;
  doc.addPage();
  heading(doc, w.kindHeading, 14);
  paragraph(doc, w.multiSelectNote, { muted: true, size: 8.5 });
  const charts: ChartRow[] = [];
  for (const found of tables) {
    ensureSpace(doc, 110);
    heading(doc, w.tableHeadings[found.code], 11);
    const rows = printTable(doc, document, found, w);
    if (!found.columns[0]!.withheld) charts.push(...chartRows(document, found, rows));
  }
  if (charts.length >= 2) {
    barChart(doc, {
      series: series(tables[0]!),
      rows: charts,
      threshold: document.threshold,
      language: document.language,
    });
  }
}

function breakdown(doc: Pdf, document: ReportDocument, w: ReportWords) {
  const state =
    document.kind === 'annual_report' ? document.unitBreakdown : document.organisationBreakdown;
  const found = document.tables.find((t) => t.code === 'units' || t.code === 'organisations');
  if (state === 'shown' && found) {
    tableSection(doc, document, found, w);
  } else if (state === 'too_few_cases') {
    heading(
      doc,
      w.tableHeadings[document.kind === 'annual_report' ? 'units' : 'organisations'],
      12,
    );
    const text =
      document.kind === 'annual_report'
        ? w.unitsTooFew(document.threshold)
        : w.organisationsTooFew(document.threshold);
    paragraph(doc, text, { muted: true, size: 9 });
  }
}

function hours(doc: Pdf, document: ReportDocument, w: ReportWords) {
  ensureSpace(doc, 160);
  heading(doc, w.hoursHeading);
  const { rows, columns } = document.hours;
  const visible = rows
    .map((activity, i) => ({ activity, i }))
    .filter(({ i }) => columns.some((c) => (c.minutes[i] ?? 0) > 0));
  const body: TableRow[] = visible.map(({ activity, i }) => ({
    cells: [
      activityLabel(activity, document.language),
      ...columns.map((c) => formatHoursMinutes(c.minutes[i] ?? 0)),
    ],
  }));
  body.push({
    cells: [w.total, ...columns.map((c) => formatHoursMinutes(c.totalMinutes))],
    emphasis: true,
  });
  const shares = columns.length === 2 ? [0.56, 0.22, 0.22] : [0.7, 0.3];
  table(
    doc,
    [
      { header: w.activity, share: shares[0]! },
      ...columns.map((c, i) => ({
        header: w.hours(c.year),
        share: shares[i + 1]!,
        align: 'right' as const,
      })),
    ],
    body,
  );
  doc.moveDown(0.5);
  for (const s of document.informationSessions) {
    paragraph(doc, w.sessionsLine(s.year, s.sessions, formatHoursMinutes(s.minutes)), {
      size: 9.5,
    });
  }
}

function advice(doc: Pdf, document: AnnualReportDocument, w: ReportWords) {
  ensureSpace(doc, 120);
  heading(doc, w.adviceHeading);
  const text = document.advice.trim();
  if (text === '') {
    paragraph(doc, w.noAdvice, { muted: true });
    return;
  }
  for (const part of text.split(/\n\s*\n/)) {
    paragraph(doc, part.trim());
    doc.moveDown(0.5);
  }
}
