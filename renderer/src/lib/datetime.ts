import { intlLocale, type Locale } from '../i18n/translate';

/**
 * Moments in a case (a request, a conversation, a follow-up) are Dutch wall-clock times: the
 * forms read and show them in Europe/Amsterdam, and send them to main as ISO text with that
 * offset (2026-11-23T14:05:00+01:00). Main stores UTC; these helpers turn it back into the
 * local day and time, so a laptop set to another zone shows the same times as the paper diary.
 */
export const APP_TIME_ZONE = 'Europe/Amsterdam';

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: APP_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function wallTime(date: Date): WallTime & { second: number } {
  const parts: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Minutes the zone is ahead of UTC at that moment (60 in winter, 120 in summer). */
function offsetMinutes(date: Date): number {
  const w = wallTime(date);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A moment as a datetime-local input's value ("2026-11-23T14:05"); '' when not a moment. */
export function toInputValue(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const w = wallTime(date);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** A calendar day as a date input's value ("2026-11-23"), the local day of that moment. */
export function toDateInputValue(value: string | Date): string {
  return toInputValue(value).slice(0, 10);
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A datetime-local input's value as ISO text with the local offset, for main. What is not a
 * complete local date and time (empty, or half typed) comes back as it is, so the shared
 * schema reports it with its own message instead of the value silently changing.
 */
export function fromInputValue(value: string): string {
  const match = LOCAL_INPUT.exec(value);
  if (!match) return value;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23) return value;
  // The offset of the wall time: guess with the offset at that UTC moment, then correct once
  // (the two differ only within the hour around a change to or from summer time).
  let offset = offsetMinutes(new Date(asUtc));
  offset = offsetMinutes(new Date(asUtc - offset * 60_000));
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${offsetText(offset)}`;
}

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
