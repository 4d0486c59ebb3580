import type { RetentionCase } from '../../shared/schemas/safety';
import type { CaseFileDatabase } from '../casefile';
import { AppError } from '../errors';
import { recordAudit } from './audit-log';
import { getSafetySettings } from './safety-settings';

/**
 * Keeping and destroying closed cases (AVG; DOMAIN.md "Keeping and destroying records"). A
 * closed case is kept for the retention term after its closing date (a setting), then listed
 * so the counsellor can destroy it. Test and duplicate cases are listed too: they hold real
 * text like any other.
 *
 * Destroying must leave no trace of the text in the file, not merely make it unreachable:
 * - rows go with the case by ON DELETE CASCADE (notes and their versions, behaviours, status
 *   changes, referrals, follow-ups, appointments); time entries keep their hours without the
 *   case (ON DELETE SET NULL, migration 0005), since billed hours must stay for tax law;
 * - drafts of the case's forms are deleted (they hold half-typed notes);
 * - secure_delete (set when the file is opened) zeroes the freed space of those rows;
 * - the case's full-text row is deleted and the index merged ('optimize'): FTS5 keeps the
 *   terms of a deleted row in its index segments until they are merged;
 * - after the transaction, VACUUM rebuilds the file from the live rows only, and a TRUNCATE
 *   checkpoint empties the write-ahead log, whose older frames still hold the pages as they
 *   were before.
 * The audit log gets one entry per case: its number, nothing else.
 *
 * Not changed: annual reports already made and figures stored for them (a later issue) count
 * a destroyed case as they did; a report made again for that year would count it no more.
 * Backups made before the destruction still hold the case until they are replaced.
 */

interface RetentionRow {
  id: number;
  case_number: string;
  organisation_id: number;
  organisation_name: string;
  closed_at: string;
  retain_until: string;
  is_test: number;
  is_duplicate: number;
}

/** SQLite's date modifier for the term; months as the calendar counts them. */
function termModifier(months: number): string {
  if (!Number.isInteger(months) || months < 1) throw new AppError('INTERNAL', 'retention term');
  return `+${months} months`;
}

const PAST_TERM = `c.status = 'closed' AND datetime(c.closed_at, @term) <= datetime(@now)`;

/** Closed cases whose closing date plus the retention term has passed, oldest first. */
export function listCasesPastRetention(db: CaseFileDatabase, now: Date): RetentionCase[] {
  const months = getSafetySettings(db).retentionMonthsAfterClosing;
  const rows = db
    .prepare(
      `SELECT c.id, c.case_number, c.organisation_id, o.legal_name AS organisation_name,
              c.closed_at, strftime('%Y-%m-%dT%H:%M:%fZ', c.closed_at, @term) AS retain_until,
              c.is_test, c.is_duplicate
         FROM cases c JOIN organisations o ON o.id = c.organisation_id
        WHERE ${PAST_TERM}
        ORDER BY c.closed_at, c.id`,
    )
    .all({ term: termModifier(months), now: now.toISOString() }) as RetentionRow[];
  return rows.map((r) => ({
    id: r.id,
    caseNumber: r.case_number,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    closedAt: r.closed_at,
    retainUntil: r.retain_until,
    isTest: r.is_test === 1,
    isDuplicate: r.is_duplicate === 1,
  }));
}

/**
 * Destroys the given cases, each of which must be past its retention term (a case that is
 * open, or closed more recently, is refused and nothing is destroyed). Runs its own
 * transaction and then VACUUM, which cannot run inside one: call it outside any transaction.
 */
export function destroyCases(
  db: CaseFileDatabase,
  ids: readonly number[],
  now: Date,
): { destroyed: number; caseNumbers: string[] } {
  if (db.inTransaction) throw new AppError('INTERNAL', 'destroyCases inside a transaction');
  const unique = [...new Set(ids)];
  const months = getSafetySettings(db).retentionMonthsAfterClosing;
  const pastTerm = db.prepare(
    `SELECT c.case_number, (${PAST_TERM}) AS past FROM cases c WHERE c.id = @id`,
  );
  const noteIds = db.prepare('SELECT id FROM notes WHERE case_id = ?').pluck();
  const deleteDraft = db.prepare('DELETE FROM drafts WHERE form = ?');
  const deleteSearchRow = db.prepare('DELETE FROM case_search WHERE rowid = ?');
  const deleteCase = db.prepare('DELETE FROM cases WHERE id = ?');

  const caseNumbers = db.transaction(() => {
    const numbers: string[] = [];
    for (const id of unique) {
      const row = pastTerm.get({ id, term: termModifier(months), now: now.toISOString() }) as
        { case_number: string; past: number } | undefined;
      if (!row) throw new AppError('NOT_FOUND', 'case');
      if (row.past !== 1) throw new AppError('RETENTION_NOT_PASSED');
      // The renderer's draft keys: a new note of the case, an edit of its intake or a note.
      const drafts = [
        `note:${id}`,
        `intakeEdit:${id}`,
        ...(noteIds.all(id) as number[]).map((n) => `noteEdit:${n}`),
      ];
      for (const form of drafts) deleteDraft.run(form);
      deleteSearchRow.run(id);
      deleteCase.run(id);
      recordAudit(db, { kind: 'case_destroyed', caseNumber: row.case_number }, now);
      numbers.push(row.case_number);
    }
    db.prepare("INSERT INTO case_search (case_search) VALUES ('optimize')").run();
    return numbers;
  })();

  purgeFreedPages(db);
  return { destroyed: caseNumbers.length, caseNumbers };
}

/**
 * Rewrites the file from its live rows and empties the write-ahead log, so that no page of the
 * database or the log still holds deleted text.
 */
export function purgeFreedPages(db: CaseFileDatabase): void {
  db.exec('VACUUM');
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  // Only this connection uses the file, so the checkpoint cannot be blocked; if it ever is,
  // the log would keep old frames, and the destruction must not be reported as complete.
  if (!result || result.busy !== 0) throw new AppError('INTERNAL', 'checkpoint busy');
}
