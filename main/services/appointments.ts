import { randomUUID } from 'node:crypto';
import { nextDay, startOfDutchDay } from '../../shared/dutch-time';
import type {
  Appointment,
  AppointmentFields,
  AppointmentPeriod,
  AppointmentStatus,
  IcsExport,
  PlanAppointmentInput,
} from '../../shared/schemas/appointment';
import type { CaseFileDatabase } from '../casefile';
import { AppError } from '../errors';
import { appointmentsIcs, type IcsAppointment } from './appointments-ics';
import { touch } from './cases';
import { findLeaksInExport } from './export-guard';

/**
 * Appointments (afspraken) of cases: planned, moved, cancelled or done. SQL only here, in plain
 * functions that take the database first; the caller wraps each user action in one transaction.
 * A planned appointment can be moved, cancelled or marked done; done and cancelled are final
 * (a new conversation is a new appointment), so an agenda file never has to take a time back.
 */

interface AppointmentRow {
  id: number;
  case_id: number;
  case_number: string;
  organisation_name: string;
  starts_at: string;
  duration_minutes: number;
  place_kind: Appointment['placeKind'];
  place_text: string | null;
  status: AppointmentStatus;
  ics_uid: string;
  ics_sequence: number;
  created_at: string;
  updated_at: string;
}

const APPOINTMENT_SELECT = `
  SELECT a.id, a.case_id, c.case_number, o.legal_name AS organisation_name, a.starts_at,
         a.duration_minutes, a.place_kind, a.place_text, a.status, a.ics_uid, a.ics_sequence,
         a.created_at, a.updated_at
    FROM appointments a
    JOIN cases c ON c.id = a.case_id
    JOIN organisations o ON o.id = c.organisation_id`;

function toAppointment(row: AppointmentRow): Appointment {
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    organisationName: row.organisation_name,
    startsAt: row.starts_at,
    endsAt: new Date(
      new Date(row.starts_at).getTime() + row.duration_minutes * 60_000,
    ).toISOString(),
    durationMinutes: row.duration_minutes,
    placeKind: row.place_kind,
    placeText: row.place_text,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function appointmentRow(db: CaseFileDatabase, id: number): AppointmentRow {
  const row = db.prepare(`${APPOINTMENT_SELECT} WHERE a.id = ?`).get(id) as
    AppointmentRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'appointment');
  return row;
}

function requireCase(db: CaseFileDatabase, caseId: number): void {
  if (db.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId) === undefined) {
    throw new AppError('NOT_FOUND', 'case');
  }
}

/** Only a planned appointment changes; done and cancelled ones are a record. */
function requirePlanned(row: AppointmentRow, change: string): void {
  if (row.status !== 'planned')
    throw new AppError('INVALID_TRANSITION', `${row.status} → ${change}`);
}

export function getAppointment(db: CaseFileDatabase, id: number): Appointment {
  return toAppointment(appointmentRow(db, id));
}

/** Plans a conversation of a case. */
export function planAppointment(
  db: CaseFileDatabase,
  input: PlanAppointmentInput,
  now: Date,
): Appointment {
  requireCase(db, input.caseId);
  const stamp = now.toISOString();
  const id = Number(
    db
      .prepare(
        `INSERT INTO appointments (case_id, starts_at, duration_minutes, place_kind, place_text,
           status, ics_uid, ics_sequence, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'planned', ?, 0, ?, ?)`,
      )
      .run(
        input.caseId,
        input.startsAt,
        input.durationMinutes,
        input.placeKind,
        input.placeText,
        randomUUID(),
        stamp,
        stamp,
      ).lastInsertRowid,
  );
  touch(db, input.caseId, now);
  return getAppointment(db, id);
}

/** Moves a planned appointment, or changes its duration or place. */
export function rescheduleAppointment(
  db: CaseFileDatabase,
  id: number,
  fields: AppointmentFields,
  now: Date,
): Appointment {
  const row = appointmentRow(db, id);
  requirePlanned(row, 'rescheduled');
  db.prepare(
    `UPDATE appointments
        SET starts_at = ?, duration_minutes = ?, place_kind = ?, place_text = ?,
            ics_sequence = ics_sequence + 1, updated_at = ?
      WHERE id = ?`,
  ).run(
    fields.startsAt,
    fields.durationMinutes,
    fields.placeKind,
    fields.placeText,
    now.toISOString(),
    id,
  );
  touch(db, row.case_id, now);
  return getAppointment(db, id);
}

function setStatus(
  db: CaseFileDatabase,
  id: number,
  status: Exclude<AppointmentStatus, 'planned'>,
  now: Date,
): Appointment {
  const row = appointmentRow(db, id);
  requirePlanned(row, status);
  // A cancellation changes the event in a calendar (SEQUENCE); having held it does not.
  db.prepare(
    `UPDATE appointments
        SET status = ?, ics_sequence = ics_sequence + ?, updated_at = ?
      WHERE id = ?`,
  ).run(status, status === 'cancelled' ? 1 : 0, now.toISOString(), id);
  touch(db, row.case_id, now);
  return getAppointment(db, id);
}

export function cancelAppointment(db: CaseFileDatabase, id: number, now: Date): Appointment {
  return setStatus(db, id, 'cancelled', now);
}

export function completeAppointment(db: CaseFileDatabase, id: number, now: Date): Appointment {
  return setStatus(db, id, 'done', now);
}

/** The UTC bounds of a period of Dutch calendar days, both days included. */
function bounds(period: AppointmentPeriod): { from: string; to: string } {
  return { from: startOfDutchDay(period.from), to: startOfDutchDay(nextDay(period.to)) };
}

function rowsInPeriod(db: CaseFileDatabase, period: AppointmentPeriod): AppointmentRow[] {
  return db
    .prepare(
      `${APPOINTMENT_SELECT}
        WHERE a.starts_at >= @from AND a.starts_at < @to
        ORDER BY a.starts_at, a.id`,
    )
    .all(bounds(period)) as AppointmentRow[];
}

/**
 * The agenda: every appointment that starts in the period (Dutch days, both included), done
 * and cancelled ones too, in time order.
 */
export function listAppointments(db: CaseFileDatabase, period: AppointmentPeriod): Appointment[] {
  return rowsInPeriod(db, period).map(toAppointment);
}

/** The appointments of one case, in time order. */
export function appointmentsOfCase(db: CaseFileDatabase, caseId: number): Appointment[] {
  requireCase(db, caseId);
  return (
    db
      .prepare(`${APPOINTMENT_SELECT} WHERE a.case_id = ? ORDER BY a.starts_at, a.id`)
      .all(caseId) as AppointmentRow[]
  ).map(toAppointment);
}

/**
 * The identifying values of the case file that a place text could repeat: every reporter's
 * name, e-mail address, phone number and other contact, lower case; phone numbers also as
 * their digits alone, so "06 1234 5678" is found as "0612345678" too.
 */
function reporterValues(db: CaseFileDatabase): { texts: string[]; digits: string[] } {
  const rows = db
    .prepare(
      `SELECT reporter_name, reporter_phone, reporter_email, reporter_other_contact FROM cases
        WHERE reporter_anonymous = 0`,
    )
    .raw()
    .all() as (string | null)[][];
  const texts = new Set<string>();
  const digits = new Set<string>();
  for (const [name, phone, email, other] of rows) {
    for (const value of [name, phone, email, other]) {
      const text = value?.trim().toLowerCase();
      // One or two letters would match nearly every address.
      if (text && text.length >= 3) texts.add(text);
    }
    const phoneDigits = phone?.replace(/\D/g, '') ?? '';
    if (phoneDigits.length >= 6) digits.add(phoneDigits);
  }
  return { texts: [...texts], digits: [...digits] };
}

function repeatsReporter(
  placeText: string,
  values: { texts: string[]; digits: string[] },
): boolean {
  const lower = placeText.toLowerCase();
  const placeDigits = placeText.replace(/\D/g, '');
  return (
    values.texts.some((value) => lower.includes(value)) ||
    values.digits.some((value) => placeDigits.includes(value))
  );
}

/**
 * The agenda file of a period. Without `includePlace` no place text goes in at all. With it,
 * the counsellor chose to take addresses along, but a place text that repeats a reporter's name
 * or contact detail is still left out, and counted, so the screen can say so. Like every export
 * the finished text then passes the leak guard, which stops it (EXPORT_BLOCKED) if anything
 * else of the case file is in it. Hits on place texts are the one exception: an allowed place
 * text is there by the counsellor's choice, and the fixed words of the file ("in de praktijk")
 * must not be stopped by a place text that says "praktijk".
 */
/** The agenda file's name: no organisation, case or person in it. */
export const ICS_FILE_NAME = 'vp-afspraken.ics';

export function exportAppointmentsIcs(
  db: CaseFileDatabase,
  period: AppointmentPeriod,
  includePlace: boolean,
  now: Date,
): IcsExport {
  const rows = rowsInPeriod(db, period);
  const values = includePlace ? reporterValues(db) : { texts: [], digits: [] };
  let placesWithheld = 0;
  const events: IcsAppointment[] = rows.map((row) => {
    let placeText: string | null = null;
    if (includePlace && row.place_text !== null) {
      if (repeatsReporter(row.place_text, values)) placesWithheld += 1;
      else placeText = row.place_text;
    }
    return {
      uid: row.ics_uid,
      sequence: row.ics_sequence,
      startsAt: row.starts_at,
      durationMinutes: row.duration_minutes,
      placeKind: row.place_kind,
      status: row.status,
      placeText,
    };
  });
  const text = appointmentsIcs(events, { now, includePlace });
  const hits = findLeaksInExport(db, text).filter((hit) => hit.kind !== 'place');
  if (hits.length > 0) {
    throw new AppError('EXPORT_BLOCKED', hits.map((h) => `${h.kind}@${h.source}`).join(','));
  }
  return { text, count: events.length, placesWithheld };
}
