import type { DueItem } from '../../shared/schemas/case';
import { startOfDutchDay } from '../../shared/dutch-time';
import type { CaseFileDatabase } from '../casefile';

/**
 * What is due: first contacts not yet made within the organisation's 24/48 hours, planned
 * follow-ups, appointments and aftercare not yet done, and planned appointments (the
 * appointments table) of open cases. Overdue items first, then the coming ones up to
 * `horizonDays` ahead. Test and duplicate cases are left out. An appointment is overdue once it
 * has ended and is still neither done nor cancelled; while it is under way it is not.
 */
export function dueItems(db: CaseFileDatabase, now: Date, horizonDays = 14): DueItem[] {
  const nowIso = now.toISOString();
  const horizon = new Date(now.getTime() + horizonDays * 86_400_000).toISOString();
  const rows = db
    .prepare(
      `SELECT 'first_contact' AS kind, c.id AS case_id, c.case_number, o.legal_name,
              c.first_contact_due_at AS due_at, NULL AS follow_up_id, '' AS description,
              NULL AS appointment_id, NULL AS place_kind, 0 AS duration_minutes
         FROM cases c JOIN organisations o ON o.id = c.organisation_id
        WHERE c.status <> 'closed' AND c.first_contact_at IS NULL
          AND c.is_test = 0 AND c.is_duplicate = 0 AND c.first_contact_due_at <= @horizon
       UNION ALL
       SELECT f.kind, c.id, c.case_number, o.legal_name, f.due_at, f.id, f.description,
              NULL, NULL, 0
         FROM follow_ups f
         JOIN cases c ON c.id = f.case_id
         JOIN organisations o ON o.id = c.organisation_id
        WHERE f.done_at IS NULL AND c.is_test = 0 AND c.is_duplicate = 0
          AND f.due_at <= @horizon
       UNION ALL
       SELECT 'planned_appointment', c.id, c.case_number, o.legal_name, a.starts_at, NULL, '',
              a.id, a.place_kind, a.duration_minutes
         FROM appointments a
         JOIN cases c ON c.id = a.case_id
         JOIN organisations o ON o.id = c.organisation_id
        WHERE a.status = 'planned' AND c.status <> 'closed'
          AND c.is_test = 0 AND c.is_duplicate = 0 AND a.starts_at <= @horizon
        ORDER BY due_at, case_id`,
    )
    .all({ horizon }) as {
    kind: DueItem['kind'];
    case_id: number;
    case_number: string;
    legal_name: string;
    due_at: string;
    follow_up_id: number | null;
    description: string;
    appointment_id: number | null;
    place_kind: DueItem['placeKind'] | null;
    duration_minutes: number;
  }[];
  // Sorted by due time (an appointment by its start), overdue ones are mostly first; Home
  // splits the two groups itself.
  return rows.map((r) => {
    const item: DueItem = {
      kind: r.kind,
      caseId: r.case_id,
      caseNumber: r.case_number,
      organisationName: r.legal_name,
      dueAt: r.due_at,
      overdue: r.due_at < nowIso,
      followUpId: r.follow_up_id,
      description: r.description,
    };
    if (r.appointment_id === null || r.place_kind === null) return item;
    const ends = new Date(new Date(r.due_at).getTime() + r.duration_minutes * 60_000);
    return {
      ...item,
      overdue: ends.toISOString() < nowIso,
      appointmentId: r.appointment_id,
      placeKind: r.place_kind,
    };
  });
}

export interface ReactionTimeStats {
  met: number;
  missed: number;
  pending: number;
}

/**
 * How often the promised reaction time was kept for one organisation's cases requested in a
 * (Dutch) calendar year, for the annual report. Counted from the stored moments, so it stays true when
 * a date is corrected.
 */
export function reactionTimeStats(
  db: CaseFileDatabase,
  organisationId: number,
  year: number,
  now: Date,
): ReactionTimeStats {
  const row = db
    .prepare(
      `SELECT
         coalesce(sum(first_contact_at IS NOT NULL AND first_contact_at <= first_contact_due_at), 0) AS met,
         coalesce(sum((first_contact_at IS NOT NULL AND first_contact_at > first_contact_due_at)
             OR (first_contact_at IS NULL AND first_contact_due_at < @now)), 0) AS missed,
         coalesce(sum(first_contact_at IS NULL AND first_contact_due_at >= @now), 0) AS pending
         FROM cases
        WHERE organisation_id = @organisationId AND is_test = 0 AND is_duplicate = 0
          AND requested_at >= @from AND requested_at < @to`,
    )
    .get({
      organisationId,
      now: now.toISOString(),
      from: startOfDutchDay(`${year}-01-01`),
      to: startOfDutchDay(`${year + 1}-01-01`),
    }) as ReactionTimeStats;
  return row;
}
