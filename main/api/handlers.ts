import type { CaseFileSession } from '../services/casefile-session';
import type { Handlers } from './dispatch';

/**
 * Every API call's handler, over one case-file session. Later issues add their services here;
 * the IPC wiring and the e2e harness pick them up without changes.
 */
export function createHandlers(session: CaseFileSession): Handlers {
  return {
    getCaseFileStatus: () => session.status(),
    createCaseFile: ({ passphrase }) => session.create(passphrase),
    unlock: ({ passphrase }) => session.unlock(passphrase),
    unlockWithRecoveryCode: ({ recoveryCode }) => session.unlockWithRecoveryCode(recoveryCode),
    lock: () => session.lock(),
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
  };
}
