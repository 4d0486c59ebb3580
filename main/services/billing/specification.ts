/**
 * How one activity's minutes of a month split into specification rows without pointing at a
 * person or a small group: a row per unit the caller allows (enough cases in the period), and
 * one merged row for the rest, never named. When that rest would be the work of exactly one
 * other unit, it could be read off as "total minus the named rows"; then the smallest named
 * unit is merged too (complementary suppression), so no row is about a single small unit.
 *
 * The rest holds the work in units not allowed and the work for no unit in particular. With
 * named rows beside it, it is the row `otherUnits: true`; without, the activity is not split
 * at all (one row, no name, `otherUnits: false`).
 */

export interface UnitWork {
  unitId: number | null;
  unitName: string | null;
}

export interface UnitGroup<T extends UnitWork> {
  unitName: string | null;
  otherUnits: boolean;
  items: T[];
}

export function groupByUnit<T extends UnitWork>(
  items: readonly T[],
  allowed: ReadonlySet<number>,
  weight: (item: T) => number,
): UnitGroup<T>[] {
  const named = new Map<number, { name: string; items: T[] }>();
  const rest: T[] = [];
  for (const item of items) {
    if (item.unitId !== null && item.unitName !== null && allowed.has(item.unitId)) {
      const group = named.get(item.unitId) ?? { name: item.unitName, items: [] };
      group.items.push(item);
      named.set(item.unitId, group);
    } else {
      rest.push(item);
    }
  }

  const total = (group: T[]) => group.reduce((s, i) => s + weight(i), 0);
  const restSources = new Set(rest.map((i) => i.unitId));
  const restIsOneUnit = restSources.size === 1 && !restSources.has(null);
  if (restIsOneUnit) {
    const smallest = [...named.entries()].sort(
      ([, a], [, b]) => total(a.items) - total(b.items) || a.name.localeCompare(b.name, 'nl'),
    )[0];
    if (smallest) {
      rest.push(...smallest[1].items);
      named.delete(smallest[0]);
    }
  }

  if (named.size === 0) {
    return items.length > 0 ? [{ unitName: null, otherUnits: false, items: [...items] }] : [];
  }
  const groups: UnitGroup<T>[] = [...named.values()]
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    .map((g) => ({ unitName: g.name, otherUnits: false, items: g.items }));
  if (rest.length > 0) groups.push({ unitName: null, otherUnits: true, items: rest });
  return groups;
}
