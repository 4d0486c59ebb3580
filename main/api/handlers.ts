import type { CaseFileDatabase } from '../casefile';
import {
  appointmentsOfCase,
  cancelAppointment,
  completeAppointment,
  exportAppointmentsIcs,
  listAppointments,
  planAppointment,
  rescheduleAppointment,
} from '../services/appointments';
import {
  addFollowUp,
  addReferral,
  changeCaseStatus,
  completeFollowUp,
  getCase,
  listCases,
  markCase,
  recordIntake,
  searchCases,
  updateIntake,
} from '../services/cases';
import type { CaseFileSession } from '../services/casefile-session';
import { discardDraft, getDraft, saveDraft } from '../services/drafts';
import { dueItems } from '../services/due';
import { addNote, editNote, noteHistory } from '../services/notes';
import {
  addUnit,
  createOrganisation,
  getOrganisation,
  listOrganisations,
  renameUnit,
  setOrganisationArchived,
  setUnitArchived,
  updateOrganisation,
} from '../services/organisations';
import { contractTermsSchema } from '../../shared/schemas/contract';
import { contractTemplates } from '../services/billing';
import { createContract, listContracts, updateContract } from '../services/contracts';
import { deleteTimeEntry, listTimeEntries, recordHours, updateTimeEntry } from '../services/hours';
import {
  exportInvoice,
  exportInvoiceList,
  type ExportFile,
  type InvoiceExportFormat,
} from '../services/invoice-exports';
import { invoiceRun } from '../services/invoice-run';
import { buildAnnualReport, buildPracticeOverview } from '../services/report';
import { exportAnnualReport, exportPracticeOverview } from '../services/report-exports';
import {
  draftMonthlyInvoice,
  draftSubscriptionInvoice,
  getInvoiceDocument,
  issueCreditNote,
  issueMonthlyInvoice,
  issueSubscriptionInvoice,
  listInvoices,
} from '../services/invoices';
import {
  getPracticeLogo,
  getPracticeSettings,
  savePracticeLogo,
  savePracticeSettings,
} from '../services/practice-settings';
import type { Handlers } from './dispatch';
import { unavailablePlatform, type Platform } from './platform';

/** The time for stamps; injectable so tests and the harness can control it. */
export type Clock = () => Date;

/**
 * Every API call's handler, over one case-file session. Later issues add their services here;
 * the IPC wiring and the e2e harness pick them up without changes.
 */
export function createHandlers(
  session: CaseFileSession,
  clock: Clock = () => new Date(),
  platform: Platform = unavailablePlatform,
): Handlers {
  /** Every user action is one transaction on the open case file. */
  const inTransaction = <T>(work: (db: CaseFileDatabase) => T): T => {
    const { db } = session.requireOpen();
    return db.transaction(() => work(db))();
  };
  const database = () => session.requireOpen().db;
  const preview = (file: ExportFile) => ({
    fileName: file.fileName,
    mediaType: file.mediaType,
    base64: file.bytes.toString('base64'),
    text: file.text,
  });
  const save = (file: ExportFile) => platform.saveFile(file.fileName, file.bytes);
  const invoiceFile = ({ invoiceId, format }: { invoiceId: number; format: InvoiceExportFormat }) =>
    exportInvoice(database, invoiceId, format, platform.pdfFonts);
  const listFile = (input: {
    organisationId: number | null;
    year: number;
    format: 'csv_invoices' | 'csv_hours';
  }) => inTransaction((db) => exportInvoiceList(db, input, input.format));
  return {
    getCaseFileStatus: () => session.status(),
    createCaseFile: ({ passphrase }) => session.create(passphrase),
    unlock: ({ passphrase }) => session.unlock(passphrase),
    unlockWithRecoveryCode: ({ recoveryCode }) => session.unlockWithRecoveryCode(recoveryCode),
    lock: () => session.lock(),
    openDemoCaseFile: () => session.openDemo(clock()),
    changePassphrase: async ({ current, next }) => {
      await session.changePassphrase(current, next);
      return {};
    },
    getRecoveryCodeState: () => ({ confirmed: session.recoveryCodeConfirmed() }),
    confirmRecoveryCodeSaved: () => {
      session.confirmRecoveryCodeSaved();
      return {};
    },
    renewRecoveryCode: ({ passphrase }) => session.renewRecoveryCode(passphrase),

    listOrganisations: (input) => inTransaction((db) => listOrganisations(db, input)),
    getOrganisation: ({ id }) => inTransaction((db) => getOrganisation(db, id)),
    createOrganisation: (input) => inTransaction((db) => createOrganisation(db, input, clock())),
    updateOrganisation: ({ id, organisation }) =>
      inTransaction((db) => updateOrganisation(db, id, organisation, clock())),
    archiveOrganisation: ({ id }) =>
      inTransaction((db) => setOrganisationArchived(db, id, true, clock())),
    restoreOrganisation: ({ id }) =>
      inTransaction((db) => setOrganisationArchived(db, id, false, clock())),
    addUnit: ({ organisationId, name }) =>
      inTransaction((db) => addUnit(db, organisationId, name, clock())),
    renameUnit: ({ id, name }) => inTransaction((db) => renameUnit(db, id, name)),
    archiveUnit: ({ id }) => inTransaction((db) => setUnitArchived(db, id, true, clock())),
    restoreUnit: ({ id }) => inTransaction((db) => setUnitArchived(db, id, false, clock())),

    recordIntake: (input) => inTransaction((db) => recordIntake(db, input, clock())),
    updateIntake: ({ id, intake }) => inTransaction((db) => updateIntake(db, id, intake, clock())),
    getCase: ({ id }) => inTransaction((db) => getCase(db, id)),
    listCases: (filter) => inTransaction((db) => listCases(db, filter, clock())),
    searchCases: ({ query, limit }) =>
      inTransaction((db) => searchCases(db, query, limit, clock())),
    changeCaseStatus: ({ id, ...change }) =>
      inTransaction((db) => changeCaseStatus(db, id, change, clock())),
    markCase: ({ id, ...marks }) => inTransaction((db) => markCase(db, id, marks, clock())),
    addReferral: (input) => inTransaction((db) => addReferral(db, input, clock())),
    addFollowUp: (input) => inTransaction((db) => addFollowUp(db, input, clock())),
    completeFollowUp: ({ id, done }) =>
      inTransaction((db) => completeFollowUp(db, id, done, clock())),
    addNote: ({ caseId, note }) => inTransaction((db) => addNote(db, caseId, note, clock())),
    editNote: ({ id, note }) => inTransaction((db) => editNote(db, id, note, clock())),
    getNoteHistory: ({ id }) => inTransaction((db) => noteHistory(db, id)),
    getDueItems: ({ horizonDays }) => inTransaction((db) => dueItems(db, clock(), horizonDays)),
    planAppointment: (input) =>
      inTransaction((db) => appointmentsOfCase(db, planAppointment(db, input, clock()).caseId)),
    updateAppointment: ({ id, appointment }) =>
      inTransaction((db) =>
        appointmentsOfCase(db, rescheduleAppointment(db, id, appointment, clock()).caseId),
      ),
    cancelAppointment: ({ id }) =>
      inTransaction((db) => appointmentsOfCase(db, cancelAppointment(db, id, clock()).caseId)),
    completeAppointment: ({ id }) =>
      inTransaction((db) => appointmentsOfCase(db, completeAppointment(db, id, clock()).caseId)),
    listAppointments: (period) => inTransaction((db) => listAppointments(db, period)),
    listCaseAppointments: ({ caseId }) => inTransaction((db) => appointmentsOfCase(db, caseId)),
    exportAppointmentsIcs: ({ includePlace, ...period }) =>
      inTransaction((db) => exportAppointmentsIcs(db, period, includePlace, clock())),
    saveDraft: ({ form, content }) =>
      inTransaction((db) => {
        saveDraft(db, form, content, clock());
        return {};
      }),
    getDraft: ({ form }) => inTransaction((db) => getDraft(db, form)),

    getPracticeSettings: () => inTransaction((db) => getPracticeSettings(db)),
    savePracticeSettings: (input) =>
      inTransaction((db) => savePracticeSettings(db, input, clock())),
    getPracticeLogo: () =>
      inTransaction((db) => {
        const logo = getPracticeLogo(db);
        if (!logo) return null;
        const mediaType = logo[0] === 0x89 ? ('image/png' as const) : ('image/jpeg' as const);
        return { mediaType, base64: logo.toString('base64') };
      }),
    savePracticeLogo: ({ logo }) =>
      inTransaction((db) => {
        savePracticeLogo(db, logo ? Buffer.from(logo.base64, 'base64') : null, clock());
        return {};
      }),
    listContractTemplates: () =>
      contractTemplates.map((t) => ({
        ...t,
        toFillIn: [...t.toFillIn],
        terms: contractTermsSchema.parse(t.terms),
      })),
    listContracts: ({ organisationId }) => inTransaction((db) => listContracts(db, organisationId)),
    createContract: (input) => inTransaction((db) => createContract(db, input, clock())),
    updateContract: ({ id, contract }) =>
      inTransaction((db) => updateContract(db, id, contract, clock())),
    recordHours: (input) => inTransaction((db) => recordHours(db, input, clock())),
    updateTimeEntry: ({ id, entry }) =>
      inTransaction((db) => updateTimeEntry(db, id, entry, clock())),
    deleteTimeEntry: ({ id }) =>
      inTransaction((db) => {
        deleteTimeEntry(db, id);
        return {};
      }),
    listTimeEntries: (filter) => inTransaction((db) => listTimeEntries(db, filter)),
    getInvoiceRun: ({ month }) => inTransaction((db) => invoiceRun(db, month)),
    previewMonthlyInvoice: ({ organisationId, month, issueDate }) =>
      inTransaction((db) => draftMonthlyInvoice(db, organisationId, month, issueDate).document),
    issueMonthlyInvoice: ({ organisationId, month, issueDate }) =>
      inTransaction((db) => issueMonthlyInvoice(db, organisationId, month, issueDate, clock())),
    previewSubscriptionInvoice: ({ organisationId, year, issueDate }) =>
      inTransaction((db) => draftSubscriptionInvoice(db, organisationId, year, issueDate).document),
    issueSubscriptionInvoice: ({ organisationId, year, issueDate }) =>
      inTransaction((db) => issueSubscriptionInvoice(db, organisationId, year, issueDate, clock())),
    issueCreditNote: ({ invoiceId, issueDate }) =>
      inTransaction((db) => issueCreditNote(db, invoiceId, issueDate, clock())),
    listInvoices: (filter) => inTransaction((db) => listInvoices(db, filter)),
    getInvoiceDocument: ({ id }) => inTransaction((db) => getInvoiceDocument(db, id)),
    previewInvoiceExport: async (input) => preview(await invoiceFile(input)),
    saveInvoiceExport: async (input) => save(await invoiceFile(input)),
    previewInvoiceListExport: (input) => preview(listFile(input)),
    saveInvoiceListExport: (input) => save(listFile(input)),
    previewAnnualReport: (input) => inTransaction((db) => buildAnnualReport(db, input)),
    previewAnnualReportExport: async ({ report, format }) =>
      preview(await exportAnnualReport(database, report, format, platform.pdfFonts)),
    saveAnnualReportExport: async ({ report, format }) =>
      save(await exportAnnualReport(database, report, format, platform.pdfFonts)),
    previewPracticeOverview: (input) => inTransaction((db) => buildPracticeOverview(db, input)),
    previewPracticeOverviewExport: async ({ overview, format }) =>
      preview(await exportPracticeOverview(database, overview, format, platform.pdfFonts)),
    savePracticeOverviewExport: async ({ overview, format }) =>
      save(await exportPracticeOverview(database, overview, format, platform.pdfFonts)),
    discardDraft: ({ form }) =>
      inTransaction((db) => {
        discardDraft(db, form);
        return {};
      }),
  };
}
