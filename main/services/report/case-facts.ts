import {
  behaviourKinds,
  channels,
  referralKinds,
  reporterRoles,
  type BehaviourKind,
  type Channel,
  type ReferralKind,
  type ReporterRole,
} from '../../../shared/schemas/case';
import { outcomeRows, relationRows } from '../../../shared/schemas/annual-report';
import { activityKinds, type ActivityKind } from '../../../shared/schemas/invoice-document';
import { dutchYear, startOfDutchDay } from '../../../shared/dutch-time';
import type { CaseFileDatabase } from '../../casefile';
import { reactionTimeStats, type ReactionTimeStats } from '../due';

/**
 * What a report reads from the case file for one Dutch calendar year: per case only its codes
 * (never a reporter column, a note or a date), and sums of contacts, reaction times and hours.
 * A case belongs to the year in which it was requested (Dutch time); test and duplicate cases
 * are left out of every figure, and so are hours booked on them.
 */

export type RelationRow = (typeof relationRows)[number];
export type OutcomeRow = (typeof outcomeRows)[number];

export interface CaseFacts {
  organisationId: number;
  organisationName: string;
  unit: { id: number; name: string } | null;
  channel: Channel;
  role: ReporterRole;
  relation: RelationRow;
  /** The outcome of a closed case; 'open' while it runs. */
  outcome: OutcomeRow;
  behaviours: readonly BehaviourKind[];
  /** The kinds of referral made, each once. */
  referrals: readonly ReferralKind[];
}

export interface YearFacts {
  year: number;
  cases: CaseFacts[];
  /** Conversations, calls and e-mails with reporters in the year (on any year's case). */
  contacts: number;
  reaction: ReactionTimeStats;
  minutes: Record<ActivityKind, number>;
  informationSessions: { sessions: number; minutes: number };
}

/** One organisation, or (null) the whole practice. */
export interface ReportScope {
  organisationId: number | null;
}

/** Notes that are contact with the reporter, as in notes.ts. */
const CONTACT_KINDS = ['conversation', 'phone_call', 'email'] as const;

function yearBounds(year: number) {
  return {
    from: startOfDutchDay(`${year}-01-01`),
    to: startOfDutchDay(`${year + 1}-01-01`),
    fromDate: `${year}-01-01`,
    toDate: `${year}-12-31`,
  };
}

const COUNTED = `c.is_test = 0 AND c.is_duplicate = 0
  AND (@organisationId IS NULL OR c.organisation_id = @organisationId)`;

function codes<T extends string>(list: readonly T[], text: string | null): T[] {
  if (text === null || text === '') return [];
  const known = new Set<string>(list);
  return text.split(',').map((code) => {
    if (!known.has(code)) throw new Error(`unknown code ${code}`);
    return code as T;
  });
}

function oneCode<T extends string>(list: readonly T[], code: string): T {
  const [value] = codes(list, code);
  if (value === undefined) throw new Error('missing code');
  return value;
}

interface CaseRow {
  organisation_id: number;
  legal_name: string;
  unit_id: number | null;
  unit_name: string | null;
  channel: string;
  reporter_role: string;
  relation: string;
  outcome: string;
  behaviours: string | null;
  referrals: string | null;
}

function casesOfYear(db: CaseFileDatabase, scope: ReportScope, year: number): CaseFacts[] {
  const { from, to } = yearBounds(year);
  const rows = db
    .prepare(
      `SELECT c.organisation_id, o.legal_name, c.unit_id, u.name AS unit_name, c.channel,
              c.reporter_role, coalesce(c.respondent_relation, 'not_recorded') AS relation,
              CASE WHEN c.status = 'closed' THEN c.outcome ELSE 'open' END AS outcome,
              (SELECT group_concat(b.kind) FROM case_behaviours b WHERE b.case_id = c.id)
                AS behaviours,
              (SELECT group_concat(DISTINCT r.kind) FROM referrals r WHERE r.case_id = c.id)
                AS referrals
         FROM cases c
         JOIN organisations o ON o.id = c.organisation_id
         LEFT JOIN units u ON u.id = c.unit_id
        WHERE ${COUNTED} AND c.requested_at >= @from AND c.requested_at < @to
        ORDER BY c.id`,
    )
    .all({ organisationId: scope.organisationId, from, to }) as CaseRow[];
  return rows.map((r) => ({
    organisationId: r.organisation_id,
    organisationName: r.legal_name,
    unit: r.unit_id === null ? null : { id: r.unit_id, name: r.unit_name ?? '' },
    channel: oneCode(channels, r.channel),
    role: oneCode(reporterRoles, r.reporter_role),
    relation: oneCode(relationRows, r.relation),
    outcome: oneCode(outcomeRows, r.outcome),
    behaviours: codes(behaviourKinds, r.behaviours),
    referrals: codes(referralKinds, r.referrals),
  }));
}

function contactsOfYear(db: CaseFileDatabase, scope: ReportScope, year: number): number {
  const { from, to } = yearBounds(year);
  return db
    .prepare(
      `SELECT count(*) FROM notes n JOIN cases c ON c.id = n.case_id
        WHERE ${COUNTED} AND n.kind IN (${CONTACT_KINDS.map((k) => `'${k}'`).join(', ')})
          AND n.occurred_at >= @from AND n.occurred_at < @to`,
    )
    .pluck()
    .get({ organisationId: scope.organisationId, from, to }) as number;
}

function reactionOfYear(
  db: CaseFileDatabase,
  organisationIds: readonly number[],
  year: number,
  now: Date,
): ReactionTimeStats {
  const sum: ReactionTimeStats = { met: 0, missed: 0, pending: 0 };
  for (const id of organisationIds) {
    const stats = reactionTimeStats(db, id, year, now);
    sum.met += stats.met;
    sum.missed += stats.missed;
    sum.pending += stats.pending;
  }
  return sum;
}

function hoursOfYear(db: CaseFileDatabase, scope: ReportScope, year: number) {
  const { fromDate, toDate } = yearBounds(year);
  const rows = db
    .prepare(
      `SELECT t.activity, sum(t.minutes) AS minutes, count(*) AS entries
         FROM time_entries t LEFT JOIN cases c ON c.id = t.case_id
        WHERE t.cancelled = 0 AND t.date >= @fromDate AND t.date <= @toDate
          AND (@organisationId IS NULL OR t.organisation_id = @organisationId)
          AND (c.id IS NULL OR (c.is_test = 0 AND c.is_duplicate = 0))
        GROUP BY t.activity`,
    )
    .all({ organisationId: scope.organisationId, fromDate, toDate }) as {
    activity: string;
    minutes: number;
    entries: number;
  }[];
  const minutes = Object.fromEntries(activityKinds.map((a) => [a, 0])) as Record<
    ActivityKind,
    number
  >;
  let sessions = 0;
  for (const row of rows) {
    const activity = oneCode(activityKinds, row.activity);
    minutes[activity] = row.minutes;
    if (activity === 'information_session') sessions = row.entries;
  }
  return { minutes, informationSessions: { sessions, minutes: minutes.information_session } };
}

/**
 * Everything a report needs of one year. `now` decides which first contacts are still
 * within their promised time (pending) rather than missed.
 */
export function yearFacts(
  db: CaseFileDatabase,
  scope: ReportScope,
  year: number,
  now: Date,
): YearFacts {
  const cases = casesOfYear(db, scope, year);
  const organisationIds =
    scope.organisationId === null
      ? [...new Set(cases.map((c) => c.organisationId))]
      : [scope.organisationId];
  return {
    year,
    cases,
    contacts: contactsOfYear(db, scope, year),
    reaction: reactionOfYear(db, organisationIds, year, now),
    ...hoursOfYear(db, scope, year),
  };
}

/** Cases per year for the trend: up to five years ending with `year`, from the first case on. */
export function casesPerYear(
  db: CaseFileDatabase,
  scope: ReportScope,
  year: number,
): { year: number; cases: number }[] {
  const first = db
    .prepare(`SELECT min(c.requested_at) FROM cases c WHERE ${COUNTED}`)
    .pluck()
    .get({ organisationId: scope.organisationId }) as string | null;
  const firstYear = first === null ? year : Math.min(year, dutchYear(first));
  const count = db
    .prepare(
      `SELECT count(*) FROM cases c
        WHERE ${COUNTED} AND c.requested_at >= @from AND c.requested_at < @to`,
    )
    .pluck();
  const years: { year: number; cases: number }[] = [];
  for (let y = Math.max(year - 4, firstYear); y <= year; y += 1) {
    const { from, to } = yearBounds(y);
    years.push({
      year: y,
      cases: count.get({ organisationId: scope.organisationId, from, to }) as number,
    });
  }
  return years;
}
