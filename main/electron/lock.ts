import type { BrowserWindow, PowerMonitor } from 'electron';
import type { CaseFileSession } from '../services/casefile-session';
import { BACKSTOP_POLL_MS, shouldBackstopLock } from '../services/idle-backstop';
import { loadApp } from './window';

/**
 * Locks the case file from main (menu, system suspend, screen lock, the idle backstop) and
 * reloads the renderer. Reloading is how main resets every renderer store without a new preload channel: the fresh
 * page asks getCaseFileStatus, gets 'locked' and shows the unlock screen, and no case data
 * stays on screen or in the page's memory. (A lock the renderer asks for itself goes through
 * the `lock` API call instead, and the renderer resets its own stores.)
 *
 * This does not ask the page to save first: on suspend there is no time to wait (the key must
 * not stay in memory while the laptop sleeps in a bag), so a draft typed in the second before
 * is not kept. A screen lock goes through lockPageFirst instead. The idle backstop needs
 * neither: after minutes without input every draft was saved.
 */
export function lockAndReset(session: CaseFileSession, window: BrowserWindow | null): void {
  try {
    session.lock();
  } finally {
    if (window) loadApp(window);
  }
}

/**
 * Locks when the laptop goes to sleep or its screen is locked (DESIGN.md, "Lock"). Sleep locks
 * at once; a screen lock may use `lockScreen`, which gives the page a moment to save drafts.
 */
export function lockOnSystemEvents(
  powerMonitor: Pick<PowerMonitor, 'on'>,
  lock: () => void,
  lockScreen: () => void = lock,
): void {
  powerMonitor.on('suspend', lock);
  powerMonitor.on('lock-screen', lockScreen);
}

/** Whether the case file is open now (requireOpen fails with LOCKED when not). */
export function isCaseFileOpen(session: Pick<CaseFileSession, 'requireOpen'>): boolean {
  try {
    session.requireOpen();
    return true;
  } catch {
    return false;
  }
}

/** How long the page gets to save its drafts and lock itself before main locks anyway. */
export const PAGE_LOCK_GRACE_MS = 1_500;

/**
 * Asks the page to lock (it saves its drafts encrypted first, then calls `lock`), and locks
 * from main after PAGE_LOCK_GRACE_MS if the case file is still open: a hung or busy page
 * cannot keep it open.
 */
export function lockPageFirst(
  askPage: () => void,
  isOpen: () => boolean,
  lock: () => void,
  setTimer: (run: () => void, ms: number) => unknown = setTimeout,
): void {
  try {
    askPage();
  } finally {
    setTimer(() => {
      if (isOpen()) lock();
    }, PAGE_LOCK_GRACE_MS);
  }
}

/**
 * Main's backstop for the idle lock (main/services/idle-backstop.ts): every 30 s, locks when
 * the system has been idle past the setting, or reports its screen locked (some desktops send
 * no lock-screen event). `idleLockMinutes` is null while locked. Returns the function that stops
 * the polling.
 */
export function lockWhenSystemIdle(
  powerMonitor: Pick<PowerMonitor, 'getSystemIdleTime' | 'getSystemIdleState'>,
  idleLockMinutes: () => number | null,
  lock: () => void,
): () => void {
  const timer = setInterval(() => {
    const minutes = idleLockMinutes();
    if (minutes === null) return;
    const screenLocked = powerMonitor.getSystemIdleState(minutes * 60) === 'locked';
    if (screenLocked || shouldBackstopLock(powerMonitor.getSystemIdleTime(), minutes)) lock();
  }, BACKSTOP_POLL_MS);
  // Polling alone must not keep the app running.
  timer.unref?.();
  return () => clearInterval(timer);
}
