import type { QuantityUnit } from '../../shared/schemas/invoice-document';
import type { DocumentLanguage } from './labels';

/**
 * Figures as an employer reads them: Dutch (€ 1.234,56; 2 november 2026) or English
 * (€1,234.56; 2 November 2026). Integer arithmetic on cents and thousandths, so a printed
 * amount is always exactly the stored one; no Intl, so a PDF is the same on every machine.
 */

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Cents as a plain decimal amount: 123456 → "1.234,56" (nl) or "1,234.56" (en). */
export function formatAmount(cents: number, language: DocumentLanguage): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const euros = groupThousands(String(Math.trunc(abs / 100)), language === 'nl' ? '.' : ',');
  const rest = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${euros}${language === 'nl' ? ',' : '.'}${rest}`;
}

/** With the euro sign: "€ 1.234,56", "€ -95,00" (nl) or "€1,234.56", "-€95.00" (en). */
export function formatMoney(cents: number, language: DocumentLanguage): string {
  if (language === 'nl') return `€ ${formatAmount(cents, language)}`;
  return cents < 0 ? `-€${formatAmount(-cents, language)}` : `€${formatAmount(cents, language)}`;
}

/** Thousandths without trailing zeros: 1250 → "1,25", 84000 → "84", -1000 → "-1". */
export function formatQuantity(milli: number, language: DocumentLanguage): string {
  const negative = milli < 0;
  const abs = Math.abs(milli);
  const whole = groupThousands(String(Math.trunc(abs / 1000)), language === 'nl' ? '.' : ',');
  const fraction = String(abs % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  const mark = language === 'nl' ? ',' : '.';
  return `${negative ? '-' : ''}${whole}${fraction ? mark + fraction : ''}`;
}

/** Minutes as hours and minutes: 285 → "4:45". */
export function formatHoursMinutes(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  return `${sign}${Math.trunc(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}

const unitWords: Record<QuantityUnit, Record<DocumentLanguage, string>> = {
  HUR: { nl: 'uur', en: 'hours' },
  MIN: { nl: 'min.', en: 'min.' },
  C62: { nl: 'st.', en: 'pcs' },
  KMT: { nl: 'km', en: 'km' },
  LS: { nl: 'post', en: 'item' },
};

export function unitWord(unit: QuantityUnit, language: DocumentLanguage): string {
  return unitWords[unit][language];
}

const monthNames: Record<DocumentLanguage, readonly string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

function parts(isoDate: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error('not an ISO date');
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** "2026-11-02" → "2 november 2026" (nl) or "2 November 2026" (en). */
export function formatDate(isoDate: string, language: DocumentLanguage): string {
  const [year, month, day] = parts(isoDate);
  return `${day} ${monthNames[language][month - 1]} ${year}`;
}

/** "2026-10" → "oktober 2026". */
export function formatMonth(yearMonth: string, language: DocumentLanguage): string {
  const [year, month] = parts(`${yearMonth}-01`);
  return `${monthNames[language][month - 1]} ${year}`;
}

/** A period: one whole month reads "oktober 2026", otherwise "1 januari 2026 – 31 december 2026". */
export function formatPeriod(
  period: { start: string; end: string },
  language: DocumentLanguage,
): string {
  const [sy, sm, sd] = parts(period.start);
  const [ey, em, ed] = parts(period.end);
  const lastDay = new Date(Date.UTC(ey, em, 0)).getUTCDate();
  if (sy === ey && sm === em && sd === 1 && ed === lastDay) {
    return formatMonth(period.start.slice(0, 7), language);
  }
  if (sy === ey && sm === 1 && sd === 1 && em === 12 && ed === 31) return String(sy);
  return `${formatDate(period.start, language)} – ${formatDate(period.end, language)}`;
}

/** Basis points as a percentage: 2100 → "21%" (en) / "21%" (nl), 950 → "9,5%". */
export function formatRate(basisPoints: number, language: DocumentLanguage): string {
  const whole = Math.trunc(basisPoints / 100);
  const fraction = String(basisPoints % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${whole}${fraction ? (language === 'nl' ? ',' : '.') + fraction : ''}%`;
}

/** An IBAN in groups of four, as printed on Dutch invoices. */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}
