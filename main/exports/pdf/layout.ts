import PDFDocument from 'pdfkit';
import type { PdfFonts } from './fonts';

/**
 * The shared look of VP Dossier's PDFs (invoices now, annual reports later): A4, calm type,
 * one accent colour, tables that break across pages with their header repeated, and a footer
 * with page numbers. Plain drawing on pdfkit; nothing here knows what a document is about.
 */

export type Pdf = PDFKit.PDFDocument;

export const page = {
  margin: 56,
  width: 595.28,
  height: 841.89,
  get contentWidth() {
    return this.width - 2 * this.margin;
  },
  get bottom() {
    return this.height - this.margin - 24;
  },
};

export const colours = {
  text: '#1d2430',
  muted: '#5b6676',
  accent: '#1f4e79',
  rule: '#c9d1dc',
  band: '#eef2f7',
};

export const REGULAR = 'Inter';
export const SEMIBOLD = 'Inter-SemiBold';

export interface PdfInfo {
  title: string;
  author: string;
  /** Fixed, so the same document gives the same bytes. */
  createdOn: Date;
  language: 'nl' | 'en';
}

/**
 * Every string drawn into a PDF, kept beside it so the leak guard reads exactly the text the
 * PDF shows (a packaged app has no pdftotext). Tests check pdftotext finds nothing else.
 */
const drawnText = new WeakMap<Pdf, string[]>();

export function startPdf(fonts: PdfFonts, info: PdfInfo): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    margin: page.margin,
    bufferPages: true,
    // The embedded font from the start, so no standard font is ever referenced.
    font: fonts.regular as unknown as string,
    lang: info.language === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    info: {
      Title: info.title,
      Author: info.author,
      Creator: 'VP Dossier',
      Producer: 'VP Dossier',
      CreationDate: info.createdOn,
      ModDate: info.createdOn,
    },
  });
  const drawn = [info.title, info.author];
  drawnText.set(doc, drawn);
  const draw = doc.text.bind(doc) as (...args: unknown[]) => Pdf;
  doc.text = ((text: unknown, ...rest: unknown[]) => {
    drawn.push(String(text));
    return draw(text, ...rest);
  }) as Pdf['text'];
  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(SEMIBOLD, fonts.semibold);
  doc.font(REGULAR).fontSize(10).fillColor(colours.text);
  return doc;
}

export interface PdfOutput {
  bytes: Buffer;
  /** All text drawn into it, in drawing order, for the leak guard. */
  text: string;
}

/** Ends the document and returns its bytes and text. */
export function finishPdf(
  doc: Pdf,
  footer: (pageNumber: number, pageCount: number) => string,
): Promise<PdfOutput> {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // Writing below the bottom margin would make pdfkit add a page: lift the margin first.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(REGULAR)
      .fontSize(8)
      .fillColor(colours.muted)
      .text(footer(i + 1, range.count), page.margin, page.height - page.margin + 8, {
        width: page.contentWidth,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottomMargin;
  }
  const text = (drawnText.get(doc) ?? []).join('\n');
  return new Promise<PdfOutput>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve({ bytes: Buffer.concat(chunks), text }));
    doc.on('error', reject);
    doc.end();
  });
}

/** Starts a new page when less than `needed` points are left. */
export function ensureSpace(doc: Pdf, needed: number): void {
  if (doc.y + needed > page.bottom) {
    doc.addPage();
    doc.y = page.margin;
  }
}

export function heading(doc: Pdf, text: string, size = 13): void {
  ensureSpace(doc, size * 3);
  doc.moveDown(0.6);
  doc.font(SEMIBOLD).fontSize(size).fillColor(colours.accent).text(text, page.margin, doc.y, {
    width: page.contentWidth,
  });
  doc.moveDown(0.3);
  doc.font(REGULAR).fontSize(10).fillColor(colours.text);
}

export function paragraph(
  doc: Pdf,
  text: string,
  options: { muted?: boolean; size?: number } = {},
) {
  const size = options.size ?? 10;
  doc.font(REGULAR).fontSize(size);
  ensureSpace(doc, doc.heightOfString(text, { width: page.contentWidth }) + 4);
  doc
    .fillColor(options.muted ? colours.muted : colours.text)
    .text(text, page.margin, doc.y, { width: page.contentWidth });
  doc.fillColor(colours.text);
}

export interface TableColumn {
  header: string;
  /** A share of the content width; the shares of a table add up to 1. */
  share: number;
  align?: 'left' | 'right';
}

export interface TableRow {
  cells: string[];
  /** Totals and subtotals: semibold with a rule above. */
  emphasis?: boolean;
}

/** A table with a tinted header row, repeated on each new page. */
export function table(doc: Pdf, columns: TableColumn[], rows: TableRow[]): void {
  const x0 = page.margin;
  const widths = columns.map((c) => c.share * page.contentWidth);
  const padding = 4;
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(9);
    return (
      Math.max(
        ...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 2 * padding })),
      ) +
      2 * padding
    );
  };
  const drawRow = (cells: string[], font: string, y: number, height: number) => {
    let x = x0;
    doc.font(font).fontSize(9).fillColor(colours.text);
    cells.forEach((cell, i) => {
      doc.text(cell, x + padding, y + padding, {
        width: widths[i]! - 2 * padding,
        align: columns[i]!.align ?? 'left',
      });
      x += widths[i]!;
    });
    doc.y = y + height;
  };
  const drawHeader = () => {
    const headers = columns.map((c) => c.header);
    const height = rowHeight(headers, SEMIBOLD);
    const y = doc.y;
    doc.rect(x0, y, page.contentWidth, height).fill(colours.band);
    drawRow(headers, SEMIBOLD, y, height);
  };

  ensureSpace(doc, 60);
  drawHeader();
  for (const row of rows) {
    const font = row.emphasis ? SEMIBOLD : REGULAR;
    const height = rowHeight(row.cells, font);
    if (doc.y + height > page.bottom) {
      doc.addPage();
      doc.y = page.margin;
      drawHeader();
    }
    const y = doc.y;
    doc
      .moveTo(x0, y)
      .lineTo(x0 + page.contentWidth, y)
      .lineWidth(row.emphasis ? 0.8 : 0.4)
      .strokeColor(row.emphasis ? colours.muted : colours.rule)
      .stroke();
    drawRow(row.cells, font, y, height);
  }
  doc.font(REGULAR).fontSize(10);
  doc.x = x0;
}
