import { create } from 'zustand';
import type { ErrorCode } from '../../../shared/errors';
import type { CaseFileStatus } from '../../../shared/schemas/casefile';
import { registerStore } from './registry';

interface CaseFileState {
  /** null until main has answered getCaseFileStatus. */
  status: CaseFileStatus | null;
  /** Set when the status could not be read at start. */
  startupError: ErrorCode | null;
  /**
   * The recovery code of a case file just created, until the counsellor confirms it is stored.
   * It is shown once and then dropped; a lock drops it too.
   */
  pendingRecoveryCode: string | null;
  /**
   * Whether the counsellor confirmed saving the current recovery code, as main keeps it in the
   * case file; null until read after unlocking. False means a code may have been lost (e.g. the
   * app locked while it was on screen), and Home asks for a new one.
   */
  recoveryCodeConfirmed: boolean | null;
}

interface CaseFileStore extends CaseFileState {
  setStatus(status: CaseFileStatus): void;
  setStartupError(code: ErrorCode | null): void;
  setPendingRecoveryCode(code: string | null): void;
  setRecoveryCodeConfirmed(confirmed: boolean | null): void;
}

const initialState = (): CaseFileState => ({
  status: null,
  startupError: null,
  pendingRecoveryCode: null,
  recoveryCodeConfirmed: null,
});

export const useCaseFileStore = create<CaseFileStore>()((set) => ({
  ...initialState(),
  setStatus: (status) => set({ status, startupError: null }),
  setStartupError: (startupError) => set({ startupError }),
  setPendingRecoveryCode: (pendingRecoveryCode) => set({ pendingRecoveryCode }),
  setRecoveryCodeConfirmed: (recoveryCodeConfirmed) => set({ recoveryCodeConfirmed }),
}));

registerStore('caseFile', () => useCaseFileStore.setState(initialState()));
