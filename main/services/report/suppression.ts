import type { ReportCell, ReportColumn } from '../../../shared/schemas/annual-report';
import {
  additiveRanges,
  isProtected,
  multiSelectRanges,
  type AuditColumn,
  type ValueRange,
} from './disclosure-audit';

/**
 * Small-number protection for one column (one year) of a report table. Pure.
 *
 * 1. Primary: a count with 0 < value < threshold is hidden as "< t". 0 is published: it names
 *    no one, and the sums it is part of are checked below like every other figure.
 * 2. A year with fewer cases than the threshold is not broken down at all: its total is "< t"
 *    and every cell is withheld. Otherwise a table of a handful of cases would still tell, by
 *    its zeros, what all of them had in common.
 * 3. Complementary: while some hidden cell can be worked out from what is published (see
 *    disclosure-audit.ts: fewer than two consistent values), the smallest published count of
 *    at least the threshold is hidden too ("•"). Counts under the threshold are already
 *    hidden and zeros are never chosen: a hidden zero would be known to be 0 or ≥ t, which
 *    protects nothing. Hiding one more cell never narrows what is consistent, so this ends.
 * 4. If every candidate is hidden and a cell is still exposed (e.g. 1 and 5 of 6 cases: the
 *    5 is known to be ≥ 5, so the 1 is 1), the column is withheld: only its total is shown.
 *
 * The total itself is never hidden for protection: it is the year's number of cases, the same
 * figure in every table, so hiding it in one table would not hide it.
 */

/** With 2, "< 2" would say "exactly 1": reports use at least 3 whatever the setting says. */
export const MINIMUM_REPORT_THRESHOLD = 3;

export function reportThreshold(setting: number): number {
  return Math.max(MINIMUM_REPORT_THRESHOLD, Math.trunc(setting));
}

export const countCell = (value: number): ReportCell => ({ kind: 'count', value });
export const smallCell: ReportCell = { kind: 'suppressed', reason: 'small' };
export const complementaryCell: ReportCell = { kind: 'suppressed', reason: 'complementary' };
export const withheldCell: ReportCell = { kind: 'suppressed', reason: 'withheld' };

/** The primary rule alone: for figures that take part in no sum (a year's total, the trend). */
export function primaryCell(value: number, threshold: number): ReportCell {
  return value > 0 && value < threshold ? smallCell : countCell(value);
}

export type ProtectedColumn = Omit<ReportColumn, 'year'>;

function checkValues(values: readonly number[]): void {
  if (values.some((v) => !Number.isInteger(v) || v < 0)) {
    throw new Error('counts are whole numbers of at least 0');
  }
}

function protect(
  values: readonly number[],
  total: number,
  threshold: number,
  rangesOf: (column: AuditColumn) => (ValueRange | null)[],
): ProtectedColumn {
  if (total === 0) return { total: countCell(0), cells: values.map(countCell), withheld: false };
  const totalCell = primaryCell(total, threshold);
  const withheld = (): ProtectedColumn => ({
    total: totalCell,
    cells: values.map(() => withheldCell),
    withheld: true,
  });
  if (totalCell.kind !== 'count') return withheld();
  const cells = values.map((v) => primaryCell(v, threshold));
  for (;;) {
    const exposed = rangesOf({ total: totalCell, cells }).some(
      (r) => r !== null && !isProtected(r),
    );
    if (!exposed) return { total: totalCell, cells, withheld: false };
    let candidate = -1;
    values.forEach((v, i) => {
      if (cells[i]!.kind === 'count' && v >= threshold) {
        if (candidate === -1 || v < values[candidate]!) candidate = i;
      }
    });
    if (candidate === -1) return withheld();
    cells[candidate] = complementaryCell;
  }
}

/** A table where every case is in exactly one row: the rows add up to the total. */
export function protectAdditiveColumn(
  values: readonly number[],
  threshold: number,
): ProtectedColumn {
  checkValues(values);
  const total = values.reduce((s, v) => s + v, 0);
  return protect(values, total, threshold, (column) => additiveRanges(column, threshold));
}

/**
 * A table where a case can be in several rows; `cases` is the year's number of cases. With
 * `atLeastOnePerCase`, every case is in some row (behaviours), which the reader knows too.
 */
export function protectMultiSelectColumn(
  values: readonly number[],
  cases: number,
  threshold: number,
  options: { atLeastOnePerCase: boolean },
): ProtectedColumn {
  checkValues(values);
  if (values.some((v) => v > cases)) throw new Error('a row holds at most every case');
  return protect(values, cases, threshold, (column) =>
    multiSelectRanges(column, threshold, options.atLeastOnePerCase),
  );
}

/** One protected column cut back into the tables it was protected together as. */
export function splitColumn(column: ProtectedColumn, sizes: readonly number[]): ProtectedColumn[] {
  let offset = 0;
  return sizes.map((size) => {
    const part = {
      total: column.total,
      cells: column.cells.slice(offset, offset + size),
      withheld: column.withheld,
    };
    offset += size;
    return part;
  });
}
