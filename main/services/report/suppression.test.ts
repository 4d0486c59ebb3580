import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportCell } from '../../../shared/schemas/annual-report';
import { additiveRanges, multiSelectRanges } from './disclosure-audit';
import { mergeSmallGroups } from './merge-groups';
import {
  protectAdditiveColumn,
  protectMultiSelectColumn,
  reportThreshold,
  type ProtectedColumn,
} from './suppression';
import { consistentValues, type ColumnKind } from './test-support/oracle';

const S = '<';
const X = '•';
const W = '-';

/** A column as a reader sees it: figures, "<" (small), "•" (complementary), "-" (withheld). */
function shown(column: ProtectedColumn): (number | string)[] {
  return column.cells.map((cell) => {
    if (cell.kind === 'count') return cell.value;
    return cell.reason === 'small' ? S : cell.reason === 'complementary' ? X : W;
  });
}

const totalOf = (column: ProtectedColumn) =>
  column.total.kind === 'count' ? column.total.value : S;

describe('protecting an additive column (threshold 5)', () => {
  it('publishes counts of 0 and of at least 5, and a column with nothing hidden as it is', () => {
    const column = protectAdditiveColumn([12, 6, 0, 7, 0], 5);
    expect(shown(column)).toEqual([12, 6, 0, 7, 0]);
    expect(totalOf(column)).toBe(25);
  });

  it('hides a lone small cell and the smallest count of at least 5 beside it', () => {
    // Email 3 of 15 could be computed from the total; hiding in-person (5) leaves 1 … 3.
    expect(shown(protectAdditiveColumn([7, 3, 0, 5, 0], 5))).toEqual([7, S, 0, X, 0]);
  });

  it('lets small cells protect each other when their sum leaves room', () => {
    // 3 + 1 + 2 = 6 over three cells of 1 … 4: each could be 1 … 4.
    expect(shown(protectAdditiveColumn([10, 9, 3, 0, 1, 2], 5))).toEqual([10, 9, S, 0, S, S]);
  });

  it('does not stop at two hidden cells when they still give themselves away', () => {
    // 4 + 4 = 8 over two cells of at most 4: both are 4. One more cell must go.
    expect(shown(protectAdditiveColumn([4, 4, 7], 5))).toEqual([S, S, X]);
  });

  it('withholds the column when no pattern protects the small cell', () => {
    // 1 and 5 of 6: a hidden 5 is known to be ≥ 5, so the 1 would still be 1.
    const column = protectAdditiveColumn([1, 5, 0], 5);
    expect(column.withheld).toBe(true);
    expect(shown(column)).toEqual([W, W, W]);
    expect(totalOf(column)).toBe(6);
  });

  it('does not break down a year with fewer cases than the threshold, and shows an empty year', () => {
    const few = protectAdditiveColumn([3, 0, 1], 5);
    expect([totalOf(few), few.withheld, shown(few)]).toEqual([S, true, [W, W, W]]);
    const none = protectAdditiveColumn([0, 0, 0], 5);
    expect([totalOf(none), none.withheld, shown(none)]).toEqual([0, false, [0, 0, 0]]);
  });
});

describe('protecting a multi-select column', () => {
  it('knows that every case has a behaviour: 11 of 15 bullying leaves 4 for the rest', () => {
    // Published 11 and "< 5" with 15 cases of one behaviour each: the hidden one is ≥ 4, so 4.
    const column = protectMultiSelectColumn([11, 4, 0], 15, 5, { atLeastOnePerCase: true });
    expect(shown(column)).toEqual([X, S, 0]);
    // Referrals have no such rule: a small count alone is already protected.
    const referrals = protectMultiSelectColumn([11, 4, 0], 15, 5, { atLeastOnePerCase: false });
    expect(shown(referrals)).toEqual([11, S, 0]);
  });
});

describe('the threshold', () => {
  it('is at least 3 in a report, since "< 2" would mean exactly 1', () => {
    expect([reportThreshold(2), reportThreshold(5), reportThreshold(10)]).toEqual([3, 5, 10]);
  });
});

/** The facts every protected column must satisfy, checked against the brute-force reader. */
function checkColumn(
  kind: ColumnKind,
  values: readonly number[],
  total: number,
  column: ProtectedColumn,
  t: number,
): void {
  // (a) nothing published under the threshold, and what is published is true.
  column.cells.forEach((cell: ReportCell, i) => {
    if (cell.kind === 'count') {
      expect(cell.value).toBe(values[i]);
      expect(cell.value === 0 || cell.value >= t).toBe(true);
    } else if (cell.reason === 'small') {
      expect(values[i]! > 0 && values[i]! < t).toBe(true);
    } else if (cell.reason === 'complementary') {
      expect(values[i]!).toBeGreaterThanOrEqual(t);
    }
  });
  if (column.total.kind === 'count') expect(column.total.value).toBe(total);
  else expect(total > 0 && total < t).toBe(true);
  expect(column.withheld).toBe(
    column.cells.every((c) => c.kind === 'suppressed' && c.reason === 'withheld'),
  );
  // (b) with a published total, never exactly one hidden cell …
  const hidden = column.cells.filter((c) => c.kind === 'suppressed').length;
  if (column.total.kind === 'count' && kind === 'additive') expect(hidden).not.toBe(1);
  // … and, stronger, every hidden cell has at least two values consistent with what is
  // published, one of them the true one; the audit's bounds are exactly the reader's.
  const reader = consistentValues(kind, column, t);
  const audit =
    kind === 'additive'
      ? additiveRanges(column, t)
      : multiSelectRanges(column, t, kind === 'behaviours');
  reader.forEach((set, i) => {
    if (set === null) return;
    expect(set.has(values[i]!)).toBe(true);
    expect(set.size).toBeGreaterThanOrEqual(2);
    expect(audit[i]).toEqual({ lo: Math.min(...set), hi: Math.max(...set) });
  });
}

const threshold = fc.integer({ min: 3, max: 6 });
const smallish = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 5 }),
  fc.integer({ min: 0, max: 12 }),
);

describe('properties over random tables', () => {
  it('additive columns: nothing small published, no hidden cell derivable', () => {
    fc.assert(
      fc.property(threshold, fc.array(smallish, { minLength: 2, maxLength: 6 }), (t, values) => {
        const column = protectAdditiveColumn(values, t);
        checkColumn(
          'additive',
          values,
          values.reduce((s, v) => s + v, 0),
          column,
          t,
        );
      }),
      { numRuns: 400 },
    );
  });

  /** Cases, each with a set of the `kinds` row indices (non-empty for behaviours). */
  const caseSets = (nonEmpty: boolean) =>
    fc.integer({ min: 2, max: 7 }).chain((kinds) =>
      fc.record({
        kinds: fc.constant(kinds),
        // Mostly one row per case (as most cases have one behaviour): then the sum of the
        // rows is close to the number of cases, which is where a hidden cell is at risk.
        cases: fc.array(
          fc.oneof(
            { weight: 6, arbitrary: fc.integer({ min: 0, max: kinds - 1 }).map((k) => [k]) },
            {
              weight: 1,
              arbitrary: fc.uniqueArray(fc.integer({ min: 0, max: kinds - 1 }), {
                minLength: nonEmpty ? 1 : 0,
                maxLength: 3,
              }),
            },
          ),
          { maxLength: 24 },
        ),
      }),
    );

  for (const [name, nonEmpty] of [
    ['behaviours (at least one per case)', true],
    ['referrals (none or several per case)', false],
  ] as const) {
    it(`multi-select columns, ${name}: nothing small published, no hidden cell derivable`, () => {
      fc.assert(
        fc.property(threshold, caseSets(nonEmpty), (t, { kinds, cases }) => {
          const values = Array.from(
            { length: kinds },
            (_, k) => cases.filter((c) => c.includes(k)).length,
          );
          const column = protectMultiSelectColumn(values, cases.length, t, {
            atLeastOnePerCase: nonEmpty,
          });
          checkColumn(nonEmpty ? 'behaviours' : 'multi_select', values, cases.length, column, t);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('units: merged units are never named, "other units" never holds exactly one, and the column is protected', () => {
    const units = fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(threshold, units, fc.integer({ min: 0, max: 6 }), (t, counts, withoutUnit) => {
        const groups = counts.map((cases, i) => ({ key: i, name: `Unit ${i}`, cases }));
        const result = mergeSmallGroups(groups, t);
        const active = groups.filter((g) => g.cases > 0);
        if (result === null) {
          // No breakdown only when naming is impossible without naming a small unit.
          const large = active.filter((g) => g.cases >= t).length;
          const small = active.length - large;
          expect(large === 0 || (small === 1 && large === 1)).toBe(true);
          return;
        }
        const named = new Set(result.named.map((g) => g.key));
        expect(result.merged.some((g) => named.has(g.key))).toBe(false);
        expect(result.merged.length).not.toBe(1);
        expect(result.named.length).toBeGreaterThan(0);
        expect(result.named.every((g) => g.cases >= t)).toBe(true);
        expect(active.every((g) => g.cases >= t || !named.has(g.key))).toBe(true);
        expect(result.named.length + result.merged.length).toBe(active.length);
        const values = [
          ...result.named.map((g) => g.cases),
          ...(result.merged.length > 0 ? [result.merged.reduce((s, g) => s + g.cases, 0)] : []),
          ...(withoutUnit > 0 ? [withoutUnit] : []),
        ];
        if (values.length < 2) return;
        const column = protectAdditiveColumn(values, t);
        checkColumn(
          'additive',
          values,
          values.reduce((s, v) => s + v, 0),
          column,
          t,
        );
      }),
      { numRuns: 400 },
    );
  });
});
