import type { ErrorCode } from '../../shared/errors';
import type { InvoiceDocument } from '../../shared/schemas/invoice-document';
import type { CaseFileDatabase } from '../casefile';
import { AppError } from '../errors';
import { hoursCsv, invoicesCsv } from '../exports/csv/invoices-csv';
import type { PdfFonts } from '../exports/pdf/fonts';
import { writeInvoicePdf } from '../exports/pdf/invoice-pdf';
import { UblRefusedError, type UblRefusalReason } from '../exports/ubl/refusal';
import { writeUbl } from '../exports/ubl/write-ubl';
import { guardExport } from './export-guard';
import { getInvoiceDocument, listInvoices } from './invoices';
import { getPracticeLogo, getPracticeSettings } from './practice-settings';

/**
 * An invoice, a credit note or a list of them as the file that leaves the machine: PDF, UBL
 * e-invoice or CSV. Each is written from the stored anonymised document only, and the leak
 * guard reads its text against the whole case file before the bytes are handed out. Nothing
 * is written to disk here; the caller shows the file and saves it where the counsellor says.
 */

export type InvoiceExportFormat = 'pdf' | 'ubl' | 'csv_invoices' | 'csv_hours';

export interface ExportFile {
  fileName: string;
  mediaType: 'application/pdf' | 'application/xml' | 'text/csv';
  bytes: Buffer;
  /** What the leak guard read: the XML or CSV itself, or all text drawn into the PDF. */
  text: string;
}

/** The live case file, asked for again after async work: a lock in between fails closed. */
export type DatabaseAccess = () => CaseFileDatabase;

const refusalCodes: Record<UblRefusalReason, ErrorCode> = {
  seller_vat_number_missing: 'EINVOICE_SELLER_VAT_MISSING',
  buyer_kvk_missing: 'EINVOICE_BUYER_KVK_MISSING',
  buyer_endpoint_missing: 'EINVOICE_BUYER_ENDPOINT_MISSING',
  line_amount_mismatch: 'INTERNAL',
};

function baseName(document: InvoiceDocument): string {
  const word =
    document.language === 'nl'
      ? document.kind === 'invoice'
        ? 'factuur'
        : 'creditnota'
      : document.kind === 'invoice'
        ? 'invoice'
        : 'credit-note';
  return `${word}-${document.number}`;
}

function ublOf(db: CaseFileDatabase, document: InvoiceDocument): string {
  const profile = getPracticeSettings(db)?.eInvoiceProfile ?? 'nlcius';
  try {
    return writeUbl(document, profile);
  } catch (err) {
    if (err instanceof UblRefusedError) throw new AppError(refusalCodes[err.reason], err.reason);
    throw err;
  }
}

/** The export of one issued invoice or credit note. */
export async function exportInvoice(
  database: DatabaseAccess,
  invoiceId: number,
  format: InvoiceExportFormat,
  fonts: () => Promise<PdfFonts>,
): Promise<ExportFile> {
  const db = database();
  const document = getInvoiceDocument(db, invoiceId);
  const language = document.language;
  const name = baseName(document);
  let file: ExportFile;
  if (format === 'pdf') {
    const pdf = await writeInvoicePdf(document, {
      fonts: await fonts(),
      logo: getPracticeLogo(db),
    });
    file = {
      fileName: `${name}.pdf`,
      mediaType: 'application/pdf',
      bytes: pdf.bytes,
      text: pdf.text,
    };
  } else if (format === 'ubl') {
    const xml = ublOf(db, document);
    file = {
      fileName: `${name}.xml`,
      mediaType: 'application/xml',
      bytes: Buffer.from(xml),
      text: xml,
    };
  } else {
    const csv =
      format === 'csv_invoices'
        ? invoicesCsv([document], language)
        : hoursCsv([document], language);
    const suffix = format === 'csv_invoices' ? '' : language === 'nl' ? '-uren' : '-hours';
    file = {
      fileName: `${name}${suffix}.csv`,
      mediaType: 'text/csv',
      bytes: Buffer.from(csv),
      text: csv,
    };
  }
  guardExport(database(), file.text);
  return file;
}

/** The bookkeeper's CSV of all invoices (or their hours) of a year, optionally one organisation. */
export function exportInvoiceList(
  db: CaseFileDatabase,
  filter: { organisationId: number | null; year: number },
  format: 'csv_invoices' | 'csv_hours',
): ExportFile {
  const documents = listInvoices(db, filter)
    .reverse()
    .map((summary) => getInvoiceDocument(db, summary.id));
  const language = getPracticeSettings(db)?.invoiceLanguage ?? 'nl';
  const text =
    format === 'csv_invoices' ? invoicesCsv(documents, language) : hoursCsv(documents, language);
  guardExport(db, text);
  const name =
    language === 'nl'
      ? format === 'csv_invoices'
        ? 'facturen'
        : 'uren'
      : format === 'csv_invoices'
        ? 'invoices'
        : 'hours';
  return {
    fileName: `${name}-${filter.year}.csv`,
    mediaType: 'text/csv',
    bytes: Buffer.from(text, 'utf8'),
    text,
  };
}
