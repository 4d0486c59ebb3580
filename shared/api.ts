import { z } from 'zod';
import {
  caseFileStatusSchema,
  changePassphraseInputSchema,
  createCaseFileInputSchema,
  createCaseFileOutputSchema,
  emptySchema,
  recoveryCodeStateSchema,
  renewRecoveryCodeInputSchema,
  unlockInputSchema,
  unlockWithRecoveryCodeInputSchema,
} from './schemas/casefile';
import type { ApiCall } from './api-names';
import { unlockDelaySchema } from './unlock-delay';
import {
  appointmentPeriodSchema,
  caseAppointmentsInputSchema,
  caseAppointmentsSchema,
  exportIcsInputSchema,
  icsExportSchema,
  planAppointmentInputSchema,
  updateAppointmentInputSchema,
} from './schemas/appointment';
import {
  addFollowUpInputSchema,
  addNoteInputSchema,
  addReferralInputSchema,
  caseDetailSchema,
  caseFilterSchema,
  caseSummarySchema,
  changeStatusInputSchema,
  completeFollowUpInputSchema,
  draftKeyInputSchema,
  draftSchema,
  dueItemSchema,
  dueItemsInputSchema,
  editNoteInputSchema,
  intakeInputSchema,
  markCaseInputSchema,
  noteSchema,
  noteVersionSchema,
  saveDraftInputSchema,
  searchCasesInputSchema,
  updateIntakeInputSchema,
} from './schemas/case';
import { byIdSchema } from './schemas/common';
import {
  addUnitInputSchema,
  listOrganisationsInputSchema,
  organisationInputSchema,
  organisationSchema,
  organisationSummarySchema,
  renameUnitInputSchema,
  updateOrganisationInputSchema,
} from './schemas/organisation';
import {
  contractInputSchema,
  contractSchema,
  contractTemplateSchema,
  listContractsInputSchema,
  updateContractInputSchema,
} from './schemas/contract';
import {
  listTimeEntriesInputSchema,
  timeEntryInputSchema,
  timeEntrySchema,
  updateTimeEntryInputSchema,
} from './schemas/hours';
import {
  creditNoteInputSchema,
  exportInvoiceInputSchema,
  exportListInputSchema,
  exportPreviewSchema,
  exportSavedSchema,
  invoiceRunInputSchema,
  invoiceRunItemSchema,
  invoiceSummarySchema,
  listInvoicesInputSchema,
  monthlyInvoiceInputSchema,
  subscriptionInvoiceInputSchema,
} from './schemas/invoice';
import { invoiceDocumentSchema } from './schemas/invoice-document';
import {
  practiceLogoInputSchema,
  practiceSettingsInputSchema,
  practiceSettingsSchema,
} from './schemas/practice';
import {
  annualReportDocumentSchema,
  annualReportInputSchema,
  practiceOverviewDocumentSchema,
  practiceOverviewInputSchema,
} from './schemas/annual-report';
import {
  auditEntrySchema,
  backUpNowOutputSchema,
  backupStateSchema,
  destroyCasesInputSchema,
  destroyCasesOutputSchema,
  listAuditLogInputSchema,
  restoreBackupInputSchema,
  restoreBackupOutputSchema,
  retentionCaseSchema,
  safetySettingsSchema,
} from './schemas/safety';
import { tourStateSchema } from './schemas/tour';
import {
  exportHandoverInputSchema,
  exportHandoverOutputSchema,
  handoverCandidateSchema,
  importHandoverInputSchema,
  importHandoverOutputSchema,
} from './schemas/handover';
import type { Result } from './result';

export { apiCalls, IPC_PREFIX, isApiCall, type ApiCall } from './api-names';

/**
 * The whole API between renderer and main. Each call has an input and an output schema; main
 * validates both, the renderer validates input for its messages. Later issues add calls here
 * (and their names in api-names.ts)
 * and a handler in main/api/handlers; the wiring (preload, IPC, e2e harness) is generic.
 */
/** The files a report leaves the machine as. */
const reportFormatSchema = z.enum(['pdf', 'csv']);

export const api = {
  getCaseFileStatus: { input: emptySchema, output: caseFileStatusSchema },
  createCaseFile: { input: createCaseFileInputSchema, output: createCaseFileOutputSchema },
  unlock: { input: unlockInputSchema, output: caseFileStatusSchema },
  unlockWithRecoveryCode: {
    input: unlockWithRecoveryCodeInputSchema,
    output: caseFileStatusSchema,
  },
  lock: { input: emptySchema, output: caseFileStatusSchema },
  // How long the unlock screen must wait after wrong attempts (main enforces it).
  getUnlockDelay: { input: emptySchema, output: unlockDelaySchema },
  openDemoCaseFile: { input: emptySchema, output: caseFileStatusSchema },
  changePassphrase: { input: changePassphraseInputSchema, output: emptySchema },
  getRecoveryCodeState: { input: emptySchema, output: recoveryCodeStateSchema },
  confirmRecoveryCodeSaved: { input: emptySchema, output: emptySchema },
  renewRecoveryCode: { input: renewRecoveryCodeInputSchema, output: createCaseFileOutputSchema },
  getTourState: { input: emptySchema, output: tourStateSchema },
  markTourDone: { input: emptySchema, output: emptySchema },
  listOrganisations: {
    input: listOrganisationsInputSchema,
    output: z.array(organisationSummarySchema),
  },
  getOrganisation: { input: byIdSchema, output: organisationSchema },
  createOrganisation: { input: organisationInputSchema, output: organisationSchema },
  updateOrganisation: { input: updateOrganisationInputSchema, output: organisationSchema },
  archiveOrganisation: { input: byIdSchema, output: organisationSchema },
  restoreOrganisation: { input: byIdSchema, output: organisationSchema },
  addUnit: { input: addUnitInputSchema, output: organisationSchema },
  renameUnit: { input: renameUnitInputSchema, output: organisationSchema },
  archiveUnit: { input: byIdSchema, output: organisationSchema },
  restoreUnit: { input: byIdSchema, output: organisationSchema },
  recordIntake: { input: intakeInputSchema, output: caseDetailSchema },
  updateIntake: { input: updateIntakeInputSchema, output: caseDetailSchema },
  getCase: { input: byIdSchema, output: caseDetailSchema },
  listCases: { input: caseFilterSchema, output: z.array(caseSummarySchema) },
  searchCases: { input: searchCasesInputSchema, output: z.array(caseSummarySchema) },
  changeCaseStatus: { input: changeStatusInputSchema, output: caseDetailSchema },
  markCase: { input: markCaseInputSchema, output: caseDetailSchema },
  addReferral: { input: addReferralInputSchema, output: caseDetailSchema },
  addFollowUp: { input: addFollowUpInputSchema, output: caseDetailSchema },
  completeFollowUp: { input: completeFollowUpInputSchema, output: caseDetailSchema },
  addNote: { input: addNoteInputSchema, output: noteSchema },
  editNote: { input: editNoteInputSchema, output: noteSchema },
  getNoteHistory: { input: byIdSchema, output: z.array(noteVersionSchema) },
  getDueItems: { input: dueItemsInputSchema, output: z.array(dueItemSchema) },
  // Changes to an appointment answer with all appointments of its case, for the case screen.
  planAppointment: { input: planAppointmentInputSchema, output: caseAppointmentsSchema },
  updateAppointment: { input: updateAppointmentInputSchema, output: caseAppointmentsSchema },
  cancelAppointment: { input: byIdSchema, output: caseAppointmentsSchema },
  completeAppointment: { input: byIdSchema, output: caseAppointmentsSchema },
  listAppointments: { input: appointmentPeriodSchema, output: caseAppointmentsSchema },
  listCaseAppointments: { input: caseAppointmentsInputSchema, output: caseAppointmentsSchema },
  exportAppointmentsIcs: { input: exportIcsInputSchema, output: icsExportSchema },
  saveAppointmentsIcs: { input: exportIcsInputSchema, output: exportSavedSchema },
  saveDraft: { input: saveDraftInputSchema, output: emptySchema },
  getDraft: { input: draftKeyInputSchema, output: draftSchema },
  discardDraft: { input: draftKeyInputSchema, output: emptySchema },
  getPracticeSettings: { input: emptySchema, output: practiceSettingsSchema.nullable() },
  savePracticeSettings: { input: practiceSettingsInputSchema, output: practiceSettingsSchema },
  getPracticeLogo: { input: emptySchema, output: practiceLogoInputSchema.nullable() },
  savePracticeLogo: {
    input: z.object({ logo: practiceLogoInputSchema.nullable() }).strict(),
    output: emptySchema,
  },
  listContractTemplates: { input: emptySchema, output: z.array(contractTemplateSchema) },
  listContracts: { input: listContractsInputSchema, output: z.array(contractSchema) },
  createContract: { input: contractInputSchema, output: contractSchema },
  updateContract: { input: updateContractInputSchema, output: contractSchema },
  recordHours: { input: timeEntryInputSchema, output: timeEntrySchema },
  updateTimeEntry: { input: updateTimeEntryInputSchema, output: timeEntrySchema },
  deleteTimeEntry: { input: byIdSchema, output: emptySchema },
  listTimeEntries: { input: listTimeEntriesInputSchema, output: z.array(timeEntrySchema) },
  getInvoiceRun: { input: invoiceRunInputSchema, output: z.array(invoiceRunItemSchema) },
  previewMonthlyInvoice: { input: monthlyInvoiceInputSchema, output: invoiceDocumentSchema },
  issueMonthlyInvoice: { input: monthlyInvoiceInputSchema, output: invoiceSummarySchema },
  previewSubscriptionInvoice: {
    input: subscriptionInvoiceInputSchema,
    output: invoiceDocumentSchema,
  },
  issueSubscriptionInvoice: { input: subscriptionInvoiceInputSchema, output: invoiceSummarySchema },
  issueCreditNote: { input: creditNoteInputSchema, output: invoiceSummarySchema },
  listInvoices: { input: listInvoicesInputSchema, output: z.array(invoiceSummarySchema) },
  getInvoiceDocument: { input: byIdSchema, output: invoiceDocumentSchema },
  previewInvoiceExport: { input: exportInvoiceInputSchema, output: exportPreviewSchema },
  saveInvoiceExport: { input: exportInvoiceInputSchema, output: exportSavedSchema },
  previewInvoiceListExport: { input: exportListInputSchema, output: exportPreviewSchema },
  saveInvoiceListExport: { input: exportListInputSchema, output: exportSavedSchema },
  getSafetySettings: { input: emptySchema, output: safetySettingsSchema },
  saveSafetySettings: { input: safetySettingsSchema, output: safetySettingsSchema },
  getBackupState: { input: emptySchema, output: backupStateSchema },
  // The folder is chosen in main (a native dialog); only folder names come back.
  backUpNow: { input: emptySchema, output: backUpNowOutputSchema },
  restoreBackup: { input: restoreBackupInputSchema, output: restoreBackupOutputSchema },
  listCasesPastRetention: { input: emptySchema, output: z.array(retentionCaseSchema) },
  destroyCases: { input: destroyCasesInputSchema, output: destroyCasesOutputSchema },
  listAuditLog: { input: listAuditLogInputSchema, output: z.array(auditEntrySchema) },
  previewAnnualReport: { input: annualReportInputSchema, output: annualReportDocumentSchema },
  previewAnnualReportExport: {
    input: z.object({ report: annualReportInputSchema, format: reportFormatSchema }).strict(),
    output: exportPreviewSchema,
  },
  saveAnnualReportExport: {
    input: z.object({ report: annualReportInputSchema, format: reportFormatSchema }).strict(),
    output: exportSavedSchema,
  },
  previewPracticeOverview: {
    input: practiceOverviewInputSchema,
    output: practiceOverviewDocumentSchema,
  },
  previewPracticeOverviewExport: {
    input: z.object({ overview: practiceOverviewInputSchema, format: reportFormatSchema }).strict(),
    output: exportPreviewSchema,
  },
  savePracticeOverviewExport: {
    input: z.object({ overview: practiceOverviewInputSchema, format: reportFormatSchema }).strict(),
    output: exportSavedSchema,
  },
  // Handover to a successor: main chooses the folder (a native dialog); only names come back.
  listHandoverCandidates: { input: emptySchema, output: z.array(handoverCandidateSchema) },
  exportHandover: { input: exportHandoverInputSchema, output: exportHandoverOutputSchema },
  importHandover: { input: importHandoverInputSchema, output: importHandoverOutputSchema },
} as const satisfies { [K in ApiCall]: { input: z.ZodType; output: z.ZodType } };

export type Api = typeof api;

export type ApiInput<K extends ApiCall> = z.input<Api[K]['input']>;
export type ApiOutput<K extends ApiCall> = z.output<Api[K]['output']>;

/** The shape of window.vp: one async function per call, never throwing. */
export type VpApi = { [K in ApiCall]: (input: ApiInput<K>) => Promise<Result<ApiOutput<K>>> };
