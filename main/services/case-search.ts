import type { CaseFileDatabase } from '../casefile';

/**
 * The full-text index of cases: one FTS5 row per case (rowid = case id) with its number, the
 * reporter's name and contact, the reporter's wishes and the current text of every note. It
 * lives inside the encrypted file; there is no index anywhere else. Rebuilt for a case after
 * every change to it, inside the same transaction.
 */
export function reindexCase(db: CaseFileDatabase, caseId: number): void {
  db.prepare('DELETE FROM case_search WHERE rowid = ?').run(caseId);
  const row = db
    .prepare(
      `SELECT case_number,
              concat_ws(' ', reporter_name, reporter_phone, reporter_email, reporter_other_contact)
                AS reporter,
              reporter_wishes
         FROM cases WHERE id = ?`,
    )
    .get(caseId) as { case_number: string; reporter: string; reporter_wishes: string } | undefined;
  if (!row) return;
  const notes = db
    .prepare(
      `SELECT group_concat(v.body, char(10))
         FROM notes n
         JOIN note_versions v ON v.note_id = n.id
          AND v.version = (SELECT max(version) FROM note_versions WHERE note_id = n.id)
        WHERE n.case_id = ?`,
    )
    .pluck()
    .get(caseId) as string | null;
  db.prepare(
    'INSERT INTO case_search (rowid, case_number, reporter, wishes, notes) VALUES (?, ?, ?, ?, ?)',
  ).run(caseId, row.case_number, row.reporter, row.reporter_wishes, notes ?? '');
}

/**
 * Turns what a person typed into a safe FTS5 query: each word becomes a quoted prefix term,
 * all must match. FTS5 syntax (AND, NEAR, column filters, quotes) typed by the user is taken
 * literally, so no input can make the query fail or reach other columns.
 */
export function ftsQuery(typed: string): string | null {
  const words = typed
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}

/** Case ids matching the query, best match first. */
export function searchCaseIds(db: CaseFileDatabase, typed: string, limit: number): number[] {
  const query = ftsQuery(typed);
  if (query === null) return [];
  return db
    .prepare('SELECT rowid FROM case_search WHERE case_search MATCH ? ORDER BY rank LIMIT ?')
    .pluck()
    .all(query, limit) as number[];
}
