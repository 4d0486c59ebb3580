import { intlLocale, type Locale } from '../i18n/translate';

/**
 * Money on screen and in forms. Main speaks integer cents only; the counsellor types euros
 * the Dutch way ("120", "120,50", "1.250,00", "€ 95") or the English way in English. Parsing
 * never goes through floating point, so 0,29 is 29 cents, not 28.999….
 */

/** "€ 1.234,56" (nl) or "€1,234.56" (en). */
export function formatCents(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
  }).format(cents / 100);
}

/** Cents as a form value: "120,50" (nl) or "120.50" (en), no thousands marks. */
export function centsToInput(cents: number, locale: Locale): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const mark = locale === 'nl' ? ',' : '.';
  return `${sign}${Math.trunc(abs / 100)}${mark}${String(abs % 100).padStart(2, '0')}`;
}

/**
 * A typed amount in euros as cents; null when it is not an amount (the form then shows its
 * message). Accepts an optional euro sign, spaces, thousands marks and at most two decimals.
 */
export function inputToCents(typed: string, locale: Locale): number | null {
  let text = typed.replace(/€|\s|\u00a0/g, '');
  if (text === '') return null;
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  const decimal = locale === 'nl' ? ',' : '.';
  const thousands = locale === 'nl' ? '.' : ',';
  const pattern =
    locale === 'nl'
      ? /^(\d{1,3}(\.\d{3})+|\d+)(,\d{1,2})?$/
      : /^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/;
  if (!pattern.test(text)) return null;
  const [whole = '0', fraction = ''] = text.split(decimal);
  const euros = Number(whole.split(thousands).join(''));
  const cents = Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(euros * 100 + cents)) return null;
  const value = euros * 100 + cents;
  return negative ? -value : value;
}

/** Minutes as "1:30" for hours on screen. */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  return `${sign}${Math.trunc(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * A typed duration as minutes: "90", "1:30", "1.5" / "1,5" (hours) or "1u30"; null when it is
 * not a duration.
 */
export function inputToMinutes(typed: string): number | null {
  const text = typed.trim().toLowerCase().replace(/\s+/g, '');
  let match = /^(\d{1,4})$/.exec(text);
  if (match) return Number(match[1]);
  match = /^(\d{1,2})[:u](\d{2})$/.exec(text);
  if (match) return Number(match[2]) < 60 ? Number(match[1]) * 60 + Number(match[2]) : null;
  match = /^(\d{1,2})[.,](\d{1,2})u?$/.exec(text);
  if (match) return Math.round(Number(`${match[1]}.${match[2]}`) * 60);
  return null;
}
