import type { z } from 'zod';
import type { ReportDocument } from '../../../shared/schemas/annual-report';
import { nextDay, startOfDutchDay } from '../../../shared/dutch-time';
import type { CaseFileDatabase } from '../../casefile';
import { AppError } from '../../errors';
import { getPracticeSettings } from '../practice-settings';
import { auditReport } from './disclosure-audit';
import { reportThreshold } from './suppression';

/** The end of the report's day (Dutch time): what is due later is still pending then. */
export function reportMoment(generatedOn: string): Date {
  return new Date(startOfDutchDay(nextDay(generatedOn)));
}

/** The practice's name as it signs reports, and the threshold the report uses. */
export function practiceOf(db: CaseFileDatabase, threshold: number | null) {
  const settings = getPracticeSettings(db);
  if (!settings) throw new AppError('PRACTICE_DETAILS_MISSING');
  return {
    practiceName: settings.tradingName ?? settings.name,
    threshold: reportThreshold(threshold ?? settings.anonymityThreshold),
  };
}

/**
 * The last gate before a report is handed out: its schema (no small count published, totals
 * consistent) and the disclosure audit (no hidden cell computable). Either failing is a bug in
 * the builder, never something the counsellor can fix, so nothing is returned then.
 */
export function finishReport<S extends z.ZodType<ReportDocument>>(
  schema: S,
  document: z.input<S>,
): z.output<S> {
  const parsed = schema.safeParse(document);
  if (!parsed.success) throw new AppError('INTERNAL', 'report document');
  if (auditReport(parsed.data).length > 0) throw new AppError('INTERNAL', 'report disclosure');
  return parsed.data;
}
