/** The annual report and the practice overview: anonymised documents from the case file. */
export { buildAnnualReport } from './build-report';
export { buildPracticeOverview } from './build-overview';
export { auditReport, type AuditFinding } from './disclosure-audit';
export { MINIMUM_REPORT_THRESHOLD, reportThreshold } from './suppression';
