import type { ErrorCode } from '../../../shared/errors';
import type { CaseFileStatus } from '../../../shared/schemas/casefile';
import { useCaseFileStore } from '../stores/caseFileStore';
import { useNavigationStore } from '../stores/navigationStore';
import { resetAllStores } from '../stores/registry';
import { flushPendingWork } from './pendingWork';
import { callVp, setLockedListener } from './vp';

const LOCKED: CaseFileStatus = { state: 'locked', unlockedWith: null, demo: false };

/** Asks main for the case file's state; the app shell routes on it. */
export async function loadStatus(): Promise<void> {
  const result = await callVp('getCaseFileStatus', {});
  const store = useCaseFileStore.getState();
  if (result.ok) store.setStatus(result.value);
  else store.setStartupError(result.error.code);
}

/**
 * Reads whether the current recovery code was confirmed as saved (after every unlock). A
 * failure leaves it unknown, so Home shows nothing rather than a false alarm; LOCKED resets.
 */
export async function loadRecoveryCodeState(): Promise<void> {
  const result = await callVp('getRecoveryCodeState', {});
  const store = useCaseFileStore.getState();
  // An answer that arrives after a lock must not outlive it.
  if (result.ok && store.status?.state === 'unlocked') {
    store.setRecoveryCodeConfirmed(result.value.confirmed);
  }
}

/**
 * Forget everything the renderer holds and show the unlock screen (or first run). Main's own
 * LOCKED answers say 'locked'; after the demo the counsellor's own case file may not exist
 * yet, so without a status from main, a demo session asks main which one it is.
 */
export function showLocked(status?: CaseFileStatus): void {
  const wasDemo = useCaseFileStore.getState().status?.demo === true;
  resetAllStores();
  useCaseFileStore.getState().setStatus(status && status.state !== 'unlocked' ? status : LOCKED);
  if (wasDemo && !status) void loadStatus();
}

/**
 * Locks the case file in main, then resets every store whatever main answered. Drafts typed
 * in the last second are saved first (lib/pendingWork), so locking never loses them. Locking
 * the demo returns to the counsellor's own case file: 'locked', or 'none' before first run.
 */
export async function lockCaseFile(): Promise<void> {
  const wasDemo = useCaseFileStore.getState().status?.demo === true;
  await flushPendingWork();
  const result = await callVp('lock', {});
  if (!result.ok) {
    showLocked();
    return;
  }
  if (wasDemo) {
    const own = await callVp('getCaseFileStatus', {});
    if (own.ok && own.value.state !== 'unlocked') {
      showLocked(own.value);
      return;
    }
  }
  showLocked(result.value);
}

/**
 * Opens the demo practice (fictitious data, made by main on first use, which takes a few
 * seconds), already unlocked. Home is where it starts; a lock returns to the counsellor's own
 * case file. Returns the error code when it could not be opened.
 */
export async function openDemoCaseFile(): Promise<ErrorCode | null> {
  const result = await callVp('openDemoCaseFile', {});
  if (!result.ok) return result.error.code;
  useNavigationStore.getState().navigate('home');
  useCaseFileStore.getState().setStatus(result.value);
  return null;
}

setLockedListener(() => showLocked());
