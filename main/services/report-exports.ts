import type { AnnualReportInput, PracticeOverviewInput } from '../../shared/schemas/annual-report';
import type { PdfFonts } from '../exports/pdf/fonts';
import { writeReportCsv } from '../exports/report/report-csv';
import { writeAnnualReportPdf, writePracticeOverviewPdf } from '../exports/report/report-pdf';
import { guardExport } from './export-guard';
import type { DatabaseAccess, ExportFile } from './invoice-exports';
import { buildAnnualReport, buildPracticeOverview } from './report';

/**
 * The annual report of an organisation, or the counsellor's overview, as the file that leaves
 * the machine: PDF or the CSV of the published (already protected) tables. Built from the
 * anonymised report document only; the leak guard reads the file's text, the advice typed
 * for the report included, against the whole case file before the bytes are handed out.
 */

export type ReportFormat = 'pdf' | 'csv';

function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
}

async function asFile(
  database: DatabaseAccess,
  name: string,
  format: ReportFormat,
  pdf: () => Promise<{ bytes: Buffer; text: string }>,
  csv: () => string,
): Promise<ExportFile> {
  let file: ExportFile;
  if (format === 'pdf') {
    const out = await pdf();
    file = {
      fileName: `${name}.pdf`,
      mediaType: 'application/pdf',
      bytes: out.bytes,
      text: out.text,
    };
  } else {
    const text = csv();
    file = { fileName: `${name}.csv`, mediaType: 'text/csv', bytes: Buffer.from(text), text };
  }
  guardExport(database(), file.text);
  return file;
}

export async function exportAnnualReport(
  database: DatabaseAccess,
  input: AnnualReportInput,
  format: ReportFormat,
  fonts: () => Promise<PdfFonts>,
): Promise<ExportFile> {
  const document = buildAnnualReport(database(), input);
  const word = document.language === 'nl' ? 'jaarverslag' : 'annual-report';
  const name = `${word}-${document.year}-${slug(document.organisationName)}`;
  return asFile(
    database,
    name,
    format,
    async () => writeAnnualReportPdf(document, { fonts: await fonts() }),
    () => writeReportCsv(document),
  );
}

export async function exportPracticeOverview(
  database: DatabaseAccess,
  input: PracticeOverviewInput,
  format: ReportFormat,
  fonts: () => Promise<PdfFonts>,
): Promise<ExportFile> {
  const document = buildPracticeOverview(database(), input);
  const word = document.language === 'nl' ? 'jaaroverzicht' : 'practice-overview';
  return asFile(
    database,
    `${word}-${document.year}`,
    format,
    async () => writePracticeOverviewPdf(document, { fonts: await fonts() }),
    () => writeReportCsv(document),
  );
}
