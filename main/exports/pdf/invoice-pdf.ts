import {
  invoiceDocumentSchema,
  type InvoiceDocument,
} from '../../../shared/schemas/invoice-document';
import {
  formatDate,
  formatHoursMinutes,
  formatIban,
  formatMoney,
  formatMonth,
  formatPeriod,
  formatQuantity,
  formatRate,
  unitWord,
} from '../format';
import {
  activityLabel,
  documentTitle,
  lineDescription,
  otherUnitsLabel,
  type DocumentLanguage,
} from '../labels';
import type { PdfFonts } from './fonts';
import { isSupportedLogo } from './logo';
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
} from './layout';

/**
 * The invoice or credit note as PDF, from the anonymised document only: the writer validates
 * its input against the document schema, so nothing that is not an anonymised invoice can be
 * printed. Every word comes from labels.ts or the document's business fields.
 */

export interface InvoicePdfOptions {
  fonts: PdfFonts;
  /** The counsellor's logo (PNG or JPEG), from settings. */
  logo?: Buffer | null;
}

const words = {
  nl: {
    number: 'Factuurnummer',
    creditNumber: 'Creditnotanummer',
    issueDate: 'Datum',
    dueDate: 'Vervaldatum',
    period: 'Periode',
    buyerReference: 'Uw referentie',
    orderReference: 'Uw ordernummer',
    corrects: 'Correctie op factuur',
    to: 'Aan',
    description: 'Omschrijving',
    quantity: 'Aantal',
    rate: 'Tarief',
    vat: 'Btw',
    amount: 'Bedrag',
    subtotal: 'Subtotaal',
    vatOver: (rate: string, base: string) => `Btw ${rate} over ${base}`,
    exempt: (base: string) => `Vrijgesteld van btw over ${base}`,
    total: 'Totaal',
    totalCredit: 'Totaal te crediteren',
    exemptVat: 'vrij',
    pay: (amount: string, days: number, iban: string, name: string, number: string) =>
      `Wij verzoeken u ${amount} binnen ${days} dagen over te maken op ${iban} ten name van ${name}, onder vermelding van factuurnummer ${number}.`,
    credit: (amount: string, number: string) =>
      `Dit bedrag van ${amount} wordt verrekend met of terugbetaald op factuur ${number}.`,
    specification: 'Specificatie van de uren',
    specificationNote:
      'Deze specificatie noemt uren en bedragen per maand en soort werkzaamheid. Zij bevat geen namen, data van gesprekken of andere gegevens die tot personen te herleiden zijn. Onderdelen met weinig meldingen worden niet apart genoemd.',
    month: 'Maand',
    activity: 'Werkzaamheid',
    unit: 'Onderdeel',
    hours: 'Uren',
    allUnits: 'Hele organisatie',
    kvk: 'KvK',
    vatNumber: 'Btw-nr.',
    iban: 'IBAN',
    page: (n: number, of: number) => `pagina ${n} van ${of}`,
  },
  en: {
    number: 'Invoice number',
    creditNumber: 'Credit note number',
    issueDate: 'Date',
    dueDate: 'Due date',
    period: 'Period',
    buyerReference: 'Your reference',
    orderReference: 'Your order number',
    corrects: 'Corrects invoice',
    to: 'To',
    description: 'Description',
    quantity: 'Quantity',
    rate: 'Rate',
    vat: 'VAT',
    amount: 'Amount',
    subtotal: 'Subtotal',
    vatOver: (rate: string, base: string) => `VAT ${rate} on ${base}`,
    exempt: (base: string) => `Exempt from VAT on ${base}`,
    total: 'Total',
    totalCredit: 'Total credited',
    exemptVat: 'exempt',
    pay: (amount: string, days: number, iban: string, name: string, number: string) =>
      `Please transfer ${amount} within ${days} days to ${iban} in the name of ${name}, quoting invoice number ${number}.`,
    credit: (amount: string, number: string) =>
      `This amount of ${amount} will be offset against or refunded on invoice ${number}.`,
    specification: 'Specification of hours',
    specificationNote:
      'This specification lists hours and amounts per month and kind of work. It holds no names, dates of conversations or any other data that can be traced to persons. Units with few reports are not named separately.',
    month: 'Month',
    activity: 'Work',
    unit: 'Unit',
    hours: 'Hours',
    allUnits: 'Whole organisation',
    kvk: 'Chamber of Commerce',
    vatNumber: 'VAT no.',
    iban: 'IBAN',
    page: (n: number, of: number) => `page ${n} of ${of}`,
  },
} as const;

type Words = (typeof words)[DocumentLanguage];

export async function writeInvoicePdf(
  input: InvoiceDocument,
  options: InvoicePdfOptions,
): Promise<PdfOutput> {
  const document = invoiceDocumentSchema.parse(input);
  const language = document.language;
  const w = words[language];
  const title = documentTitle(document);
  const doc = startPdf(options.fonts, {
    title: `${title} ${document.number}`,
    author: document.seller.tradingName ?? document.seller.name,
    createdOn: new Date(`${document.issueDate}T12:00:00Z`),
    language,
  });

  header(doc, document, options.logo ?? null);
  addressAndFacts(doc, document, w);
  lines(doc, document, w);
  totals(doc, document, w);
  payment(doc, document, w);
  specification(doc, document, w);

  const seller = document.seller;
  const footer = [
    seller.tradingName ?? seller.name,
    `${w.kvk} ${seller.kvkNumber}`,
    seller.vatNumber ? `${w.vatNumber} ${seller.vatNumber}` : null,
    `${w.iban} ${formatIban(seller.iban)}`,
  ]
    .filter((p): p is string => p !== null)
    .join('  ·  ');
  return finishPdf(doc, (n, of) => `${footer}  ·  ${w.page(n, of)}`);
}

function header(doc: Pdf, document: InvoiceDocument, logo: Buffer | null): void {
  const top = page.margin;
  if (logo && isSupportedLogo(logo)) {
    doc.image(logo, page.margin, top, { fit: [150, 60] });
  } else {
    doc
      .font(SEMIBOLD)
      .fontSize(16)
      .fillColor(colours.accent)
      .text(document.seller.tradingName ?? document.seller.name, page.margin, top, {
        width: 240,
      });
  }
  const s = document.seller;
  const sellerLines = [
    s.name,
    s.address.street,
    `${s.address.postcode} ${s.address.city}`,
    s.address.country === 'NL' ? null : s.address.country,
    s.email,
    s.phone,
  ].filter((l): l is string => l !== null);
  doc
    .font(REGULAR)
    .fontSize(9)
    .fillColor(colours.muted)
    .text(sellerLines.join('\n'), page.margin + page.contentWidth - 200, top, {
      width: 200,
      align: 'right',
    });
  doc.fillColor(colours.text);
  doc.y = Math.max(doc.y, top + 70) + 20;
}

function addressAndFacts(doc: Pdf, document: InvoiceDocument, w: Words): void {
  const language = document.language;
  const top = doc.y;
  const b = document.buyer;
  const buyerLines = [
    b.name,
    b.contactName ? `t.a.v. ${b.contactName}` : null,
    b.address.street,
    `${b.address.postcode} ${b.address.city}`,
    b.address.country === 'NL' ? null : b.address.country,
  ].filter((l): l is string => l !== null);
  if (language === 'en' && b.contactName) buyerLines[1] = `Attn. ${b.contactName}`;
  doc
    .font(SEMIBOLD)
    .fontSize(8)
    .fillColor(colours.muted)
    .text(w.to.toUpperCase(), page.margin, top);
  doc
    .font(REGULAR)
    .fontSize(10)
    .fillColor(colours.text)
    .text(buyerLines.join('\n'), page.margin, doc.y + 2, {
      width: 240,
    });
  const leftBottom = doc.y;

  const facts: [string, string][] = [
    [document.kind === 'invoice' ? w.number : w.creditNumber, document.number],
    [w.issueDate, formatDate(document.issueDate, language)],
  ];
  if (document.kind === 'invoice') facts.push([w.dueDate, formatDate(document.dueDate, language)]);
  facts.push([w.period, formatPeriod(document.period, language)]);
  if (document.corrects) {
    facts.push([
      w.corrects,
      `${document.corrects.number} (${formatDate(document.corrects.issueDate, language)})`,
    ]);
  }
  if (document.buyerReference) facts.push([w.buyerReference, document.buyerReference]);
  if (document.purchaseOrderNumber) facts.push([w.orderReference, document.purchaseOrderNumber]);

  const x = page.margin + page.contentWidth - 260;
  let y = top;
  for (const [label, value] of facts) {
    doc.font(REGULAR).fontSize(9).fillColor(colours.muted).text(label, x, y, { width: 100 });
    doc
      .font(SEMIBOLD)
      .fontSize(9)
      .fillColor(colours.text)
      .text(value, x + 100, y, {
        width: 160,
        align: 'right',
      });
    y = doc.y + 3;
  }
  doc.y = Math.max(leftBottom, y) + 24;
  doc
    .font(SEMIBOLD)
    .fontSize(20)
    .fillColor(colours.accent)
    .text(`${documentTitle(document)} ${document.number}`, page.margin, doc.y, {
      width: page.contentWidth,
    });
  doc.font(REGULAR).fontSize(10).fillColor(colours.text);
  doc.moveDown(0.8);
}

function vatLabel(
  vat: InvoiceDocument['lines'][number]['vat'],
  document: InvoiceDocument,
  w: Words,
) {
  return vat.category === 'E' ? w.exemptVat : formatRate(vat.rateBasisPoints, document.language);
}

function lines(doc: Pdf, document: InvoiceDocument, w: Words): void {
  const language = document.language;
  table(
    doc,
    [
      { header: w.description, share: 0.44 },
      { header: w.quantity, share: 0.14, align: 'right' },
      { header: w.rate, share: 0.15, align: 'right' },
      { header: w.vat, share: 0.09, align: 'right' },
      { header: w.amount, share: 0.18, align: 'right' },
    ],
    document.lines.map((line) => ({
      cells: [
        lineDescription(line.subject, language),
        `${formatQuantity(line.quantityMilli, language)} ${unitWord(line.unit, language)}`,
        formatMoney(line.unitPriceCents, language),
        vatLabel(line.vat, document, w),
        formatMoney(line.amountCents, language),
      ],
    })),
  );
}

function totals(doc: Pdf, document: InvoiceDocument, w: Words): void {
  const language = document.language;
  const rows: [string, string, boolean][] = [
    [w.subtotal, formatMoney(document.lineTotalCents, language), false],
  ];
  for (const row of document.vatBreakdown) {
    const base = formatMoney(row.taxableCents, language);
    rows.push([
      row.vat.category === 'E'
        ? w.exempt(base)
        : w.vatOver(formatRate(row.vat.rateBasisPoints, language), base),
      formatMoney(row.taxCents, language),
      false,
    ]);
  }
  rows.push([
    document.kind === 'invoice' ? w.total : w.totalCredit,
    formatMoney(document.payableCents, language),
    true,
  ]);
  ensureSpace(doc, rows.length * 18 + 40);
  doc.moveDown(0.6);
  const x = page.margin + page.contentWidth * 0.42;
  const width = page.contentWidth * 0.58;
  for (const [label, amount, emphasis] of rows) {
    const y = doc.y;
    if (emphasis) {
      doc
        .moveTo(x, y)
        .lineTo(x + width, y)
        .lineWidth(0.8)
        .strokeColor(colours.muted)
        .stroke();
    }
    const font = emphasis ? SEMIBOLD : REGULAR;
    const size = emphasis ? 11 : 9.5;
    doc
      .font(font)
      .fontSize(size)
      .fillColor(colours.text)
      .text(label, x, y + 4, {
        width: width * 0.65,
      });
    const after = doc.y;
    doc.text(amount, x + width * 0.65, y + 4, { width: width * 0.35, align: 'right' });
    doc.y = Math.max(after, doc.y) + 2;
  }
  for (const row of document.vatBreakdown) {
    if (row.vat.exemptionReason)
      paragraph(doc, row.vat.exemptionReason, { muted: true, size: 8.5 });
  }
  doc.x = page.margin;
}

function payment(doc: Pdf, document: InvoiceDocument, w: Words): void {
  const language = document.language;
  const s = document.seller;
  doc.moveDown(1);
  const amount = formatMoney(document.payableCents, language);
  const text =
    document.kind === 'invoice'
      ? w.pay(amount, document.paymentTermDays, formatIban(s.iban), s.name, document.number)
      : w.credit(amount, document.corrects?.number ?? '');
  paragraph(doc, text);
}

function specification(doc: Pdf, document: InvoiceDocument, w: Words): void {
  if (document.specification.length === 0) return;
  const language = document.language;
  ensureSpace(doc, 140);
  doc.moveDown(1);
  heading(doc, w.specification);
  paragraph(doc, w.specificationNote, { muted: true, size: 8.5 });
  doc.moveDown(0.5);
  const rows = document.specification.map((row) => ({
    cells: [
      formatMonth(row.month, language),
      activityLabel(row.activity, language),
      row.otherUnits ? otherUnitsLabel(language) : (row.unitName ?? w.allUnits),
      formatHoursMinutes(row.minutes),
      formatMoney(row.amountCents, language),
    ],
  }));
  const minutes = document.specification.reduce((s, r) => s + r.minutes, 0);
  const amount = document.specification.reduce((s, r) => s + r.amountCents, 0);
  rows.push({
    cells: [w.total, '', '', formatHoursMinutes(minutes), formatMoney(amount, language)],
    emphasis: true,
  } as (typeof rows)[number]);
  table(
    doc,
    [
      { header: w.month, share: 0.16 },
      { header: w.activity, share: 0.4 },
      { header: w.unit, share: 0.2 },
      { header: w.hours, share: 0.09, align: 'right' },
      { header: w.amount, share: 0.15, align: 'right' },
    ],
    rows,
  );
}
