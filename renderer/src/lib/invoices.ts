import type { InvoiceRunItem, InvoiceSummary } from '../../../shared/schemas/invoice';
import type {
  InvoiceDocument,
  InvoiceLine,
  LineSubject,
  QuantityUnit,
} from '../../../shared/schemas/invoice-document';
import type { MessageKey } from '../i18n/nl';
import { intlLocale, translate, type Locale, type MessageParams } from '../i18n/translate';
import { formatCents } from './money';

/**
 * The invoice as the screens show it. The preview draws the anonymised document in its own
 * language with the words of the exported files (main/exports/labels.ts and the PDF writer,
 * mirrored in i18n/billing.*.ts under 'invoiceDoc.*'), so what the counsellor reads here is
 * what the employer reads there. Figures use integer arithmetic on thousandths and cents.
 */

/** A text of the document, in the document's language. */
export function docText(
  document: Pick<InvoiceDocument, 'language'>,
  key: MessageKey,
  params?: MessageParams,
): string {
  return translate(document.language, key, params);
}

/** Thousandths without trailing zeros: 1250 → "1,25" (nl), 84000 → "84", -1000 → "-1". */
export function formatQuantity(milli: number, locale: Locale): string {
  const negative = milli < 0;
  const abs = Math.abs(milli);
  const whole = String(Math.trunc(abs / 1000)).replace(
    /\B(?=(\d{3})+(?!\d))/g,
    locale === 'nl' ? '.' : ',',
  );
  const fraction = String(abs % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? (locale === 'nl' ? ',' : '.') + fraction : ''}`;
}

/** Basis points as a percentage: 2100 → "21%", 950 → "9,5%" (nl). */
export function formatRate(basisPoints: number, locale: Locale): string {
  const whole = Math.trunc(basisPoints / 100);
  const fraction = String(basisPoints % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${whole}${fraction ? (locale === 'nl' ? ',' : '.') + fraction : ''}%`;
}

/** An IBAN in groups of four. */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}

/** "oktober 2026" of a 'YYYY-MM'. */
export function formatMonth(month: string, locale: Locale): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: 'UTC',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** "2 november 2026" of a YYYY-MM-DD. */
export function formatIsoDate(day: string, locale: Locale): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** "1 dec 2026" of a YYYY-MM-DD, for lists. */
export function formatShortDate(day: string, locale: Locale): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A period: a whole month reads "oktober 2026", a calendar year "2026", else from – to. */
export function formatPeriod(period: { start: string; end: string }, locale: Locale): string {
  const [sy, sm, sd] = period.start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = period.end.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(ey, em, 0)).getUTCDate();
  if (sy === ey && sm === em && sd === 1 && ed === lastDay) {
    return formatMonth(period.start.slice(0, 7), locale);
  }
  if (sy === ey && sm === 1 && sd === 1 && em === 12 && ed === 31) return String(sy);
  return `${formatIsoDate(period.start, locale)} – ${formatIsoDate(period.end, locale)}`;
}

/** Money in the document's language. */
export function docMoney(document: Pick<InvoiceDocument, 'language'>, cents: number): string {
  return formatCents(cents, document.language);
}

/** "Factuur" or "Creditnota" in the document's language. */
export function documentTitle(document: Pick<InvoiceDocument, 'kind' | 'language'>): string {
  return docText(
    document,
    document.kind === 'invoice' ? 'invoiceDoc.invoice' : 'invoiceDoc.creditNote',
  );
}

/** A line's description, made from its codes as the exported files make it. */
export function lineDescription(subject: LineSubject, locale: Locale): string {
  const tr = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  switch (subject.kind) {
    case 'hours':
      return tr(`invoiceDoc.activity.${subject.activity}`);
    case 'consult_fee':
      return tr('invoiceDoc.line.consultFee');
    case 'subscription': {
      const base = tr('invoiceDoc.line.subscription', { year: subject.year });
      const parts = [
        subject.employeeBand ? tr('invoiceDoc.line.band', { band: subject.employeeBand }) : null,
        subject.member ? tr('invoiceDoc.line.member') : null,
      ].filter((p): p is string => p !== null);
      return parts.length > 0 ? `${base} (${parts.join(', ')})` : base;
    }
    case 'travel_costs':
      return tr('invoiceDoc.line.travelCosts');
    case 'cancellation':
      return tr('invoiceDoc.line.cancellation', {
        activity: tr(`invoiceDoc.activity.${subject.activity}`).toLowerCase(),
      });
    case 'free_first':
      return tr(
        subject.activity === 'first_consult'
          ? 'invoiceDoc.line.freeFirstConsult'
          : 'invoiceDoc.line.freeFirstHour',
      );
    case 'quote':
      return subject.label;
  }
}

/** "1,5 uur", "15 km", "1 post". */
export function lineQuantity(
  line: Pick<InvoiceLine, 'quantityMilli' | 'unit'>,
  locale: Locale,
): string {
  return `${formatQuantity(line.quantityMilli, locale)} ${translate(locale, unitKey(line.unit))}`;
}

function unitKey(unit: QuantityUnit): MessageKey {
  return `invoiceDoc.unit.${unit}`;
}

/** "21%" or the word for exempt. */
export function lineVat(line: Pick<InvoiceLine, 'vat'>, locale: Locale): string {
  return line.vat.category === 'E'
    ? translate(locale, 'invoiceDoc.exemptVat')
    : formatRate(line.vat.rateBasisPoints, locale);
}

/** The totals block: subtotal, VAT per rate, and the total, as label and amount. */
export function totalRows(
  document: InvoiceDocument,
): { label: string; amount: string; total: boolean }[] {
  const l = document.language;
  const rows = [
    {
      label: docText(document, 'invoiceDoc.subtotal'),
      amount: docMoney(document, document.lineTotalCents),
      total: false,
    },
  ];
  for (const row of document.vatBreakdown) {
    const base = docMoney(document, row.taxableCents);
    rows.push({
      label:
        row.vat.category === 'E'
          ? docText(document, 'invoiceDoc.exempt', { base })
          : docText(document, 'invoiceDoc.vatOver', {
              rate: formatRate(row.vat.rateBasisPoints, l),
              base,
            }),
      amount: docMoney(document, row.taxCents),
      total: false,
    });
  }
  rows.push({
    label: docText(
      document,
      document.kind === 'invoice' ? 'invoiceDoc.total' : 'invoiceDoc.totalCredit',
    ),
    amount: docMoney(document, document.payableCents),
    total: true,
  });
  return rows;
}

/** The payment sentence under the totals. */
export function paymentText(document: InvoiceDocument): string {
  const amount = docMoney(document, document.payableCents);
  return document.kind === 'invoice'
    ? docText(document, 'invoiceDoc.pay', {
        amount,
        days: document.paymentTermDays,
        iban: formatIban(document.seller.iban),
        name: document.seller.name,
        number: document.number,
      })
    : docText(document, 'invoiceDoc.credit', { amount, number: document.corrects?.number ?? '' });
}

/** The facts beside the address: number, dates, period, what it corrects, references. */
export function documentFacts(document: InvoiceDocument): { label: string; value: string }[] {
  const l = document.language;
  const facts = [
    {
      label: docText(
        document,
        document.kind === 'invoice' ? 'invoiceDoc.number' : 'invoiceDoc.creditNumber',
      ),
      value: document.number,
    },
    {
      label: docText(document, 'invoiceDoc.issueDate'),
      value: formatIsoDate(document.issueDate, l),
    },
  ];
  if (document.kind === 'invoice') {
    facts.push({
      label: docText(document, 'invoiceDoc.dueDate'),
      value: formatIsoDate(document.dueDate, l),
    });
  }
  facts.push({
    label: docText(document, 'invoiceDoc.period'),
    value: formatPeriod(document.period, l),
  });
  if (document.corrects) {
    facts.push({
      label: docText(document, 'invoiceDoc.corrects'),
      value: `${document.corrects.number} (${formatIsoDate(document.corrects.issueDate, l)})`,
    });
  }
  if (document.buyerReference) {
    facts.push({
      label: docText(document, 'invoiceDoc.buyerReference'),
      value: document.buyerReference,
    });
  }
  if (document.purchaseOrderNumber) {
    facts.push({
      label: docText(document, 'invoiceDoc.orderReference'),
      value: document.purchaseOrderNumber,
    });
  }
  return facts;
}

/** The rows of the hour specification with their total, as the PDF prints them. */
export function specificationRows(document: InvoiceDocument): {
  rows: {
    key: string;
    month: string;
    activity: string;
    unit: string;
    hours: string;
    amount: string;
  }[];
  totalHours: string;
  totalAmount: string;
} {
  const l = document.language;
  const rows = document.specification.map((row, i) => ({
    key: `${i}`,
    month: formatMonth(row.month, l),
    activity: docText(document, `invoiceDoc.activity.${row.activity}`),
    unit: row.otherUnits
      ? docText(document, 'invoiceDoc.otherUnits')
      : (row.unitName ?? docText(document, 'invoiceDoc.allUnits')),
    hours: formatHoursMinutes(row.minutes),
    amount: docMoney(document, row.amountCents),
  }));
  const minutes = document.specification.reduce((s, r) => s + r.minutes, 0);
  const amount = document.specification.reduce((s, r) => s + r.amountCents, 0);
  return { rows, totalHours: formatHoursMinutes(minutes), totalAmount: docMoney(document, amount) };
}

function formatHoursMinutes(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  return `${sign}${Math.trunc(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}

// ---------- Numbers, runs and lists ----------

/**
 * The number the next invoice of a year will get: the year's gap-free series goes on from its
 * highest number (main decides when it issues; this is what the confirmation says).
 */
export function nextInvoiceNumber(
  invoices: readonly Pick<InvoiceSummary, 'number'>[],
  year: number,
): string {
  let highest = 0;
  for (const invoice of invoices) {
    const match = /^(\d{4})-(\d+)$/.exec(invoice.number);
    if (match && Number(match[1]) === year) highest = Math.max(highest, Number(match[2]));
  }
  return `${year}-${String(highest + 1).padStart(4, '0')}`;
}

/** The organisations a month's run is about: unbilled hours, an invoice, or a contract. */
export function runRows(items: readonly InvoiceRunItem[]): {
  shown: InvoiceRunItem[];
  quiet: number;
} {
  const shown = items.filter(
    (i) => i.unbilledEntries > 0 || i.monthlyInvoiceNumber !== null || i.hasContract,
  );
  return { shown, quiet: items.length - shown.length };
}

/** Whether a run row can be billed now: there is something to bill, or there may be. */
export function canBillMonth(item: InvoiceRunItem): boolean {
  return item.unbilledEntries > 0 || (item.hasContract && item.monthlyInvoiceNumber === null);
}

/** Home's card: organisations with hours of the month not yet on any invoice. */
export function unbilledOrganisations(items: readonly InvoiceRunItem[]): InvoiceRunItem[] {
  return items.filter((i) => i.unbilledEntries > 0 && i.monthlyInvoiceNumber === null);
}

/** The kind of a listed invoice in words' key. */
export function invoiceKindKey(invoice: Pick<InvoiceSummary, 'kind' | 'source'>): MessageKey {
  if (invoice.kind === 'credit_note') return 'invoices.kind.credit';
  return invoice.source === 'subscription' ? 'invoices.kind.subscription' : 'invoices.kind.monthly';
}

/** The years the Facturen screen offers: a few back, this year and the next. */
export function yearChoices(thisYear: number, back = 6): number[] {
  return Array.from({ length: back + 2 }, (_, i) => thisYear + 1 - i);
}

/** The bytes of an export preview, for a check that what is shown is what is saved. */
export function base64Size(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}
