import { codedTableRows, type CodedTableCode } from '../../../shared/schemas/annual-report';
import type { CaseFacts, YearFacts } from './case-facts';

/**
 * Raw counts per row of each coded table, before any protection. Pure. A multi-select row
 * counts cases (a case referred twice to the company doctor counts once), never mentions.
 */

type CaseRowTest = (kase: CaseFacts, row: string) => boolean;

const belongs: Record<Exclude<CodedTableCode, 'reaction_time'>, CaseRowTest> = {
  behaviours_undesirable: (c, row) => (c.behaviours as readonly string[]).includes(row),
  behaviours_integrity: (c, row) => (c.behaviours as readonly string[]).includes(row),
  behaviours_out_of_scope: (c, row) => (c.behaviours as readonly string[]).includes(row),
  relations: (c, row) => c.relation === row,
  channels: (c, row) => c.channel === row,
  roles: (c, row) => c.role === row,
  outcomes: (c, row) => c.outcome === row,
  referrals: (c, row) => (c.referrals as readonly string[]).includes(row),
};

export function rowCounts(facts: YearFacts, code: CodedTableCode): number[] {
  const rows: readonly string[] = codedTableRows[code];
  if (code === 'reaction_time') {
    const r = facts.reaction;
    if (r.met + r.missed + r.pending !== facts.cases.length) {
      throw new Error('reaction times do not cover the year’s cases');
    }
    return [r.met, r.missed, r.pending];
  }
  const test = belongs[code];
  return rows.map((row) => facts.cases.filter((c) => test(c, row)).length);
}

/** Cases per group (unit or organisation) of one year. */
export function groupCounts<K>(
  facts: YearFacts,
  groupOf: (kase: CaseFacts) => { key: K; name: string } | null,
): { key: K; name: string; cases: number }[] {
  const groups = new Map<K, { key: K; name: string; cases: number }>();
  for (const kase of facts.cases) {
    const group = groupOf(kase);
    if (group === null) continue;
    const entry = groups.get(group.key) ?? { ...group, cases: 0 };
    entry.cases += 1;
    groups.set(group.key, entry);
  }
  return [...groups.values()];
}
