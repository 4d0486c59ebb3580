import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AnnualReportDocument,
  ReportCell,
  ReportDocument,
  ReportTableCode,
} from '../../../shared/schemas/annual-report';
import { buildAnnualReport, buildPracticeOverview, auditReport } from './index';
import {
  ADVICE,
  GENERATED_ON,
  openReportFixture,
  type ReportFixture,
} from './test-support/fixture';
import { exposedCells } from './test-support/oracle';

const S = '< 5';
const X = '•';
const W = 'withheld';

const mark = (cell: ReportCell) =>
  cell.kind === 'count'
    ? cell.value
    : cell.reason === 'small'
      ? S
      : cell.reason === 'complementary'
        ? X
        : W;

/** A table as { row: [this year, previous year], total: [...] }, as a reader would copy it. */
function table(document: ReportDocument, code: ReportTableCode) {
  const found = document.tables.find((t) => t.code === code);
  if (!found) return undefined;
  const keys = found.rows.map((row) =>
    typeof row === 'string'
      ? row
      : row.kind === 'unit' || row.kind === 'organisation'
        ? row.name
        : row.kind,
  );
  const result: Record<string, (number | string)[]> = {};
  keys.forEach((key, i) => {
    result[key] = found.columns.map((column) => mark(column.cells[i]!));
  });
  result.total = found.columns.map((column) => mark(column.total));
  return result;
}

let fixture: ReportFixture;
let report: AnnualReportDocument;

beforeAll(async () => {
  fixture = await openReportFixture();
  report = buildAnnualReport(fixture.db, {
    organisationId: fixture.linde,
    year: 2026,
    language: 'nl',
    threshold: 5,
    advice: `  ${ADVICE}\n`,
    generatedOn: GENERATED_ON,
  });
});

afterAll(async () => {
  await fixture.dispose();
});

describe('the annual report of Zorggroep De Linde for 2026 (hand-counted)', () => {
  it('names the employer and the practice, and keeps the advice', () => {
    expect(report).toMatchObject({
      kind: 'annual_report',
      organisationName: 'Zorggroep De Linde B.V.',
      practiceName: 'Vertrouwd Advies',
      year: 2026,
      language: 'nl',
      generatedOn: '2026-12-31',
      threshold: 5,
      advice: ADVICE,
    });
  });

  it('counts cases and contacts of the Dutch calendar year, without test, duplicate or 2027 cases', () => {
    const summary = report.summary.map((s) => [s.year, mark(s.cases), mark(s.contacts)]);
    // Contacts 2026: 22 first conversations, 5 calls, 1 conversation on a 2025 case.
    expect(summary).toEqual([
      [2026, 25, 28],
      [2025, 15, 15],
    ]);
    expect(report.trend.map((t) => [t.year, mark(t.cases)])).toEqual([
      [2023, S],
      [2024, 8],
      [2025, 15],
      [2026, 25],
    ]);
  });

  it('counts behaviours per case, with every case in at least one', () => {
    expect(table(report, 'behaviours_undesirable')).toEqual({
      bullying: [11, X],
      gossip: [5, 0],
      threat: [0, 0],
      aggression: [S, 0],
      violence: [0, 0],
      sexual_harassment: [S, S],
      discrimination: [0, 0],
      total: [25, 15],
    });
    expect(table(report, 'behaviours_integrity')).toEqual({
      suspected_wrongdoing: [S, 0],
      whistleblower_act: [0, 0],
      eu_law_breach: [0, 0],
      abuse_of_power: [S, 0],
      theft_fraud: [0, 0],
      corruption: [0, 0],
      extortion: [0, 0],
      total: [25, 15],
    });
    expect(table(report, 'behaviours_out_of_scope')).toEqual({
      working_hours: [0, 0],
      workload: [6, 0],
      promotion: [0, 0],
      out_of_scope_other: [0, 0],
      total: [25, 15],
    });
  });

  it('protects the additive tables, hiding a large cell beside a lone small one', () => {
    expect(table(report, 'relations')).toEqual({
      colleague: [9, 7],
      manager: [10, 8],
      senior_management: [S, 0],
      client: [0, 0],
      other: [S, 0],
      not_recorded: [S, 0],
      total: [25, 15],
    });
    expect(table(report, 'roles')).toEqual({
      employee: [18, 15],
      manager: [X, 0],
      temp_worker: [S, 0],
      intern: [0, 0],
      former_employee: [0, 0],
      other: [0, 0],
      total: [25, 15],
    });
    expect(table(report, 'channels')).toEqual({
      phone: [12, 7],
      email: [6, S],
      whatsapp: [0, 0],
      in_person: [7, X],
      other: [0, 0],
      total: [25, 15],
    });
    expect(table(report, 'outcomes')).toEqual({
      first_reception_only: [6, S],
      informal_solution: [5, S],
      mediation: [S, 0],
      referred: [S, X],
      formal_complaint: [S, 0],
      police_report: [0, 0],
      reporter_withdrew: [0, 0],
      no_further_action: [0, 0],
      other: [0, 0],
      open: [9, 0],
      total: [25, 15],
    });
    expect(table(report, 'reaction_time')).toEqual({
      met: [20, X],
      missed: [S, S],
      pending: [S, 0],
      total: [25, 15],
    });
  });

  it('counts referrals per case and kind (two referrals of one kind count once)', () => {
    expect(table(report, 'referrals')).toEqual({
      mediator: [S, 0],
      company_doctor: [S, 5],
      complaints_committee: [S, 0],
      police: [0, 0],
      legal_aid: [0, 0],
      other: [0, 0],
      total: [25, 15],
    });
  });

  it('names only Zorg Noord: Facilitair (4) is merged, and with it Zorg Zuid so it is not alone', () => {
    expect(report.unitBreakdown).toBe('shown');
    expect(table(report, 'units')).toEqual({
      'Zorg Noord': [12],
      other_units: [13],
      total: [25],
    });
    expect(JSON.stringify(report)).not.toMatch(/Facilitair|Zorg Zuid/);
  });

  it('sums hours per activity (not cancelled, not on a test case) and information sessions', () => {
    expect(report.hours.columns).toEqual([
      { year: 2026, minutes: [900, 180, 0, 210, 0, 0, 45, 0], totalMinutes: 1335 },
      { year: 2025, minutes: [600, 0, 0, 120, 0, 0, 0, 0], totalMinutes: 720 },
    ]);
    expect(report.informationSessions).toEqual([
      { year: 2026, sessions: 2, minutes: 210 },
      { year: 2025, sessions: 1, minutes: 120 },
    ]);
  });

  it('passes its own audit and the brute-force reader: no hidden cell can be worked out', () => {
    expect(auditReport(report)).toEqual([]);
    expect(exposedCells(report)).toEqual([]);
  });

  it('shows the previous year exactly as that year’s own report does', () => {
    const last = buildAnnualReport(fixture.db, {
      organisationId: fixture.linde,
      year: 2025,
      threshold: 5,
      generatedOn: GENERATED_ON,
    });
    for (const t of report.tables) {
      if (t.code === 'units') continue;
      const own = last.tables.find((o) => o.code === t.code)!;
      expect(t.columns[1]).toEqual(own.columns[0]);
    }
    expect(report.summary[1]).toEqual(last.summary[0]);
  });
});

describe('small organisations and settings', () => {
  it('does not break down a year with fewer than 5 cases', () => {
    const small = buildAnnualReport(fixture.db, {
      organisationId: fixture.kleineKern,
      year: 2026,
      threshold: 5,
      generatedOn: GENERATED_ON,
    });
    expect(small.summary.map((s) => [mark(s.cases), mark(s.contacts)])).toEqual([
      [S, W],
      [0, 0],
    ]);
    expect(small.trend.map((t) => [t.year, mark(t.cases)])).toEqual([[2026, S]]);
    expect(table(small, 'channels')).toEqual({
      phone: [W, 0],
      email: [W, 0],
      whatsapp: [W, 0],
      in_person: [W, 0],
      other: [W, 0],
      total: [S, 0],
    });
    expect(small.tables.every((t) => t.columns[0]!.withheld)).toBe(true);
    expect(small.unitBreakdown).toBe('none');
    expect(exposedCells(small)).toEqual([]);
  });

  it('takes the threshold from the settings, and never below 3', () => {
    const fromSettings = buildAnnualReport(fixture.db, {
      organisationId: fixture.linde,
      year: 2026,
      generatedOn: GENERATED_ON,
    });
    expect(fromSettings.threshold).toBe(5);
    const two = buildAnnualReport(fixture.db, {
      organisationId: fixture.linde,
      year: 2026,
      threshold: 2,
      generatedOn: GENERATED_ON,
    });
    expect(two.threshold).toBe(3);
    // With 3, Facilitair (4) is named; Zorg Noord and Zorg Zuid too.
    expect(table(two, 'units')).toEqual({
      Facilitair: [4],
      'Zorg Noord': [12],
      'Zorg Zuid': [9],
      total: [25],
    });
    expect(exposedCells(two)).toEqual([]);
  });

  it('refuses an unknown organisation and an advice that is too long', () => {
    expect(() =>
      buildAnnualReport(fixture.db, { organisationId: 999, year: 2026, generatedOn: GENERATED_ON }),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() =>
      buildAnnualReport(fixture.db, {
        organisationId: fixture.linde,
        year: 2026,
        generatedOn: GENERATED_ON,
        advice: 'x'.repeat(10_001),
      }),
    ).toThrow();
  });
});

describe('the practice overview for 2026', () => {
  it('counts across organisations, names only large ones, and never one alone as "other"', () => {
    const overview = buildPracticeOverview(fixture.db, {
      year: 2026,
      threshold: 5,
      generatedOn: GENERATED_ON,
    });
    expect(overview.summary.map((s) => [s.year, mark(s.cases), mark(s.contacts)])).toEqual([
      [2026, 34, 37],
      [2025, 15, 15],
    ]);
    expect(overview.organisationCounts).toEqual([
      { year: 2026, organisations: 3 },
      { year: 2025, organisations: 1 },
    ]);
    // Kleine Kern (3) is the only small one, so Noorddorp (6) is merged with it.
    expect(table(overview, 'organisations')).toEqual({
      'Zorggroep De Linde B.V.': [25],
      other_organisations: [9],
      total: [34],
    });
    expect(JSON.stringify(overview)).not.toMatch(/Kleine Kern|Noorddorp/);
    expect(table(overview, 'channels')).toEqual({
      phone: [21, 7],
      email: [6, S],
      whatsapp: [0, 0],
      in_person: [7, X],
      other: [0, 0],
      total: [34, 15],
    });
    expect(table(overview, 'roles')).toEqual({
      employee: [27, 15],
      manager: [X, 0],
      temp_worker: [S, 0],
      intern: [0, 0],
      former_employee: [0, 0],
      other: [0, 0],
      total: [34, 15],
    });
    expect(overview.hours.columns[0]).toEqual({
      year: 2026,
      minutes: [1140, 180, 0, 210, 0, 0, 45, 0],
      totalMinutes: 1575,
    });
    expect(auditReport(overview)).toEqual([]);
    expect(exposedCells(overview)).toEqual([]);

    const unnamed = buildPracticeOverview(fixture.db, {
      year: 2026,
      generatedOn: GENERATED_ON,
      nameOrganisations: false,
    });
    expect(unnamed.organisationBreakdown).toBe('none');
    expect(JSON.stringify(unnamed)).not.toContain('De Linde');
  });
});
