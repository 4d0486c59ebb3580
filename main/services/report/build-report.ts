import {
  annualReportDocumentSchema,
  annualReportInputSchema,
  type AnnualReportDocument,
  type AnnualReportInput,
} from '../../../shared/schemas/annual-report';
import type { CaseFileDatabase } from '../../casefile';
import { getOrganisation } from '../organisations';
import { casesPerYear, yearFacts } from './case-facts';
import { finishReport, practiceOf, reportMoment } from './finish';
import {
  codedTables,
  hoursOf,
  informationSessionsOf,
  summaryColumn,
  trendPoints,
  unitsTable,
} from './report-tables';

/**
 * The anonymised annual report of one organisation for one Dutch calendar year, with the
 * previous year beside it and the trend of up to five years, every figure protected
 * (suppression.ts) and the whole checked (finish.ts). The advice is the counsellor's own text
 * for this report; the export's leak guard reads it like everything else.
 */
export function buildAnnualReport(
  db: CaseFileDatabase,
  request: AnnualReportInput,
): AnnualReportDocument {
  const input = annualReportInputSchema.parse(request);
  const organisation = getOrganisation(db, input.organisationId);
  const { practiceName, threshold } = practiceOf(db, input.threshold);
  const now = reportMoment(input.generatedOn);
  const scope = { organisationId: organisation.id };
  const years = [input.year, input.year - 1].map((year) => yearFacts(db, scope, year, now));
  const units = unitsTable(years[0]!, threshold);
  return finishReport(annualReportDocumentSchema, {
    kind: 'annual_report',
    organisationName: organisation.legalName,
    practiceName,
    year: input.year,
    language: input.language,
    generatedOn: input.generatedOn,
    threshold,
    summary: years.map((facts) => summaryColumn(facts, threshold)),
    trend: trendPoints(casesPerYear(db, scope, input.year), threshold),
    tables: [...codedTables(years, threshold), ...(units.table ? [units.table] : [])],
    unitBreakdown: units.state,
    hours: hoursOf(years),
    informationSessions: informationSessionsOf(years),
    advice: input.advice.trim(),
  });
}
