import {
  behaviourTableCodes,
  codedTableRows,
  multiSelectTableCodes,
  type CodedTableCode,
  type OrganisationRow,
  type ReportCell,
  type ReportColumn,
  type ReportTable,
  type UnitRow,
} from '../../../shared/schemas/annual-report';
import { activityKinds } from '../../../shared/schemas/invoice-document';
import type { YearFacts } from './case-facts';
import { mergeSmallGroups } from './merge-groups';
import {
  primaryCell,
  protectAdditiveColumn,
  protectMultiSelectColumn,
  splitColumn,
  withheldCell,
  type ProtectedColumn,
} from './suppression';
import { groupCounts, rowCounts } from './tally';

/**
 * The published parts of a report, from the facts of this year and the previous one. Pure.
 * Each year's column is protected from that year's facts alone, so the previous year here
 * shows what last year's own report showed (for the same case file), and two reports side by
 * side give a reader no equation that one alone does not.
 */

export type BreakdownState = 'shown' | 'too_few_cases' | 'none';

const withYear = (year: number, column: ProtectedColumn): ReportColumn => ({ year, ...column });

type SingleTableCode = Exclude<CodedTableCode, (typeof behaviourTableCodes)[number]>;

function codedTable(code: CodedTableCode, columns: ReportColumn[]): ReportTable {
  // The union's members differ only in their row codes, which come from the same list.
  return { code, rows: [...codedTableRows[code]], columns } as ReportTable;
}

/** Behaviours, relations, roles, channels, outcomes, referrals and reaction times. */
export function codedTables(years: readonly YearFacts[], threshold: number): ReportTable[] {
  // The three behaviour tables are protected as one column: every case has some behaviour.
  const behaviourColumns = years.map((facts) => {
    const parts = behaviourTableCodes.map((code) => rowCounts(facts, code));
    const column = protectMultiSelectColumn(parts.flat(), facts.cases.length, threshold, {
      atLeastOnePerCase: true,
    });
    return splitColumn(
      column,
      parts.map((p) => p.length),
    ).map((part) => withYear(facts.year, part));
  });
  const tables: ReportTable[] = behaviourTableCodes.map((code, i) =>
    codedTable(
      code,
      behaviourColumns.map((parts) => parts[i]!),
    ),
  );
  const single: SingleTableCode[] = [
    'relations',
    'roles',
    'channels',
    'outcomes',
    'referrals',
    'reaction_time',
  ];
  for (const code of single) {
    const multi = (multiSelectTableCodes as readonly string[]).includes(code);
    const columns = years.map((facts) => {
      const values = rowCounts(facts, code);
      return withYear(
        facts.year,
        multi
          ? protectMultiSelectColumn(values, facts.cases.length, threshold, {
              atLeastOnePerCase: false,
            })
          : protectAdditiveColumn(values, threshold),
      );
    });
    tables.push(codedTable(code, columns));
  }
  return tables;
}

/** Cases per named unit, "other units" and cases without a unit; this year only. */
export function unitsTable(
  facts: YearFacts,
  threshold: number,
): { state: BreakdownState; table: ReportTable | null } {
  const groups = groupCounts(facts, (c) => c.unit && { key: c.unit.id, name: c.unit.name });
  if (groups.length === 0) return { state: 'none', table: null };
  const merged = mergeSmallGroups(groups, threshold);
  if (merged === null) return { state: 'too_few_cases', table: null };
  const rows: UnitRow[] = merged.named.map((g) => ({ kind: 'unit', name: g.name }));
  const values = merged.named.map((g) => g.cases);
  if (merged.merged.length > 0) {
    rows.push({ kind: 'other_units' });
    values.push(merged.merged.reduce((s, g) => s + g.cases, 0));
  }
  const withoutUnit = facts.cases.filter((c) => c.unit === null).length;
  if (withoutUnit > 0) {
    rows.push({ kind: 'no_unit' });
    values.push(withoutUnit);
  }
  const column = protectAdditiveColumn(values, threshold);
  // Names next to nothing but "•" tell only that those units were large; leave them out.
  if (column.withheld) return { state: 'too_few_cases', table: null };
  return {
    state: 'shown',
    table: { code: 'units', rows, columns: [withYear(facts.year, column)] },
  };
}

/** The overview's cases per named organisation and "other organisations"; this year only. */
export function organisationsTable(
  facts: YearFacts,
  threshold: number,
): { state: BreakdownState; table: ReportTable | null } {
  const groups = groupCounts(facts, (c) => ({ key: c.organisationId, name: c.organisationName }));
  if (groups.length === 0) return { state: 'none', table: null };
  const merged = mergeSmallGroups(groups, threshold);
  if (merged === null) return { state: 'too_few_cases', table: null };
  const rows: OrganisationRow[] = merged.named.map((g) => ({ kind: 'organisation', name: g.name }));
  const values = merged.named.map((g) => g.cases);
  if (merged.merged.length > 0) {
    rows.push({ kind: 'other_organisations' });
    values.push(merged.merged.reduce((s, g) => s + g.cases, 0));
  }
  const column = protectAdditiveColumn(values, threshold);
  if (column.withheld) return { state: 'too_few_cases', table: null };
  return {
    state: 'shown',
    table: { code: 'organisations', rows, columns: [withYear(facts.year, column)] },
  };
}

/**
 * Cases and contacts of a year. Contacts are not people, but for a year with few cases they
 * are not shown either: they would hint at how few.
 */
export function summaryColumn(facts: YearFacts, threshold: number) {
  const cases = primaryCell(facts.cases.length, threshold);
  const contacts: ReportCell =
    cases.kind === 'count' ? primaryCell(facts.contacts, threshold) : withheldCell;
  return { year: facts.year, cases, contacts };
}

export function trendPoints(
  perYear: readonly { year: number; cases: number }[],
  threshold: number,
) {
  return perYear.map((p) => ({ year: p.year, cases: primaryCell(p.cases, threshold) }));
}

export function hoursOf(years: readonly YearFacts[]) {
  return {
    rows: [...activityKinds],
    columns: years.map((facts) => {
      const minutes = activityKinds.map((a) => facts.minutes[a]);
      return { year: facts.year, minutes, totalMinutes: minutes.reduce((s, m) => s + m, 0) };
    }),
  };
}

export function informationSessionsOf(years: readonly YearFacts[]) {
  return years.map((facts) => ({ year: facts.year, ...facts.informationSessions }));
}
