import type { CaseFileDatabase } from '../casefile';

/**
 * Whether the counsellor confirmed saving the current recovery code. Kept inside the encrypted
 * file so a crash or lock during the recovery-code step is noticed at the next unlock, and the
 * app can offer a new code instead of leaving the case file without one.
 */
const KEY = 'recovery_code_confirmed_at';

export function isRecoveryCodeConfirmed(db: CaseFileDatabase): boolean {
  return db.prepare('SELECT 1 FROM meta WHERE key = ?').pluck().get(KEY) !== undefined;
}

export function markRecoveryCodeConfirmed(db: CaseFileDatabase, at: Date): void {
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(KEY, at.toISOString());
}

export function clearRecoveryCodeConfirmation(db: CaseFileDatabase): void {
  db.prepare('DELETE FROM meta WHERE key = ?').run(KEY);
}
