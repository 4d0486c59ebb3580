import type { CaseFileDatabase } from '../casefile';
import {
  appointmentsOfCase,
  cancelAppointment,
  completeAppointment,
  exportAppointmentsIcs,
  ICS_FILE_NAME,
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
import {
  invoiceExportRecord,
  listAuditLog,
  recordAudit,
  yearExportRecord,
  type AuditRecord,
} from '../services/audit-log';
import { backUpNow, getBackupState, recordRestore } from '../services/backups';
import { destroyCases, listCasesPastRetention } from '../services/retention';
import { getSafetySettings, saveSafetySettings } from '../services/safety-settings';
import {
  checkHandoverSelection,
  checkSuccessorPassphrase,
  exportHandover,
  listHandoverCandidates,
  receiveHandover,
} from '../services/handover';
import { readHandoverPackage } from '../services/handover-package';
import { isTourDone, markTourDone } from '../services/tour';
import type { ExportKind } from '../../shared/schemas/safety';
import { AppError, isAppError } from '../errors';
import type { Handlers } from './dispatch';
import { unavailablePlatform, type Platform } from './platform';

const invoiceExportKinds: Record<InvoiceExportFormat, ExportKind> = {
  pdf: 'invoice_pdf',
  ubl: 'invoice_ubl',
  csv_invoices: 'invoice_csv',
  csv_hours: 'invoice_hours_csv',
};

const listExportKinds: Record<'csv_invoices' | 'csv_hours', ExportKind> = {
  csv_invoices: 'invoice_list_csv',
  csv_hours: 'hours_list_csv',
};

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
  /**
   * Saves an export where the counsellor says, and records in the audit log that it left the
   * machine: on save, not on preview, and only when it was saved. The entry is made after
   * the dialog; should the case file have been locked meanwhile, the file is saved
   * but cannot be recorded, and the answer still says it was saved (the opposite is untrue).
   */
  const save = async (file: ExportFile, record: (db: CaseFileDatabase) => AuditRecord) => {
    const result = await platform.saveFile(file.fileName, file.bytes);
    if (result.saved) {
      try {
        inTransaction((db) => recordAudit(db, record(db), clock()));
      } catch (err) {
        if (!(isAppError(err) && err.code === 'LOCKED')) throw err;
      }
    }
    return result;
  };
  /**
   * Records an unlock in the file just opened. A file that cannot take the entry (a full disk)
   * still opens: the counsellor must be able to get at the case file to make room or a backup.
   */
  const unlocked = <T>(status: T, method: 'passphrase' | 'recoveryCode'): T => {
    try {
      inTransaction((db) => recordAudit(db, { kind: 'unlock', method }, clock()));
    } catch (err) {
      // By code only: an error's message may quote SQL.
      console.error(`[vp] unlock not recorded (${(err as { code?: string }).code ?? 'error'})`);
    }
    return status;
  };
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
    unlock: async ({ passphrase }) => unlocked(await session.unlock(passphrase), 'passphrase'),
    unlockWithRecoveryCode: async ({ recoveryCode }) =>
      unlocked(await session.unlockWithRecoveryCode(recoveryCode), 'recoveryCode'),
    lock: () => session.lock(),
    getUnlockDelay: () => session.unlockDelay(),
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
    getTourState: () => inTransaction((db) => ({ done: isTourDone(db) })),
    markTourDone: () =>
      inTransaction((db) => {
        markTourDone(db, clock());
        return {};
      }),

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
    // The preview stays inside the app; the file leaves the machine when saved, recorded then.
    exportAppointmentsIcs: ({ includePlace, ...period }) =>
      inTransaction((db) => exportAppointmentsIcs(db, period, includePlace, clock())),
    saveAppointmentsIcs: async ({ includePlace, ...period }) => {
      const ics = inTransaction((db) => exportAppointmentsIcs(db, period, includePlace, clock()));
      const result = await platform.saveFile(ICS_FILE_NAME, Buffer.from(ics.text, 'utf8'));
      if (result.saved) {
        inTransaction((db) =>
          recordAudit(
            db,
            {
              kind: 'export',
              exportKind: 'appointments_ics',
              organisationId: null,
              organisationName: null,
              periodStart: period.from,
              periodEnd: period.to,
              reference: null,
            },
            clock(),
          ),
        );
      }
      return result;
    },
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
    saveInvoiceExport: async (input) =>
      save(await invoiceFile(input), (db) =>
        invoiceExportRecord(db, input.invoiceId, invoiceExportKinds[input.format]),
      ),
    previewInvoiceListExport: (input) => preview(listFile(input)),
    saveInvoiceListExport: (input) =>
      save(listFile(input), (db) => yearExportRecord(db, input, listExportKinds[input.format])),

    getSafetySettings: () => inTransaction((db) => getSafetySettings(db)),
    saveSafetySettings: (input) => inTransaction((db) => saveSafetySettings(db, input, clock())),
    getBackupState: () => inTransaction((db) => getBackupState(db, clock())),
    backUpNow: async () => {
      // Locked: refused before any dialog opens.
      const caseFile = session.requireOpen();
      const target = await platform.chooseFolder('backup');
      if (target === null) return { saved: false, folderName: null };
      // The same open file at every step; a lock (or another file) in between fails closed.
      const database = () => {
        const current = session.requireOpen();
        if (current !== caseFile) throw new AppError('LOCKED');
        return current.db;
      };
      const { folderName } = await backUpNow(database, caseFile.folder, target, clock());
      return { saved: true, folderName };
    },
    restoreBackup: async ({ secret }) => {
      const chosen = await platform.chooseFolder('restore');
      if (chosen === null) {
        return { restored: false, folderName: null, keptAs: null, status: await session.status() };
      }
      const now = clock();
      const { folderName, keptAs, status } = await session.restore(chosen, secret, now);
      if (status.state === 'unlocked') {
        inTransaction((db) => recordRestore(db, folderName, secret.kind, now));
      }
      return { restored: true, folderName, keptAs, status };
    },
    listCasesPastRetention: () => inTransaction((db) => listCasesPastRetention(db, clock())),
    // Not in inTransaction: destroyCases runs its own transaction and then VACUUM, which
    // cannot run inside one.
    destroyCases: ({ ids }) => destroyCases(database(), ids, clock()),
    listAuditLog: (filter) => inTransaction((db) => listAuditLog(db, filter)),
    previewAnnualReport: (input) => inTransaction((db) => buildAnnualReport(db, input)),
    previewAnnualReportExport: async ({ report, format }) =>
      preview(await exportAnnualReport(database, report, format, platform.pdfFonts)),
    saveAnnualReportExport: async ({ report, format }) =>
      save(await exportAnnualReport(database, report, format, platform.pdfFonts), (db) =>
        yearExportRecord(db, report, `annual_report_${format}`),
      ),
    previewPracticeOverview: (input) => inTransaction((db) => buildPracticeOverview(db, input)),
    previewPracticeOverviewExport: async ({ overview, format }) =>
      preview(await exportPracticeOverview(database, overview, format, platform.pdfFonts)),
    savePracticeOverviewExport: async ({ overview, format }) =>
      save(await exportPracticeOverview(database, overview, format, platform.pdfFonts), (db) =>
        yearExportRecord(
          db,
          { organisationId: null, year: overview.year },
          `practice_overview_${format}`,
        ),
      ),
    discardDraft: ({ form }) =>
      inTransaction((db) => {
        discardDraft(db, form);
        return {};
      }),

    listHandoverCandidates: () => inTransaction((db) => listHandoverCandidates(db)),
    exportHandover: async ({ caseIds, passphrase }) => {
      // Locked, a closed case chosen or the counsellor's own passphrase: refused before any
      // dialog opens.
      const caseFile = session.requireOpen();
      inTransaction((db) => checkHandoverSelection(db, caseIds));
      await checkSuccessorPassphrase(caseFile.folder, passphrase);
      const target = await platform.chooseFolder('handoverExport');
      if (target === null) return { saved: false, folderName: null, cases: [] };
      // The same open file at every step; a lock (or another file) in between fails closed.
      const database = () => {
        const current = session.requireOpen();
        if (current !== caseFile) throw new AppError('LOCKED');
        return current.db;
      };
      const { folderName, caseNumbers } = await exportHandover(
        database,
        caseFile,
        { caseIds, passphrase, targetFolder: target },
        clock(),
      );
      return { saved: true, folderName, cases: caseNumbers };
    },
    importHandover: async ({ passphrase }) => {
      const caseFile = session.requireOpen();
      const chosen = await platform.chooseFolder('handoverImport');
      if (chosen === null) {
        return {
          imported: false,
          folderName: null,
          cases: [],
          renumbered: [],
          organisationsAdded: [],
        };
      }
      const opened = await readHandoverPackage(chosen, passphrase, caseFile.folder);
      if (session.requireOpen() !== caseFile) throw new AppError('LOCKED');
      return {
        imported: true,
        ...inTransaction((db) => receiveHandover(db, opened, caseFile.fileId, clock())),
      };
    },
  };
}
