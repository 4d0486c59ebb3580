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
import type { Handlers } from './dispatch';

/** The time for stamps; injectable so tests and the harness can control it. */
export type Clock = () => Date;

/**
 * Every API call's handler, over one case-file session. Later issues add their services here;
 * the IPC wiring and the e2e harness pick them up without changes.
 */
export function createHandlers(
  session: CaseFileSession,
  clock: Clock = () => new Date(),
): Handlers {
  /** Every user action is one transaction on the open case file. */
  const inTransaction = <T>(work: (db: CaseFileDatabase) => T): T => {
    const { db } = session.requireOpen();
    return db.transaction(() => work(db))();
  };
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
    discardDraft: ({ form }) =>
      inTransaction((db) => {
        discardDraft(db, form);
        return {};
      }),
  };
}
