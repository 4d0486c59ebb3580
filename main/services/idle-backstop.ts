import { DEFAULT_SAFETY_SETTINGS } from '../../shared/schemas/safety';
import type { CaseFileSession } from './casefile-session';
import { getSafetySettings } from './safety-settings';

/**
 * Main's backstop for the idle lock. The renderer locks itself after the idle-lock setting
 * without input (renderer/src/lib/idleLock.ts), saving drafts first; main checks the system's
 * idle time too, for a renderer that is hung or throttled and whose own timer never fires.
 *
 * Drafts are not at risk here although main's lock reloads the window without asking the
 * renderer to save: after minutes without any input, every draft was autosaved a second after
 * its last keystroke.
 */

/** How often main looks at the system's idle time. */
export const BACKSTOP_POLL_MS = 30_000;

/**
 * How long after the setting main steps in: one poll, so the renderer's own lock (the one
 * that saves drafts and resets its stores without a reload) comes first when it can.
 */
export const BACKSTOP_GRACE_SECONDS = BACKSTOP_POLL_MS / 1000;

/** Whether main should lock: the system idle longer than the setting plus the grace. */
export function shouldBackstopLock(systemIdleSeconds: number, idleLockMinutes: number): boolean {
  return systemIdleSeconds >= idleLockMinutes * 60 + BACKSTOP_GRACE_SECONDS;
}

/**
 * The idle-lock setting of the open case file; null while locked (nothing to lock). A setting
 * that cannot be read gives the default: the backstop must not fail open.
 */
export function idleLockMinutesOf(session: Pick<CaseFileSession, 'requireOpen'>): number | null {
  let db;
  try {
    db = session.requireOpen().db;
  } catch {
    return null;
  }
  try {
    return getSafetySettings(db).idleLockMinutes;
  } catch {
    return DEFAULT_SAFETY_SETTINGS.idleLockMinutes;
  }
}
