import {
  additiveTableCodes,
  behaviourTableCodes,
  type ReportCell,
  type ReportDocument,
} from '../../../../shared/schemas/annual-report';

/**
 * A brute-force reader for the tests, independent of disclosure-audit.ts: it lists every value
 * each hidden cell can take such that some choice of all the other hidden values agrees with
 * everything published (dynamic programming over the sums the other cells can make). Its
 * domains are the public meaning of the marks: "< t" is 1 … t−1, "•" next to published figures
 * is t … total, "•" in a withheld column is 0 … total, a "< t" total is 1 … t−1.
 */

function range(lo: number, hi: number): number[] {
  const list: number[] = [];
  for (let v = lo; v <= hi; v += 1) list.push(v);
  return list;
}

function domain(cell: ReportCell, t: number, upper: number): number[] {
  if (cell.kind === 'count') return cell.value <= upper ? [cell.value] : [];
  if (cell.reason === 'small') return range(1, Math.min(t - 1, upper));
  if (cell.reason === 'complementary') return range(t, upper);
  return range(0, upper);
}

function totalDomain(total: ReportCell, t: number): number[] {
  if (total.kind === 'count') return [total.value];
  if (total.reason === 'small') return range(1, t - 1);
  throw new Error('unexpected total');
}

/** Sums of one value from each domain; above `cap` they are dropped, or kept as `cap`. */
function sums(domains: number[][], cap: number, saturate: boolean): boolean[] {
  let reach = new Array<boolean>(cap + 1).fill(false);
  reach[0] = true;
  for (const d of domains) {
    const next = new Array<boolean>(cap + 1).fill(false);
    reach.forEach((ok, s) => {
      if (!ok) return;
      for (const v of d) {
        const total = s + v;
        if (total <= cap) next[total] = true;
        else if (saturate) next[cap] = true;
      }
    });
    reach = next;
  }
  return reach;
}

export type ColumnKind = 'additive' | 'multi_select' | 'behaviours';

/** For each cell: null if published, else the set of values consistent with the column. */
export function consistentValues(
  kind: ColumnKind,
  column: { total: ReportCell; cells: readonly ReportCell[] },
  t: number,
): (Set<number> | null)[] {
  const result = column.cells.map((cell) => (cell.kind === 'count' ? null : new Set<number>()));
  for (const total of totalDomain(column.total, t)) {
    const domains = column.cells.map((cell) => domain(cell, t, total));
    if (domains.some((d) => d.length === 0)) continue;
    column.cells.forEach((cell, i) => {
      const found = result[i];
      if (!found) return;
      const others = domains.filter((_, j) => j !== i);
      if (kind === 'additive') {
        const reach = sums(others, total, false);
        for (const v of domains[i]!) if (reach[total - v]) found.add(v);
      } else if (kind === 'multi_select') {
        // Each row at most the total, nothing more: every value in the domain fits.
        for (const v of domains[i]!) found.add(v);
      } else {
        // At least one behaviour per case: the cells add up to at least the total.
        const reach = sums(others, total, true);
        for (const v of domains[i]!) {
          if (reach.some((ok, s) => ok && s + v >= total)) found.add(v);
        }
      }
    });
  }
  return result;
}

export interface ExposedCell {
  table: string;
  year: number;
  row: number;
  values: number[];
}

/** Every hidden cell of a document with fewer than two consistent values. */
export function exposedCells(document: ReportDocument): ExposedCell[] {
  const exposed: ExposedCell[] = [];
  const t = document.threshold;
  const linked = document.tables.filter((table) =>
    (behaviourTableCodes as readonly string[]).includes(table.code),
  );
  [0, 1].forEach((c) => {
    const columns = linked.map((table) => table.columns[c]).filter((col) => col !== undefined);
    if (columns.length === 0) return;
    const values = consistentValues(
      'behaviours',
      { total: columns[0]!.total, cells: columns.flatMap((col) => col.cells) },
      t,
    );
    let offset = 0;
    linked.forEach((table, k) => {
      columns[k]!.cells.forEach((_, row) => {
        const set = values[offset + row];
        if (set && set.size < 2) {
          exposed.push({ table: table.code, year: columns[k]!.year, row, values: [...set] });
        }
      });
      offset += columns[k]!.cells.length;
    });
  });
  for (const table of document.tables) {
    if (linked.includes(table)) continue;
    const kind = (additiveTableCodes as readonly string[]).includes(table.code)
      ? 'additive'
      : 'multi_select';
    for (const column of table.columns) {
      consistentValues(kind, column, t).forEach((set, row) => {
        if (set && set.size < 2) {
          exposed.push({ table: table.code, year: column.year, row, values: [...set] });
        }
      });
    }
  }
  return exposed;
}
