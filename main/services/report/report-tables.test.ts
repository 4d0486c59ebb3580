import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  annualReportDocumentSchema,
  outcomeRows,
  relationRows,
  type ReportCell,
} from '../../../shared/schemas/annual-report';
import {
  behaviourKinds,
  channels,
  referralKinds,
  reporterRoles,
} from '../../../shared/schemas/case';
import { activityKinds } from '../../../shared/schemas/invoice-document';
import type { CaseFacts, YearFacts } from './case-facts';
import { auditReport } from './disclosure-audit';
import {
  codedTables,
  hoursOf,
  informationSessionsOf,
  summaryColumn,
  trendPoints,
  unitsTable,
} from './report-tables';
import { exposedCells } from './test-support/oracle';

/**
 * Random case sets through the same pure steps as the report builder, checked as whole
 * documents: the schema (no small count published, totals consistent), the audit, and the
 * brute-force reader over every published table. Codes are drawn mostly from a few values, as
 * in real practices, so that small cells next to totals are common.
 */

const skewed = <T>(list: readonly T[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...list.slice(0, 2)) },
    fc.constantFrom(...list),
  );

const unitNames = ['Productie', 'Kantoor', 'Magazijn', 'Buitendienst'];

const caseFacts: fc.Arbitrary<CaseFacts> = fc.record({
  organisationId: fc.constant(1),
  organisationName: fc.constant('Bouwbedrijf De Vries B.V.'),
  unit: fc.option(
    fc
      .integer({ min: 0, max: unitNames.length - 1 })
      .map((i) => ({ id: i + 1, name: unitNames[i]! })),
    { freq: 5 },
  ),
  channel: skewed(channels),
  role: skewed(reporterRoles),
  relation: skewed(relationRows),
  outcome: skewed(outcomeRows),
  behaviours: fc.oneof(
    { weight: 4, arbitrary: skewed(behaviourKinds).map((b) => [b]) },
    fc.uniqueArray(fc.constantFrom(...behaviourKinds), { minLength: 1, maxLength: 3 }),
  ),
  referrals: fc.uniqueArray(skewed(referralKinds), { maxLength: 2 }),
});

const yearFacts = (year: number): fc.Arbitrary<YearFacts> =>
  fc.array(caseFacts, { maxLength: 30 }).chain((cases) =>
    fc.tuple(fc.nat({ max: cases.length }), fc.nat({ max: cases.length })).map(([a, b]) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      return {
        year,
        cases,
        contacts: cases.length * 2,
        reaction: { met: lo, missed: hi - lo, pending: cases.length - hi },
        minutes: Object.fromEntries(activityKinds.map((k) => [k, 0])) as YearFacts['minutes'],
        informationSessions: { sessions: 0, minutes: 0 },
      };
    }),
  );

const small = (cell: ReportCell, t: number) =>
  cell.kind === 'count' && cell.value > 0 && cell.value < t;

describe('reports over random case sets', () => {
  it('publish no count under the threshold and no hidden cell that can be worked out', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 6 }),
        yearFacts(2026),
        yearFacts(2025),
        (threshold, current, previous) => {
          const years = [current, previous];
          const units = unitsTable(current, threshold);
          const document = annualReportDocumentSchema.parse({
            kind: 'annual_report',
            organisationName: 'Bouwbedrijf De Vries B.V.',
            practiceName: 'Vertrouwd Advies',
            year: 2026,
            language: 'nl',
            generatedOn: '2027-01-10',
            threshold,
            summary: years.map((f) => summaryColumn(f, threshold)),
            trend: trendPoints(
              years.map((f) => ({ year: f.year, cases: f.cases.length })).reverse(),
              threshold,
            ),
            tables: [...codedTables(years, threshold), ...(units.table ? [units.table] : [])],
            unitBreakdown: units.state,
            hours: hoursOf(years),
            informationSessions: informationSessionsOf(years),
            advice: '',
          });
          for (const table of document.tables) {
            for (const column of table.columns) {
              expect(column.cells.some((c) => small(c, threshold))).toBe(false);
            }
          }
          expect(auditReport(document)).toEqual([]);
          expect(exposedCells(document)).toEqual([]);
          // (c) a merged unit is never named, and "other units" never holds one unit alone.
          if (units.table?.code === 'units') {
            const named = new Set(
              units.table.rows.flatMap((r) => (r.kind === 'unit' ? [r.name] : [])),
            );
            const perUnit = new Map<string, number>();
            for (const c of current.cases) {
              if (c.unit) perUnit.set(c.unit.name, (perUnit.get(c.unit.name) ?? 0) + 1);
            }
            const unnamed = [...perUnit.keys()].filter((n) => !named.has(n));
            expect(unnamed.length).not.toBe(1);
            for (const name of named) expect(perUnit.get(name)!).toBeGreaterThanOrEqual(threshold);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
