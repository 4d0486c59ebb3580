import type { BrowserWindow, PowerMonitor } from 'electron';
import type { CaseFileSession } from '../services/casefile-session';
import { loadApp } from './window';

/**
 * Locks the case file from main (menu, system suspend, screen lock) and reloads the renderer.
 * Reloading is how main resets every renderer store without a new preload channel: the fresh
 * page asks getCaseFileStatus, gets 'locked' and shows the unlock screen, and no case data
 * stays on screen or in the page's memory. (A lock the renderer asks for itself goes through
 * the `lock` API call instead, and the renderer resets its own stores.)
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
