import type { CaseFileDatabase } from '../casefile';

/**
 * The first-run tour is shown once per case file: finishing or skipping it is remembered in
 * the file's own settings table, so it belongs to the case file (a second case file or a
 * restored backup has its own answer) and nothing about it lies outside the encrypted file.
 */
const TOUR_DONE = 'tour_done';

export function isTourDone(db: CaseFileDatabase): boolean {
  return db.prepare('SELECT 1 FROM settings WHERE key = ?').pluck().get(TOUR_DONE) !== undefined;
}

export function markTourDone(db: CaseFileDatabase, now: Date): void {
  // The first moment counts: a second "done" (the tour watched again) changes nothing.
  db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO NOTHING`,
  ).run(TOUR_DONE, 'true', now.toISOString());
}
