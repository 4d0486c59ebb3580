import { z } from 'zod';
import {
  caseOutcomes,
  channels,
  integrityBreaches,
  outOfScopeTopics,
  referralKinds,
  reporterRoles,
  respondentRelations,
  undesirableBehaviours,
} from './case';
import { idSchema } from './common';
import { activityKinds, activityKindSchema } from './invoice-document';

/**
 * The anonymised annual report (jaarverslag) of one organisation, and the counsellor's overview
 * across all organisations: the only shapes these reports have on their way out of the machine
 * (PDF, CSV, preview). The writers in main/exports/report accept nothing else.
 *
 * By construction there is no field for a reporter, a respondent, a contact detail, the date
 * of a single conversation or a sentence from a note: figures are counts per fixed code (the
 * codes of case.ts), minutes per activity kind, and names only of the employer itself, the
 * counsellor's practice and units (departments) with enough cases. The one free text is the
 * counsellor's signals and advice, typed for the report itself; the leak guard reads it with
 * everything else. `.strict()` everywhere, so an extra field (a name smuggled in) fails.
 *
 * Small numbers (main/services/report/suppression.ts applies the rules, this schema holds their
 * result and refuses any published count under the threshold):
 * - a cell is a `count`, or `suppressed` with the reason it is not shown:
 *   - `small`: 0 < value < threshold, printed "< 5" (with the threshold in place of 5);
 *   - `complementary`: a value ≥ threshold hidden so that a small cell cannot be computed from
 *     the total, printed "•" (printing "< 5" would be untrue);
 *   - `withheld`: the whole column is not broken down (too few cases in that year, or no
 *     pattern of hidden cells protects every small one), printed "•" in every cell.
 * - 0 is published: it tells no one's story, and the sums it takes part in are checked like
 *   any other figure.
 * - A column's total is the number of cases of that year, the same figure in every table and
 *   in the summary. It is a count or `small`; when it is small the whole column is withheld.
 *
 * Hours are minutes of work, not counts of people, and are published for the whole
 * organisation unsuppressed: the employer already receives them on the monthly invoice. They
 * are never split by unit here (hours of a small unit could point to its one case).
 * Information sessions (voorlichting) are events for groups, not cases: count and minutes are
 * published as they are.
 */

export const suppressionReasons = ['small', 'complementary', 'withheld'] as const;
export type SuppressionReason = (typeof suppressionReasons)[number];

const yearSchema = z.number().int().min(2000).max(2200);
const countValue = z.number().int().min(0).max(10_000_000);
const minutesValue = z.number().int().min(0).max(100_000_000);
const name = z.string().trim().min(1).max(200);

export const reportCellSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('count'), value: countValue }).strict(),
  z.object({ kind: z.literal('suppressed'), reason: z.enum(suppressionReasons) }).strict(),
]);
export type ReportCell = z.infer<typeof reportCellSchema>;

/** One year of a table: a cell per row, in the table's row order, and the year's case total. */
export const reportColumnSchema = z
  .object({
    year: yearSchema,
    total: reportCellSchema,
    cells: z.array(reportCellSchema).min(1).max(200),
    withheld: z.boolean(),
  })
  .strict();
export type ReportColumn = z.infer<typeof reportColumnSchema>;

/** This year first, then (where shown) the previous year. */
const columnsSchema = z.array(reportColumnSchema).min(1).max(2);

export const relationRows = [...respondentRelations, 'not_recorded'] as const;
export const outcomeRows = [...caseOutcomes, 'open'] as const;
export const reactionTimeRows = ['met', 'missed', 'pending'] as const;

/** The tables whose rows are fixed codes, with those rows in order. */
export const codedTableRows = {
  behaviours_undesirable: undesirableBehaviours,
  behaviours_integrity: integrityBreaches,
  behaviours_out_of_scope: outOfScopeTopics,
  relations: relationRows,
  channels,
  roles: reporterRoles,
  outcomes: outcomeRows,
  referrals: referralKinds,
  reaction_time: reactionTimeRows,
} as const;
export type CodedTableCode = keyof typeof codedTableRows;

/**
 * Additive tables: every case is in exactly one row, so the rows add up to the total.
 * Multi-select tables: a case can be in several rows (behaviours, kinds of referral), so they
 * have no additive total; the column total is the number of cases, which bounds every cell.
 */
export const additiveTableCodes = [
  'relations',
  'channels',
  'roles',
  'outcomes',
  'reaction_time',
  'units',
  'organisations',
] as const;
export const multiSelectTableCodes = [
  'behaviours_undesirable',
  'behaviours_integrity',
  'behaviours_out_of_scope',
  'referrals',
] as const;
/** Every case has at least one behaviour, in one of these three tables together. */
export const behaviourTableCodes = [
  'behaviours_undesirable',
  'behaviours_integrity',
  'behaviours_out_of_scope',
] as const;

function codedTable<C extends CodedTableCode>(code: C) {
  return z
    .object({
      code: z.literal(code),
      rows: z.array(z.enum(codedTableRows[code] as (typeof codedTableRows)[C])),
      columns: columnsSchema,
    })
    .strict();
}

/**
 * A unit (department, region) is named only with enough cases; the rest are merged into
 * "other units", which never holds exactly one unit. Cases without a unit have their own row.
 * This year only: last year's names may differ, and its report holds them.
 */
export const unitRowSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unit'), name: z.string().trim().min(1).max(100) }).strict(),
  z.object({ kind: z.literal('other_units') }).strict(),
  z.object({ kind: z.literal('no_unit') }).strict(),
]);
export type UnitRow = z.infer<typeof unitRowSchema>;

/** The overview's cases per organisation, merged the same way as units. */
export const organisationRowSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('organisation'), name }).strict(),
  z.object({ kind: z.literal('other_organisations') }).strict(),
]);
export type OrganisationRow = z.infer<typeof organisationRowSchema>;

export const reportTableSchema = z.discriminatedUnion('code', [
  codedTable('behaviours_undesirable'),
  codedTable('behaviours_integrity'),
  codedTable('behaviours_out_of_scope'),
  codedTable('relations'),
  codedTable('channels'),
  codedTable('roles'),
  codedTable('outcomes'),
  codedTable('referrals'),
  codedTable('reaction_time'),
  z
    .object({
      code: z.literal('units'),
      rows: z.array(unitRowSchema).min(1).max(200),
      columns: z.array(reportColumnSchema).length(1),
    })
    .strict(),
  z
    .object({
      code: z.literal('organisations'),
      rows: z.array(organisationRowSchema).min(1).max(200),
      columns: z.array(reportColumnSchema).length(1),
    })
    .strict(),
]);
export type ReportTable = z.infer<typeof reportTableSchema>;
export type ReportTableCode = ReportTable['code'];

/** The headline figures of a year: cases (meldingen) and contact moments (gesprekken etc.). */
export const summaryColumnSchema = z
  .object({ year: yearSchema, cases: reportCellSchema, contacts: reportCellSchema })
  .strict();

/** Cases per year, oldest first, for up to five years ending with the report's year. */
export const trendPointSchema = z.object({ year: yearSchema, cases: reportCellSchema }).strict();

/** Minutes per activity kind (rows: every activity kind, in order), per year. */
export const hoursSchema = z
  .object({
    rows: z.array(activityKindSchema),
    columns: z
      .array(
        z
          .object({
            year: yearSchema,
            minutes: z.array(minutesValue),
            totalMinutes: minutesValue,
          })
          .strict(),
      )
      .min(1)
      .max(2),
  })
  .strict();

export const informationSessionsSchema = z
  .object({ year: yearSchema, sessions: countValue, minutes: minutesValue })
  .strict();

const common = {
  practiceName: name,
  year: yearSchema,
  language: z.enum(['nl', 'en']),
  generatedOn: z.iso.date(),
  /**
   * The smallest count shown. At least 3: with 2, "< 2" would say "exactly 1".
   */
  threshold: z.number().int().min(3).max(50),
  /** This year, then the previous year. */
  summary: z.array(summaryColumnSchema).min(1).max(2),
  trend: z.array(trendPointSchema).min(1).max(5),
  tables: z.array(reportTableSchema).max(20),
  hours: hoursSchema,
  informationSessions: z.array(informationSessionsSchema).min(1).max(2),
};

/** Why a breakdown by unit or organisation is (not) in the report. */
export const breakdownStates = ['shown', 'too_few_cases', 'none'] as const;

export const ADVICE_MAX_LENGTH = 10_000;

type Ctx = z.RefinementCtx;

function issue(ctx: Ctx, message: string, path: (string | number)[] = []) {
  ctx.addIssue({ code: 'custom', message, path });
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** What both documents must hold, whatever built them: the rules are checked on the way out. */
function checkReport(
  doc: {
    year: number;
    threshold: number;
    summary: z.infer<typeof summaryColumnSchema>[];
    trend: z.infer<typeof trendPointSchema>[];
    tables: ReportTable[];
    hours: z.infer<typeof hoursSchema>;
    informationSessions: z.infer<typeof informationSessionsSchema>[];
  },
  ctx: Ctx,
) {
  const small = (cell: ReportCell) =>
    cell.kind === 'count' && cell.value > 0 && cell.value < doc.threshold;
  const years = (list: { year: number }[]) => list.map((c) => c.year);
  const expectedYears = [doc.year, doc.year - 1];
  if (!sameList(years(doc.summary).map(String), expectedYears.map(String))) {
    issue(ctx, 'summary is this year and the previous year', ['summary']);
  }
  doc.summary.forEach((s, i) => {
    if (small(s.cases) || small(s.contacts)) issue(ctx, 'small count published', ['summary', i]);
  });
  const trendYears = years(doc.trend);
  if (trendYears.some((y, i) => y !== doc.year - (trendYears.length - 1) + i)) {
    issue(ctx, 'trend runs year by year up to the report year', ['trend']);
  }
  doc.trend.forEach((t, i) => {
    if (small(t.cases)) issue(ctx, 'small count published', ['trend', i]);
    const s = doc.summary.find((c) => c.year === t.year);
    if (s && JSON.stringify(s.cases) !== JSON.stringify(t.cases)) {
      issue(ctx, 'trend and summary disagree', ['trend', i]);
    }
  });
  const codes = doc.tables.map((t) => t.code);
  if (new Set(codes).size !== codes.length) issue(ctx, 'a table appears twice', ['tables']);
  doc.tables.forEach((table, t) => {
    const path = ['tables', t];
    if (table.code !== 'units' && table.code !== 'organisations') {
      if (!sameList(table.rows, codedTableRows[table.code])) issue(ctx, 'rows of the table', path);
    } else {
      const named = table.rows.flatMap((r) =>
        r.kind === 'unit' || r.kind === 'organisation' ? [r.name.toLowerCase()] : [],
      );
      const merged = table.rows.flatMap((r) =>
        r.kind === 'unit' || r.kind === 'organisation' ? [] : [r.kind],
      );
      if (new Set(named).size !== named.length) issue(ctx, 'a name appears twice', path);
      if (new Set(merged).size !== merged.length) issue(ctx, 'a merged row appears twice', path);
    }
    table.columns.forEach((column, c) => {
      const at = [...path, 'columns', c];
      if (column.year !== expectedYears[c]) issue(ctx, 'columns are this year, then the last', at);
      if (column.cells.length !== table.rows.length) issue(ctx, 'a cell per row', at);
      if (column.total.kind === 'suppressed' && column.total.reason !== 'small') {
        issue(ctx, 'a total is a count or small', at);
      }
      const summary = doc.summary.find((s) => s.year === column.year);
      if (summary && JSON.stringify(summary.cases) !== JSON.stringify(column.total)) {
        issue(ctx, 'a column total is the year’s number of cases', at);
      }
      if (small(column.total) || column.cells.some(small)) {
        issue(ctx, 'small count published', at);
      }
      const allWithheld = column.cells.every(
        (cell) => cell.kind === 'suppressed' && cell.reason === 'withheld',
      );
      const anyWithheld = column.cells.some(
        (cell) => cell.kind === 'suppressed' && cell.reason === 'withheld',
      );
      if (column.withheld !== allWithheld || (!column.withheld && anyWithheld)) {
        issue(ctx, 'a withheld column hides every cell', at);
      }
      if (column.total.kind === 'suppressed' && !column.withheld) {
        issue(ctx, 'a year with few cases is not broken down', at);
      }
      const additive = (additiveTableCodes as readonly string[]).includes(table.code);
      const values = column.cells.flatMap((cell) => (cell.kind === 'count' ? [cell.value] : []));
      const total = column.total;
      if (total.kind === 'count') {
        const sum = values.reduce((a, b) => a + b, 0);
        const exact = values.length === column.cells.length;
        if (additive && (exact ? sum !== total.value : sum > total.value)) {
          issue(ctx, 'the rows add up to the total', at);
        }
        if (!additive && values.some((v) => v > total.value)) {
          issue(ctx, 'no row holds more cases than the year', at);
        }
      }
    });
  });
  if (!sameList(doc.hours.rows, activityKinds)) issue(ctx, 'hours rows', ['hours']);
  doc.hours.columns.forEach((column, c) => {
    if (column.year !== expectedYears[c]) issue(ctx, 'hours years', ['hours', c]);
    if (column.minutes.length !== doc.hours.rows.length) issue(ctx, 'minutes per activity');
    if (column.minutes.reduce((a, b) => a + b, 0) !== column.totalMinutes) {
      issue(ctx, 'hours add up', ['hours', c]);
    }
  });
  if (!sameList(years(doc.informationSessions).map(String), expectedYears.map(String))) {
    issue(ctx, 'information sessions are this year and the previous year');
  }
}

export const annualReportDocumentSchema = z
  .object({
    kind: z.literal('annual_report'),
    /** The employer the report is for (the legal entity, not a person). */
    organisationName: name,
    ...common,
    unitBreakdown: z.enum(breakdownStates),
    /** The counsellor's signals and advice, written for this report. */
    advice: z.string().max(ADVICE_MAX_LENGTH),
  })
  .strict()
  .superRefine((doc, ctx) => {
    checkReport(doc, ctx);
    if (doc.tables.some((t) => t.code === 'organisations')) {
      issue(ctx, 'an organisation’s report has no organisations table', ['tables']);
    }
    if ((doc.unitBreakdown === 'shown') !== doc.tables.some((t) => t.code === 'units')) {
      issue(ctx, 'units table and unit breakdown disagree', ['unitBreakdown']);
    }
  });
export type AnnualReportDocument = z.infer<typeof annualReportDocumentSchema>;

/**
 * The counsellor's own yearly review across all organisations (also the figures a
 * professional association asks of its members). It goes to the counsellor and the
 * association, never to an employer, and is protected the same way. Organisations are named
 * only with enough cases, and only when `organisationBreakdown` is 'shown'.
 */
export const practiceOverviewDocumentSchema = z
  .object({
    kind: z.literal('practice_overview'),
    ...common,
    /** Organisations with at least one case in the year (this year, previous year). */
    organisationCounts: z
      .array(z.object({ year: yearSchema, organisations: countValue }).strict())
      .min(1)
      .max(2),
    organisationBreakdown: z.enum(breakdownStates),
  })
  .strict()
  .superRefine((doc, ctx) => {
    checkReport(doc, ctx);
    if (doc.organisationCounts.some((o, i) => o.year !== doc.year - i)) {
      issue(ctx, 'organisation counts are this year and the previous year', ['organisationCounts']);
    }
    if (doc.tables.some((t) => t.code === 'units')) {
      issue(ctx, 'the overview has no units table', ['tables']);
    }
    if (
      (doc.organisationBreakdown === 'shown') !==
      doc.tables.some((t) => t.code === 'organisations')
    ) {
      issue(ctx, 'organisations table and breakdown disagree', ['organisationBreakdown']);
    }
  });
export type PracticeOverviewDocument = z.infer<typeof practiceOverviewDocumentSchema>;

export type ReportDocument = AnnualReportDocument | PracticeOverviewDocument;

/**
 * What the counsellor asks for. `threshold` null: the practice setting (anonymity threshold).
 * `generatedOn` is the report's date; first contacts still within their promised time on that
 * day count as pending.
 */
export const annualReportInputSchema = z
  .object({
    organisationId: idSchema,
    year: yearSchema,
    language: z.enum(['nl', 'en']).default('nl'),
    threshold: z.number().int().min(2).max(50).nullable().default(null),
    advice: z.string().max(ADVICE_MAX_LENGTH, 'validation.tooLong').default(''),
    generatedOn: z.iso.date('validation.date'),
  })
  .strict();
export type AnnualReportInput = z.input<typeof annualReportInputSchema>;

export const practiceOverviewInputSchema = z
  .object({
    year: yearSchema,
    language: z.enum(['nl', 'en']).default('nl'),
    threshold: z.number().int().min(2).max(50).nullable().default(null),
    generatedOn: z.iso.date('validation.date'),
    /** Whether organisations with enough cases are named (false: only their number). */
    nameOrganisations: z.boolean().default(true),
  })
  .strict();
export type PracticeOverviewInput = z.input<typeof practiceOverviewInputSchema>;
