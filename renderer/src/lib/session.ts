import type { CaseFileStatus } from '../../../shared/schemas/casefile';
import { useCaseFileStore } from '../stores/caseFileStore';
import { resetAllStores } from '../stores/registry';
import { flushPendingWork } from './pendingWork';
import { callVp, setLockedListener } from './vp';

const LOCKED: CaseFileStatus = { state: 'locked', unlockedWith: null };

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

/** Forget everything the renderer holds and show the unlock screen. */
export function showLocked(status: CaseFileStatus = LOCKED): void {
  resetAllStores();
  useCaseFileStore.getState().setStatus(status.state === 'unlocked' ? LOCKED : status);
}

/**
 * Locks the case file in main, then resets every store whatever main answered. Drafts typed
 * in the last second are saved first (lib/pendingWork), so locking never loses them.
 */
export async function lockCaseFile(): Promise<void> {
  await flushPendingWork();
  const result = await callVp('lock', {});
  showLocked(result.ok ? result.value : LOCKED);
}

setLockedListener(() => showLocked());
