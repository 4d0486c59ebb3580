import { z } from 'zod';

/**
 * How long the next unlock attempt must wait after wrong passphrases or recovery codes. The
 * same rule in main (which enforces it: an attempt during the wait is refused before any key
 * is derived) and in the unlock screen (which counts down, so nobody types into a refusal).
 *
 * Why these numbers:
 * - FREE_ATTEMPTS 3: a counsellor with caps lock on, or one typo too many, is not slowed down.
 * - then 1 s, doubling per wrong attempt: guessing through the app becomes slow quickly
 *   (20 wrong attempts take about 48 minutes of waiting), while Argon2id already makes each
 *   attempt cost ~0.5 s.
 * - capped at 5 minutes, and never a lockout: the real protection of a stolen file is the
 *   passphrase under Argon2id (a thief copies the file and skips the app entirely); a longer
 *   wait would only keep the rightful counsellor from her own dossier.
 */
export const FREE_ATTEMPTS = 3;
export const FIRST_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 5 * 60_000;

/** The wait before the next attempt after `failures` wrong attempts in a row. */
export function unlockDelayMs(failures: number): number {
  if (!Number.isFinite(failures) || failures <= FREE_ATTEMPTS) return 0;
  // 2 ** 30 s is far past the cap; keeps the power small for huge counts.
  const doublings = Math.min(failures - FREE_ATTEMPTS - 1, 30);
  return Math.min(FIRST_DELAY_MS * 2 ** doublings, MAX_DELAY_MS);
}

/** What main tells the unlock screen: wrong attempts so far, and how long until the next. */
export const unlockDelaySchema = z.object({
  failures: z.number().int().min(0),
  /** Milliseconds until an attempt is accepted again; 0 when one may be made now. */
  waitMs: z.number().int().min(0).max(MAX_DELAY_MS),
});
export type UnlockDelay = z.infer<typeof unlockDelaySchema>;
