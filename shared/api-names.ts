/**
 * The names of the API calls, apart from their schemas, so the sandboxed preload can expose
 * window.vp without bundling zod. shared/api.ts must define exactly these calls (the type
 * checker enforces it there).
 */
export const apiCalls = [
  'getCaseFileStatus',
  'createCaseFile',
  'unlock',
  'unlockWithRecoveryCode',
  'lock',
  'openDemoCaseFile',
  'changePassphrase',
  'getRecoveryCodeState',
  'confirmRecoveryCodeSaved',
  'renewRecoveryCode',
  'listOrganisations',
  'getOrganisation',
  'createOrganisation',
  'updateOrganisation',
  'archiveOrganisation',
  'restoreOrganisation',
  'addUnit',
  'renameUnit',
  'archiveUnit',
  'restoreUnit',
  'recordIntake',
  'updateIntake',
  'getCase',
  'listCases',
  'searchCases',
  'changeCaseStatus',
  'markCase',
  'addReferral',
  'addFollowUp',
  'completeFollowUp',
  'addNote',
  'editNote',
  'getNoteHistory',
  'getDueItems',
  'planAppointment',
  'updateAppointment',
  'cancelAppointment',
  'completeAppointment',
  'listAppointments',
  'listCaseAppointments',
  'exportAppointmentsIcs',
  'saveDraft',
  'getDraft',
  'discardDraft',
  'getPracticeSettings',
  'savePracticeSettings',
  'getPracticeLogo',
  'savePracticeLogo',
  'listContractTemplates',
  'listContracts',
  'createContract',
  'updateContract',
  'recordHours',
  'updateTimeEntry',
  'deleteTimeEntry',
  'listTimeEntries',
  'getInvoiceRun',
  'previewMonthlyInvoice',
  'issueMonthlyInvoice',
  'previewSubscriptionInvoice',
  'issueSubscriptionInvoice',
  'issueCreditNote',
  'listInvoices',
  'getInvoiceDocument',
  'previewInvoiceExport',
  'saveInvoiceExport',
  'previewInvoiceListExport',
  'saveInvoiceListExport',
] as const;

export type ApiCall = (typeof apiCalls)[number];

/** The IPC channel prefix; main accepts only channels built from the names above. */
export const IPC_PREFIX = 'vp:';

export function isApiCall(name: unknown): name is ApiCall {
  return typeof name === 'string' && (apiCalls as readonly string[]).includes(name);
}
