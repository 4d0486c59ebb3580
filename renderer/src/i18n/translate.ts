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
