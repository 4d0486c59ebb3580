import {
  timeEntryInputSchema,
  type TimeEntry,
  type TimeEntryInput,
} from '../../shared/schemas/hours';
import type { CaseFileDatabase } from '../casefile';
import { AppError } from '../errors';

/**
 * Hours (urenregistratie): time entries per organisation, optionally a unit and a case. SQL
 * only here; the caller wraps each action in one transaction. An entry billed on an issued
 * invoice is locked (the database refuses it too).
 */

interface TimeEntryRow {
  id: number;
  organisation_id: number;
  unit_id: number | null;
  case_id: number | null;
  date: string;
  minutes: number;
  activity: TimeEntry['activity'];
  kilometres: number;
  cancelled: number;
  invoice_id: number | null;
  created_at: string;
  updated_at: string;
}

function toEntry(row: TimeEntryRow): TimeEntry {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    unitId: row.unit_id,
    caseId: row.case_id,
    date: row.date,
    minutes: row.minutes,
    activity: row.activity,
    kilometres: row.kilometres,
    cancelled: row.cancelled === 1,
    invoiceId: row.invoice_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The organisation must be active; the unit and case, if given, must be its own. */
function checkPlace(db: CaseFileDatabase, entry: TimeEntryInput): void {
  const org = db
    .prepare('SELECT archived_at FROM organisations WHERE id = ?')
    .get(entry.organisationId) as { archived_at: string | null } | undefined;
  if (!org) throw new AppError('NOT_FOUND', 'organisation');
  if (org.archived_at !== null) throw new AppError('ORGANISATION_ARCHIVED');
  if (entry.unitId !== null) {
    const owner = db
      .prepare('SELECT organisation_id FROM units WHERE id = ?')
      .pluck()
      .get(entry.unitId);
    if (owner !== entry.organisationId) throw new AppError('INVALID_INPUT', 'unit');
  }
  if (entry.caseId !== null) {
    const owner = db
      .prepare('SELECT organisation_id FROM cases WHERE id = ?')
      .pluck()
      .get(entry.caseId);
    if (owner === undefined) throw new AppError('NOT_FOUND', 'case');
    if (owner !== entry.organisationId) throw new AppError('INVALID_INPUT', 'case');
  }
}

export function getTimeEntry(db: CaseFileDatabase, id: number): TimeEntry {
  const row = db.prepare('SELECT * FROM time_entries WHERE id = ?').get(id) as
    TimeEntryRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'time entry');
  return toEntry(row);
}

/** The columns of an entry as named SQL parameters. */
const columns = (entry: TimeEntryInput) => ({
  organisationId: entry.organisationId,
  unitId: entry.unitId,
  caseId: entry.caseId,
  date: entry.date,
  minutes: entry.minutes,
  activity: entry.activity,
  kilometres: entry.kilometres,
  cancelled: entry.cancelled ? 1 : 0,
});

export function recordHours(db: CaseFileDatabase, input: TimeEntryInput, now: Date): TimeEntry {
  const entry = timeEntryInputSchema.parse(input);
  checkPlace(db, entry);
  const at = now.toISOString();
  const id = db
    .prepare(
      `INSERT INTO time_entries (organisation_id, unit_id, case_id, date, minutes, activity,
         kilometres, cancelled, created_at, updated_at)
       VALUES (@organisationId, @unitId, @caseId, @date, @minutes, @activity, @kilometres,
         @cancelled, @at, @at)`,
    )
    .run({ ...columns(entry), at }).lastInsertRowid;
  return getTimeEntry(db, Number(id));
}

function requireUnlocked(db: CaseFileDatabase, id: number): TimeEntry {
  const current = getTimeEntry(db, id);
  if (current.invoiceId !== null) throw new AppError('ENTRY_LOCKED');
  return current;
}

export function updateTimeEntry(
  db: CaseFileDatabase,
  id: number,
  input: TimeEntryInput,
  now: Date,
): TimeEntry {
  requireUnlocked(db, id);
  const entry = timeEntryInputSchema.parse(input);
  checkPlace(db, entry);
  db.prepare(
    `UPDATE time_entries SET organisation_id = @organisationId, unit_id = @unitId,
       case_id = @caseId, date = @date, minutes = @minutes, activity = @activity,
       kilometres = @kilometres, cancelled = @cancelled, updated_at = @at WHERE id = @id`,
  ).run({ ...columns(entry), at: now.toISOString(), id });
  return getTimeEntry(db, id);
}

export function deleteTimeEntry(db: CaseFileDatabase, id: number): void {
  requireUnlocked(db, id);
  db.prepare('DELETE FROM time_entries WHERE id = ?').run(id);
}

export interface TimeEntryFilter {
  organisationId: number | null;
  caseId: number | null;
  /** ISO dates, both included. */
  from: string;
  to: string;
}

export function listTimeEntries(db: CaseFileDatabase, filter: TimeEntryFilter): TimeEntry[] {
  const rows = db
    .prepare(
      `SELECT * FROM time_entries
        WHERE date BETWEEN @from AND @to
          AND (@organisationId IS NULL OR organisation_id = @organisationId)
          AND (@caseId IS NULL OR case_id = @caseId)
        ORDER BY date, id`,
    )
    .all(filter) as TimeEntryRow[];
  return rows.map(toEntry);
}

/** Minutes per organisation in a period, for Home (this month against last month). */
export function minutesByOrganisation(
  db: CaseFileDatabase,
  from: string,
  to: string,
): { organisationId: number; minutes: number }[] {
  return db
    .prepare(
      `SELECT organisation_id AS organisationId, sum(minutes) AS minutes FROM time_entries
        WHERE date BETWEEN ? AND ? AND cancelled = 0 GROUP BY organisation_id ORDER BY organisation_id`,
    )
    .all(from, to) as { organisationId: number; minutes: number }[];
}
