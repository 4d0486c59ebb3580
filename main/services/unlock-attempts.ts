import { unlockDelayMs, type UnlockDelay } from '../../shared/unlock-delay';
import { AppError, isAppError } from '../errors';

/**
 * Wrong passphrases and recovery codes in a row, and the wait they impose on the next attempt
 * (shared/unlock-delay.ts). Held in main's memory: a reload of the window does not reset it,
 * an app restart does (the rule slows guessing through the app; it never locks the data away).
 *
 * `now` is a clock in milliseconds that only moves forward (performance.now by default), so
 * setting the system clock back cannot stretch a wait and setting it forward cannot skip one.
 */
export interface UnlockAttempts {
  delay(): UnlockDelay;
  /**
   * Runs one attempt: refused with UNLOCK_DELAYED while a wait is running or another attempt
   * is still being checked (before `attempt` runs, so no key is derived); a wrong secret counts,
   * a success starts over, any other error (a damaged file) leaves the count as it was.
   */
  run<T>(attempt: () => Promise<T>): Promise<T>;
}

export function createUnlockAttempts(now: () => number = () => performance.now()): UnlockAttempts {
  let failures = 0;
  let lastFailureAt = 0;
  let checking = false;

  function waitMs(): number {
    const delay = unlockDelayMs(failures);
    if (delay === 0) return 0;
    // Clamped, so a clock that did go back never makes the wait longer than the rule says.
    return Math.min(delay, Math.max(0, Math.ceil(lastFailureAt + delay - now())));
  }

  return {
    delay: () => ({ failures, waitMs: waitMs() }),
    async run(attempt) {
      // One at a time: parallel attempts would each pass the check before any of them failed.
      if (checking || waitMs() > 0) throw new AppError('UNLOCK_DELAYED');
      checking = true;
      try {
        const result = await attempt();
        failures = 0;
        return result;
      } catch (err) {
        if (isWrongSecret(err)) {
          failures += 1;
          lastFailureAt = now();
        }
        throw err;
      } finally {
        checking = false;
      }
    },
  };
}

function isWrongSecret(err: unknown): boolean {
  return isAppError(err) && (err.code === 'WRONG_PASSPHRASE' || err.code === 'WRONG_RECOVERY_CODE');
}
