import {
  APP_TIME_ZONE,
  fromInputValue,
  toDateInputValue,
  toInputValue,
} from '../../../shared/dutch-time';
import { intlLocale, type Locale } from '../i18n/translate';

export { APP_TIME_ZONE, fromInputValue, toDateInputValue, toInputValue };

/*
 * Dutch wall-clock conversion lives in shared/dutch-time.ts (main counts days and years with
 * it too); here are the form defaults and the formatting for the screens.
 */

/** Now as a datetime-local value, to the minute. */
export function nowInputValue(now: Date = new Date()): string {
  return toInputValue(now);
}

/** The current moment as ISO text with the local offset (for a status change "now"). */
export function nowInstant(now: Date = new Date()): string {
  return fromInputValue(toInputValue(now));
}

/** Today as YYYY-MM-DD, the local day. */
export function todayInputValue(now: Date = new Date()): string {
  return toDateInputValue(now);
}

function dateFormat(locale: Locale) {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: APP_TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

function timeFormat(locale: Locale) {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: APP_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}

/** A moment as "23 november 2026, 14:05" (local time); the text itself if it is not one. */
export function formatDateTime(locale: Locale, value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${dateFormat(locale).format(date)}, ${timeFormat(locale).format(date)}`;
}

/** A moment's time of day only, "14:05". */
export function formatTime(locale: Locale, value: string | Date): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return timeFormat(locale).format(date);
}

/** A moment's day only, "23 november 2026" (local day). */
export function formatDay(locale: Locale, value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateFormat(locale).format(date);
}
