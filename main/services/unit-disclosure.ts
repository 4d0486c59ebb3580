import { nextDay, startOfDutchDay } from '../../shared/dutch-time';
import type { CaseFileDatabase } from '../casefile';

/**
 * Which units of an organisation an export may name for a period: those with at least
 * `threshold` cases requested in it (test and duplicate cases not counted). The rest are merged
 * into "other units", never named.
 *
 * Complementary protection: the employer knows its own units, so if exactly one unit with
 * activity would end up in "other units", that row would name it by elimination. Then no unit
 * is named at all.
 */
export function unitsAllowedToName(
  db: CaseFileDatabase,
  input: {
    organisationId: number;
    /** ISO dates, both included. */
    from: string;
    to: string;
    threshold: number;
    /** The units the export would otherwise show (those with activity in the period). */
    unitsWithActivity: readonly number[];
  },
): number[] {
  const counts = db
    .prepare(
      `SELECT unit_id, count(*) AS n FROM cases
        WHERE organisation_id = ? AND unit_id IS NOT NULL AND is_test = 0 AND is_duplicate = 0
          AND requested_at >= ? AND requested_at < ?
        GROUP BY unit_id`,
    )
    .all(input.organisationId, startOfDutchDay(input.from), startOfDutchDay(nextDay(input.to))) as {
    unit_id: number;
    n: number;
  }[];
  const large = new Set(counts.filter((c) => c.n >= input.threshold).map((c) => c.unit_id));
  const active = [...new Set(input.unitsWithActivity)];
  const merged = active.filter((u) => !large.has(u));
  if (merged.length === 1) return [];
  return active.filter((u) => large.has(u)).sort((a, b) => a - b);
}
