import type { AppointmentStatus, PlaceKind } from '../../shared/schemas/appointment';

/**
 * The agenda file (RFC 5545 iCalendar) of a counsellor's appointments, for the calendar on a
 * phone or in a mail program, which may sync to servers the counsellor does not control. So it
 * holds by construction no name and nothing from the case file: each event says "VP afspraak",
 * its time, and the Dutch word for the kind of place; the place text (an address, a room) only
 * when the counsellor explicitly allowed it. Pure: no database, clock or randomness here.
 */

/** Only what may go into the file: no case, organisation or reporter field exists here. */
export interface IcsAppointment {
  /** A random identifier kept with the appointment (never the case number). */
  uid: string;
  /** Counts the changes a calendar must take over. */
  sequence: number;
  startsAt: string;
  durationMinutes: number;
  placeKind: PlaceKind;
  status: AppointmentStatus;
  /** The place text, or null: the caller decides whether it may go in. */
  placeText: string | null;
}

export const ICS_SUMMARY = 'VP afspraak';
export const ICS_PRODID = '-//VP Dossier//Afspraken//NL';
/** The domain part of each UID: the app's name, nothing about the counsellor. */
const UID_DOMAIN = 'vp-dossier';

/** The kind of place in the file's language (Dutch, whatever the screen language). */
export const icsPlaceLabels: Record<PlaceKind, string> = {
  reporter_home: 'bij de melder thuis',
  client_site: 'bij de opdrachtgever',
  counsellor_office: 'in de praktijk',
  phone: 'telefonisch',
  video: 'video',
};

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/**
 * A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks; other
 * control characters, which TEXT may not hold, become spaces.
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, ' ')
  );
}

/**
 * One content line folded at 75 octets (RFC 5545 3.1): continuation lines start with a space,
 * which counts in their 75; a UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** A moment as a UTC DATE-TIME: 20261130T090000Z. */
export function icsDateTime(moment: string | Date): string {
  const iso = (moment instanceof Date ? moment : new Date(moment)).toISOString();
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function location(appointment: IcsAppointment): string {
  const label = icsPlaceLabels[appointment.placeKind];
  const text = appointment.placeText?.trim();
  return text ? `${label} – ${text}` : label;
}

function event(appointment: IcsAppointment, stamp: string): string[] {
  const start = new Date(appointment.startsAt);
  const end = new Date(start.getTime() + appointment.durationMinutes * 60_000);
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(appointment.uid)}@${UID_DOMAIN}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${icsDateTime(start)}`,
    `DTEND:${icsDateTime(end)}`,
    `SEQUENCE:${Math.max(0, Math.trunc(appointment.sequence))}`,
    // A cancelled one goes in as cancelled, so a calendar that has it already marks it so.
    `STATUS:${appointment.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${ICS_SUMMARY}`,
    `LOCATION:${escapeText(location(appointment))}`,
    // Shared or synced calendars show a private event as busy only.
    'CLASS:PRIVATE',
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/**
 * The whole file, CRLF line endings, every line folded. `includePlace` false drops every place
 * text here as well, whatever the caller passed.
 */
export function appointmentsIcs(
  appointments: readonly IcsAppointment[],
  options: { now: Date; includePlace: boolean },
): string {
  const stamp = icsDateTime(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...appointments.flatMap((a) =>
      event(options.includePlace ? a : { ...a, placeText: null }, stamp),
    ),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
