import {
  additiveTableCodes,
  behaviourTableCodes,
  type ReportCell,
  type ReportDocument,
  type ReportTableCode,
} from '../../../shared/schemas/annual-report';

/**
 * What a reader can work out from a published table. This is the check behind every report:
 * the suppression rules use it to decide which extra cells to hide, the report builders run it
 * over the finished document, and the property tests compare it with a brute-force count.
 *
 * The reader knows every published figure, every total, how the rows of a table are tied
 * together, and what each mark means (the rules are public):
 * - "< t" (small): the value is 1 … t−1;
 * - "•" (complementary): a value of at least t, hidden to protect a small one;
 * - "•" in a withheld column: any value from 0 up to the total;
 * - a total is exact, or "< t" (1 … t−1);
 * - additive tables: the rows add up to the total;
 * - multi-select tables: no row exceeds the total; and every case has at least one behaviour,
 *   so the three behaviour tables together add up to at least the total.
 * Columns of different years share no case, so one year's figures say nothing about another's
 * cells; differences between years are printed only between two published figures.
 *
 * Criterion: a hidden cell is protected when at least two values are consistent with
 * everything published. `lo` and `hi` below are the smallest and largest consistent values
 * (each is itself consistent), so a cell is protected exactly when lo < hi. The reader is not
 * assumed to reason about why the rules hid this cell rather than another; that is the usual
 * limit of such checks (statistical offices' audits make the same assumption).
 */

export interface ValueRange {
  lo: number;
  hi: number;
}

export function isProtected(range: ValueRange): boolean {
  return range.lo < range.hi;
}

/** What a total's mark alone says. */
export function totalRange(total: ReportCell, threshold: number): ValueRange {
  if (total.kind === 'count') return { lo: total.value, hi: total.value };
  if (total.reason === 'small') return { lo: 1, hi: threshold - 1 };
  // The schema allows no other kind of hidden total; nothing here could bound one.
  throw new Error('a total is a count or small');
}

/** What a cell's mark alone says, given the largest value its column allows. */
export function markRange(cell: ReportCell, threshold: number, upper: number): ValueRange {
  if (cell.kind === 'count') return { lo: cell.value, hi: cell.value };
  switch (cell.reason) {
    case 'small':
      return { lo: 1, hi: Math.min(threshold - 1, upper) };
    case 'complementary':
      return { lo: threshold, hi: upper };
    case 'withheld':
      return { lo: 0, hi: upper };
  }
}

export interface AuditColumn {
  total: ReportCell;
  cells: readonly ReportCell[];
}

/**
 * The consistent values of each hidden cell of an additive column (null for a published
 * cell): one equation, sum of cells = total, over integer intervals, so the bounds are exact.
 */
export function additiveRanges(column: AuditColumn, threshold: number): (ValueRange | null)[] {
  const total = totalRange(column.total, threshold);
  const ranges = column.cells.map((cell) => markRange(cell, threshold, total.hi));
  const sumLo = ranges.reduce((s, r) => s + r.lo, 0);
  const sumHi = ranges.reduce((s, r) => s + r.hi, 0);
  return column.cells.map((cell, i) => {
    if (cell.kind === 'count') return null;
    const own = ranges[i]!;
    return {
      lo: Math.max(own.lo, total.lo - (sumHi - own.hi)),
      hi: Math.min(own.hi, total.hi - (sumLo - own.lo)),
    };
  });
}

/**
 * The same for a multi-select column: every cell lies in 0 … total and, when every case is in
 * at least one row, the cells add up to at least the total. A total known only as "< t" is
 * tried value by value (at most t−1 of them).
 */
export function multiSelectRanges(
  column: AuditColumn,
  threshold: number,
  atLeastOnePerCase: boolean,
): (ValueRange | null)[] {
  const total = totalRange(column.total, threshold);
  return column.cells.map((cell, i) => {
    if (cell.kind === 'count') return null;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let t = total.lo; t <= total.hi; t += 1) {
      const ranges = column.cells.map((c) => markRange(c, threshold, t));
      // A published row above this total, or a mark that cannot fit: this total is impossible.
      if (ranges.some((r) => r.lo > r.hi)) continue;
      const own = ranges[i]!;
      const othersHi = ranges.reduce((s, r, j) => (j === i ? s : s + r.hi), 0);
      const least = atLeastOnePerCase ? Math.max(own.lo, t - othersHi) : own.lo;
      if (least > own.hi) continue;
      lo = Math.min(lo, least);
      hi = Math.max(hi, own.hi);
    }
    return { lo, hi };
  });
}

export interface AuditFinding {
  table: ReportTableCode;
  year: number;
  row: number;
  range: ValueRange;
}

const additive = new Set<string>(additiveTableCodes);
const behaviours = new Set<string>(behaviourTableCodes);

/**
 * Every hidden cell of a report that can be worked out from what it publishes; empty when the
 * report is safe. The three behaviour tables are checked as one column per year, since the
 * at-least-one rule ties them together.
 */
export function auditReport(document: ReportDocument): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const t = document.threshold;
  const years = [document.year, document.year - 1];
  years.forEach((year, c) => {
    const linked = document.tables.filter((table) => behaviours.has(table.code));
    const cells = linked.flatMap((table) => table.columns[c]?.cells ?? []);
    const total = linked[0]?.columns[c]?.total;
    if (!total) return;
    const ranges = multiSelectRanges({ total, cells }, t, true);
    let offset = 0;
    for (const table of linked) {
      const count = table.columns[c]?.cells.length ?? 0;
      for (let row = 0; row < count; row += 1) {
        const range = ranges[offset + row];
        if (range && !isProtected(range)) findings.push({ table: table.code, year, row, range });
      }
      offset += count;
    }
  });
  for (const table of document.tables) {
    if (behaviours.has(table.code)) continue;
    for (const column of table.columns) {
      const ranges = additive.has(table.code)
        ? additiveRanges(column, t)
        : multiSelectRanges(column, t, false);
      ranges.forEach((range, row) => {
        if (range && !isProtected(range)) {
          findings.push({ table: table.code, year: column.year, row, range });
        }
      });
    }
  }
  return findings;
}
