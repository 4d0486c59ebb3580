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
 * Known limit: main does not ask the page to save first, so a draft typed less than a second
 * before a suspend or screen lock (autosave waits a second) is not kept. The idle backstop is
 * not affected: after minutes without input every draft was saved. A fix would send the page a
 * lock command first (as the menu's page commands do) and lock here only if it did not.
 */
export function lockAndReset(session: CaseFileSession, window: BrowserWindow | null): void {
  try {
    session.lock();
  } finally {
    if (window) loadApp(window);
  }
}

/** Locks when the laptop goes to sleep or its screen is locked (DESIGN.md, "Lock"). */
export function lockOnSystemEvents(powerMonitor: Pick<PowerMonitor, 'on'>, lock: () => void): void {
  powerMonitor.on('suspend', lock);
  powerMonitor.on('lock-screen', lock);
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
