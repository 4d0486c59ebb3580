import {
  practiceOverviewDocumentSchema,
  practiceOverviewInputSchema,
  type PracticeOverviewDocument,
  type PracticeOverviewInput,
} from '../../../shared/schemas/annual-report';
import type { CaseFileDatabase } from '../../casefile';
import { casesPerYear, yearFacts } from './case-facts';
import { finishReport, practiceOf, reportMoment } from './finish';
import {
  codedTables,
  hoursOf,
  informationSessionsOf,
  organisationsTable,
  summaryColumn,
  trendPoints,
} from './report-tables';

/**
 * The counsellor's overview of a year across all organisations: their own annual review and
 * the figures a professional association asks of its members. It goes to the counsellor and
 * the association, never to an employer (an employer holding it beside its own report could
 * subtract), and carries the same protection: small counts hidden, complementary cells,
 * organisations named only with enough cases and never one alone in "other organisations".
 */
export function buildPracticeOverview(
  db: CaseFileDatabase,
  request: PracticeOverviewInput,
): PracticeOverviewDocument {
  const input = practiceOverviewInputSchema.parse(request);
  const { practiceName, threshold } = practiceOf(db, input.threshold);
  const now = reportMoment(input.generatedOn);
  const scope = { organisationId: null };
  const years = [input.year, input.year - 1].map((year) => yearFacts(db, scope, year, now));
  const organisations = input.nameOrganisations
    ? organisationsTable(years[0]!, threshold)
    : { state: 'none' as const, table: null };
  return finishReport(practiceOverviewDocumentSchema, {
    kind: 'practice_overview',
    practiceName,
    year: input.year,
    language: input.language,
    generatedOn: input.generatedOn,
    threshold,
    summary: years.map((facts) => summaryColumn(facts, threshold)),
    trend: trendPoints(casesPerYear(db, scope, input.year), threshold),
    tables: [
      ...codedTables(years, threshold),
      ...(organisations.table ? [organisations.table] : []),
    ],
    organisationCounts: years.map((facts) => ({
      year: facts.year,
      organisations: new Set(facts.cases.map((c) => c.organisationId)).size,
    })),
    organisationBreakdown: organisations.state,
    hours: hoursOf(years),
    informationSessions: informationSessionsOf(years),
  });
}
