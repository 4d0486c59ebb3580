import {
  caseFilterSchema,
  statusTransitions,
  type BehaviourKind,
  type CaseDetail,
  type CaseFilter,
  type CaseOutcome,
  type CaseStatus,
  type CaseSummary,
  type IntakeInput,
} from '../../shared/schemas/case';
import { dutchYear, nextDay, startOfDutchDay } from '../../shared/dutch-time';
import type { CaseFileDatabase } from '../casefile';
import { AppError } from '../errors';
import { reindexCase, searchCaseIds } from './case-search';
import { notesOfCase } from './notes';

/**
 * Cases (meldingen): intake, status flow, marks, referrals and follow-ups. SQL only here, in
 * plain functions that take the database first; the caller wraps each user action in one
 * transaction.
 */

const HOUR_MS = 3_600_000;

interface CaseRow {
  id: number;
  case_number: string;
  organisation_id: number;
  organisation_name: string;
  unit_id: number | null;
  unit_name: string | null;
  requested_at: string;
  first_contact_due_at: string;
  first_contact_at: string | null;
  channel: CaseDetail['channel'];
  reporter_anonymous: number;
  reporter_name: string | null;
  reporter_phone: string | null;
  reporter_email: string | null;
  reporter_other_contact: string | null;
  reporter_role: CaseDetail['reporterRole'];
  respondent_relation: CaseDetail['respondentRelation'];
  reporter_wishes: string;
  consent: CaseDetail['consent'];
  status: CaseStatus;
  outcome: CaseOutcome | null;
  closed_at: string | null;
  is_test: number;
  is_duplicate: number;
  created_at: string;
  updated_at: string;
}

const CASE_SELECT = `
  SELECT c.*, o.legal_name AS organisation_name, u.name AS unit_name
    FROM cases c
    JOIN organisations o ON o.id = c.organisation_id
    LEFT JOIN units u ON u.id = c.unit_id`;

/** The organisation must exist and be active; the unit, if any, must be one of its own. */
function checkPlace(db: CaseFileDatabase, organisationId: number, unitId: number | null): number {
  const org = db
    .prepare('SELECT reaction_time_hours, archived_at FROM organisations WHERE id = ?')
    .get(organisationId) as { reaction_time_hours: number; archived_at: string | null } | undefined;
  if (!org) throw new AppError('NOT_FOUND', 'organisation');
  if (org.archived_at !== null) throw new AppError('ORGANISATION_ARCHIVED');
  if (unitId !== null) {
    const owner = db.prepare('SELECT organisation_id FROM units WHERE id = ?').pluck().get(unitId);
    if (owner !== organisationId)
      throw new AppError('INVALID_INPUT', 'unit of another organisation');
  }
  return org.reaction_time_hours;
}

/** The next number in the (Dutch) year of the request: 2026-001, 2026-002, … */
function nextCaseNumber(db: CaseFileDatabase, requestedAt: string): string {
  const year = String(dutchYear(requestedAt));
  const last = db
    .prepare(
      "SELECT max(CAST(substr(case_number, 6) AS INTEGER)) FROM cases WHERE case_number LIKE ? || '-%'",
    )
    .pluck()
    .get(year) as number | null;
  return `${year}-${String((last ?? 0) + 1).padStart(3, '0')}`;
}

function intakeColumns(input: IntakeInput, reactionHours: number) {
  const due = new Date(new Date(input.requestedAt).getTime() + reactionHours * HOUR_MS);
  return {
    organisation_id: input.organisationId,
    unit_id: input.unitId,
    requested_at: input.requestedAt,
    first_contact_due_at: due.toISOString(),
    first_contact_at: input.firstContactAt,
    channel: input.channel,
    reporter_anonymous: input.reporter.anonymous ? 1 : 0,
    reporter_name: input.reporter.anonymous ? null : input.reporter.name,
    reporter_phone: input.reporter.anonymous ? null : input.reporter.phone,
    reporter_email: input.reporter.anonymous ? null : input.reporter.email,
    reporter_other_contact: input.reporter.anonymous ? null : input.reporter.otherContact,
    reporter_role: input.reporterRole,
    respondent_relation: input.respondentRelation,
    reporter_wishes: input.reporterWishes,
    consent: input.consent,
  };
}

function setBehaviours(db: CaseFileDatabase, caseId: number, kinds: readonly BehaviourKind[]) {
  db.prepare('DELETE FROM case_behaviours WHERE case_id = ?').run(caseId);
  const insert = db.prepare('INSERT INTO case_behaviours (case_id, kind) VALUES (?, ?)');
  for (const kind of kinds) insert.run(caseId, kind);
}

/** Records the intake of a new case; it starts in first reception at the time of the request. */
export function recordIntake(db: CaseFileDatabase, input: IntakeInput, now: Date): CaseDetail {
  const hours = checkPlace(db, input.organisationId, input.unitId);
  const values = {
    ...intakeColumns(input, hours),
    case_number: nextCaseNumber(db, input.requestedAt),
    status: 'first_reception',
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
  const columns = Object.keys(values);
  const id = Number(
    db
      .prepare(
        `INSERT INTO cases (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      )
      .run(values).lastInsertRowid,
  );
  setBehaviours(db, id, input.behaviours);
  db.prepare('INSERT INTO case_status_changes (case_id, status, changed_at) VALUES (?, ?, ?)').run(
    id,
    'first_reception',
    input.requestedAt,
  );
  reindexCase(db, id);
  return getCase(db, id);
}

/** Corrects the intake of a case; its number, status and notes stay. */
export function updateIntake(
  db: CaseFileDatabase,
  id: number,
  input: IntakeInput,
  now: Date,
): CaseDetail {
  caseRow(db, id);
  const hours = checkPlace(db, input.organisationId, input.unitId);
  const values = { ...intakeColumns(input, hours), updated_at: now.toISOString() };
  db.prepare(
    `UPDATE cases SET ${Object.keys(values)
      .map((c) => `${c} = @${c}`)
      .join(', ')} WHERE id = @id`,
  ).run({ ...values, id });
  setBehaviours(db, id, input.behaviours);
  reindexCase(db, id);
  return getCase(db, id);
}

function caseRow(db: CaseFileDatabase, id: number): CaseRow {
  const row = db.prepare(`${CASE_SELECT} WHERE c.id = ?`).get(id) as CaseRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'case');
  return row;
}

function behavioursOf(db: CaseFileDatabase, caseId: number): BehaviourKind[] {
  return db
    .prepare('SELECT kind FROM case_behaviours WHERE case_id = ? ORDER BY kind')
    .pluck()
    .all(caseId) as BehaviourKind[];
}

export function getCase(db: CaseFileDatabase, id: number): CaseDetail {
  const row = caseRow(db, id);
  return {
    id: row.id,
    caseNumber: row.case_number,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    unitId: row.unit_id,
    unitName: row.unit_name,
    requestedAt: row.requested_at,
    firstContactDueAt: row.first_contact_due_at,
    firstContactAt: row.first_contact_at,
    channel: row.channel,
    reporter: {
      anonymous: row.reporter_anonymous === 1,
      name: row.reporter_name,
      phone: row.reporter_phone,
      email: row.reporter_email,
      otherContact: row.reporter_other_contact,
    },
    reporterRole: row.reporter_role,
    behaviours: behavioursOf(db, id),
    respondentRelation: row.respondent_relation,
    reporterWishes: row.reporter_wishes,
    consent: row.consent,
    status: row.status,
    outcome: row.outcome,
    closedAt: row.closed_at,
    isTest: row.is_test === 1,
    isDuplicate: row.is_duplicate === 1,
    statusHistory: (
      db
        .prepare(
          'SELECT status, changed_at FROM case_status_changes WHERE case_id = ? ORDER BY changed_at, id',
        )
        .all(id) as { status: CaseStatus; changed_at: string }[]
    ).map((s) => ({ status: s.status, changedAt: s.changed_at })),
    referrals: (
      db
        .prepare(
          'SELECT id, kind, referred_on, description FROM referrals WHERE case_id = ? ORDER BY referred_on, id',
        )
        .all(id) as {
        id: number;
        kind: CaseDetail['referrals'][number]['kind'];
        referred_on: string;
        description: string;
      }[]
    ).map((r) => ({
      id: r.id,
      kind: r.kind,
      referredOn: r.referred_on,
      description: r.description,
    })),
    followUps: (
      db
        .prepare(
          'SELECT id, kind, due_at, description, done_at FROM follow_ups WHERE case_id = ? ORDER BY due_at, id',
        )
        .all(id) as {
        id: number;
        kind: CaseDetail['followUps'][number]['kind'];
        due_at: string;
        description: string;
        done_at: string | null;
      }[]
    ).map((f) => ({
      id: f.id,
      kind: f.kind,
      dueAt: f.due_at,
      description: f.description,
      doneAt: f.done_at,
    })),
    notes: notesOfCase(db, id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Moves a case along its status flow, recording the date of the change. Closing needs an
 * outcome; reopening a closed case clears it.
 */
export function changeCaseStatus(
  db: CaseFileDatabase,
  id: number,
  change: { status: CaseStatus; at: string; outcome: CaseOutcome | null },
  now: Date,
): CaseDetail {
  const row = caseRow(db, id);
  if (!statusTransitions[row.status].includes(change.status)) {
    throw new AppError('INVALID_TRANSITION', `${row.status} → ${change.status}`);
  }
  const closing = change.status === 'closed';
  if (closing && change.outcome === null) throw new AppError('INVALID_INPUT', 'outcome');
  db.prepare(
    'UPDATE cases SET status = ?, outcome = ?, closed_at = ?, updated_at = ? WHERE id = ?',
  ).run(
    change.status,
    closing ? change.outcome : null,
    closing ? change.at : null,
    now.toISOString(),
    id,
  );
  db.prepare('INSERT INTO case_status_changes (case_id, status, changed_at) VALUES (?, ?, ?)').run(
    id,
    change.status,
    change.at,
  );
  return getCase(db, id);
}

/** A test or duplicate case stays in the file but is left out of every count. */
export function markCase(
  db: CaseFileDatabase,
  id: number,
  marks: { isTest: boolean; isDuplicate: boolean },
  now: Date,
): CaseDetail {
  caseRow(db, id);
  db.prepare('UPDATE cases SET is_test = ?, is_duplicate = ?, updated_at = ? WHERE id = ?').run(
    marks.isTest ? 1 : 0,
    marks.isDuplicate ? 1 : 0,
    now.toISOString(),
    id,
  );
  return getCase(db, id);
}

export function addReferral(
  db: CaseFileDatabase,
  input: {
    caseId: number;
    kind: CaseDetail['referrals'][number]['kind'];
    referredOn: string;
    description: string;
  },
  now: Date,
): CaseDetail {
  caseRow(db, input.caseId);
  db.prepare(
    'INSERT INTO referrals (case_id, kind, referred_on, description) VALUES (?, ?, ?, ?)',
  ).run(input.caseId, input.kind, input.referredOn, input.description);
  touch(db, input.caseId, now);
  return getCase(db, input.caseId);
}

export function addFollowUp(
  db: CaseFileDatabase,
  input: {
    caseId: number;
    kind: CaseDetail['followUps'][number]['kind'];
    dueAt: string;
    description: string;
  },
  now: Date,
): CaseDetail {
  caseRow(db, input.caseId);
  db.prepare('INSERT INTO follow_ups (case_id, kind, due_at, description) VALUES (?, ?, ?, ?)').run(
    input.caseId,
    input.kind,
    input.dueAt,
    input.description,
  );
  touch(db, input.caseId, now);
  return getCase(db, input.caseId);
}

export function completeFollowUp(
  db: CaseFileDatabase,
  followUpId: number,
  done: boolean,
  now: Date,
): CaseDetail {
  const caseId = db
    .prepare('SELECT case_id FROM follow_ups WHERE id = ?')
    .pluck()
    .get(followUpId) as number | undefined;
  if (caseId === undefined) throw new AppError('NOT_FOUND', 'follow-up');
  db.prepare('UPDATE follow_ups SET done_at = ? WHERE id = ?').run(
    done ? now.toISOString() : null,
    followUpId,
  );
  touch(db, caseId, now);
  return getCase(db, caseId);
}

export function touch(db: CaseFileDatabase, caseId: number, now: Date): void {
  db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(now.toISOString(), caseId);
}

/**
 * Cases matching the filters, newest request first. A case is overdue when it is open, has no
 * first contact yet and its due time has passed, or has a follow-up past due and not done.
 */
export function listCases(
  db: CaseFileDatabase,
  filter: CaseFilter,
  now: Date,
  onlyIds?: readonly number[],
): CaseSummary[] {
  const nowIso = now.toISOString();
  const where: string[] = [];
  const params: Record<string, string | number> = { now: nowIso };
  if (onlyIds) {
    where.push('c.id IN (SELECT value FROM json_each(@ids))');
    params.ids = JSON.stringify(onlyIds);
  }
  if (!filter.includeMarked) where.push('c.is_test = 0 AND c.is_duplicate = 0');
  if (filter.organisationId !== null) {
    where.push('c.organisation_id = @organisationId');
    params.organisationId = filter.organisationId;
  }
  if (filter.status === 'open') where.push("c.status <> 'closed'");
  else if (filter.status !== null) {
    where.push('c.status = @status');
    params.status = filter.status;
  }
  if (filter.behaviour !== null) {
    where.push(
      'EXISTS (SELECT 1 FROM case_behaviours b WHERE b.case_id = c.id AND b.kind = @behaviour)',
    );
    params.behaviour = filter.behaviour;
  }
  // Periods are Dutch calendar days; requested_at is UTC.
  if (filter.from !== null) {
    where.push('c.requested_at >= @from');
    params.from = startOfDutchDay(filter.from);
  }
  if (filter.to !== null) {
    // Up to and including the whole last day.
    where.push('c.requested_at < @to');
    params.to = startOfDutchDay(nextDay(filter.to));
  }
  const overdue = `(c.status <> 'closed' AND (
      (c.first_contact_at IS NULL AND c.first_contact_due_at < @now)
      OR EXISTS (SELECT 1 FROM follow_ups f
                  WHERE f.case_id = c.id AND f.done_at IS NULL AND f.due_at < @now)))`;
  if (filter.overdueOnly) where.push(overdue);
  params.limit = filter.limit;
  params.offset = filter.offset;
  const rows = db
    .prepare(
      `SELECT c.id, c.case_number, c.organisation_id, o.legal_name AS organisation_name,
              u.name AS unit_name, c.requested_at, c.first_contact_due_at, c.first_contact_at,
              c.status, c.is_test, c.is_duplicate, ${overdue} AS overdue,
              (SELECT group_concat(kind) FROM case_behaviours b WHERE b.case_id = c.id) AS behaviours
         FROM cases c
         JOIN organisations o ON o.id = c.organisation_id
         LEFT JOIN units u ON u.id = c.unit_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY c.requested_at DESC, c.id DESC
        LIMIT @limit OFFSET @offset`,
    )
    .all(params) as {
    id: number;
    case_number: string;
    organisation_id: number;
    organisation_name: string;
    unit_name: string | null;
    requested_at: string;
    first_contact_due_at: string;
    first_contact_at: string | null;
    status: CaseStatus;
    is_test: number;
    is_duplicate: number;
    overdue: number;
    behaviours: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    caseNumber: r.case_number,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    unitName: r.unit_name,
    requestedAt: r.requested_at,
    firstContactDueAt: r.first_contact_due_at,
    firstContactAt: r.first_contact_at,
    status: r.status,
    behaviours: (r.behaviours?.split(',') ?? []).sort() as BehaviourKind[],
    isTest: r.is_test === 1,
    isDuplicate: r.is_duplicate === 1,
    overdue: r.overdue === 1,
  }));
}

/** Full-text search over case fields and notes; results as case summaries, best first. */
export function searchCases(
  db: CaseFileDatabase,
  query: string,
  limit: number,
  now: Date,
): CaseSummary[] {
  const ids = searchCaseIds(db, query, limit);
  if (ids.length === 0) return [];
  const found = listCases(
    db,
    caseFilterSchema.parse({ includeMarked: true, limit: ids.length }),
    now,
    ids,
  );
  const byId = new Map(found.map((c) => [c.id, c]));
  return ids.map((id) => byId.get(id)).filter((c): c is CaseSummary => c !== undefined);
}
