/**
 * Dutch wall-clock time. Moments in a case are Dutch times: forms read and show them in
 * Europe/Amsterdam and send ISO text with that offset; main stores UTC and counts calendar
 * days and years in Dutch time, so a request at 00:30 on 1 January belongs to the new year
 * whatever zone the laptop is set to. Plain Intl, no Node or DOM: used by main and renderer.
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

/** The UTC moment (ISO) at which a Dutch calendar day (YYYY-MM-DD) begins. */
export function startOfDutchDay(isoDate: string): string {
  return new Date(fromInputValue(`${isoDate}T00:00`)).toISOString();
}

/** The Dutch calendar day after the given one (YYYY-MM-DD). */
export function nextDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The Dutch calendar year of a moment. */
export function dutchYear(instant: string | Date): number {
  return wallTime(instant instanceof Date ? instant : new Date(instant)).year;
}
