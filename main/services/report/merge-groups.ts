/**
 * Which units (or, in the practice overview, organisations) a report may name. Pure.
 *
 * - Only groups with at least one case in the year take part; the others are not listed.
 * - A group with at least `threshold` cases is named; the rest are merged into "other units",
 *   never named.
 * - The employer knows its own units: if exactly one group would be merged, the table would
 *   name it by elimination, so the smallest named group is merged with it.
 * - If no group can be named that way (e.g. the only unit with cases is small), there is no
 *   breakdown at all (null).
 */

export interface CaseGroup<K> {
  key: K;
  name: string;
  cases: number;
}

export interface MergedGroups<K> {
  /** Named, by name. */
  named: CaseGroup<K>[];
  /** Merged into "other …": empty, or at least two groups. */
  merged: CaseGroup<K>[];
}

const byName = <K>(a: CaseGroup<K>, b: CaseGroup<K>) =>
  a.name.localeCompare(b.name, 'nl') || String(a.key).localeCompare(String(b.key));

export function mergeSmallGroups<K>(
  groups: readonly CaseGroup<K>[],
  threshold: number,
): MergedGroups<K> | null {
  const active = groups.filter((g) => g.cases > 0);
  const named = active.filter((g) => g.cases >= threshold).sort(byName);
  const merged = active.filter((g) => g.cases < threshold).sort(byName);
  if (merged.length === 1) {
    if (named.length === 0) return null;
    const smallest = named.reduce((s, g) => (g.cases < s.cases ? g : s));
    named.splice(named.indexOf(smallest), 1);
    merged.push(smallest);
    merged.sort(byName);
  }
  if (named.length === 0) return null;
  return { named, merged };
}
