import { en } from './en';
import { nl, type MessageKey } from './nl';

export type Locale = 'nl' | 'en';
export const locales: readonly Locale[] = ['nl', 'en'];
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Locale, Record<MessageKey, string>> = { nl, en };

export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(nl, key);
}

/** The text for a key in a locale, with {name} placeholders filled in from params. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const text = catalogues[locale][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The BCP 47 tag for Intl formatting. */
export function intlLocale(locale: Locale): string {
  return locale === 'nl' ? 'nl-NL' : 'en-GB';
}

export function formatLongDate(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

/**
 * A date as "1 januari 2026": a calendar date (YYYY-MM-DD, read as that day wherever the
 * laptop is) or a moment (an ISO timestamp, shown as the local day).
 */
export function formatDate(locale: Locale, value: string): string {
  const calendar = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = calendar
    ? new Date(Date.UTC(Number(calendar[1]), Number(calendar[2]) - 1, Number(calendar[3])))
    : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(calendar ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

/** A country's name from its two-letter code ("NL" → "Nederland"); the code if unknown. */
export function countryName(locale: Locale, code: string): string {
  try {
    return new Intl.DisplayNames([intlLocale(locale)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
