import type { CaseFileDatabase } from '../casefile';

/**
 * Drafts of forms (an intake, a note being typed), saved inside the encrypted case file while
 * the counsellor types, so a crash or a lock never loses what was typed. Never on disk elsewhere,
 * never in the renderer's storage.
 */
export function saveDraft(db: CaseFileDatabase, form: string, content: string, now: Date): void {
  db.prepare(
    'INSERT INTO drafts (form, content, saved_at) VALUES (?, ?, ?) ON CONFLICT (form) DO UPDATE SET content = excluded.content, saved_at = excluded.saved_at',
  ).run(form, content, now.toISOString());
}

export function getDraft(
  db: CaseFileDatabase,
  form: string,
): { content: string; savedAt: string } | null {
  const row = db.prepare('SELECT content, saved_at FROM drafts WHERE form = ?').get(form) as
    { content: string; saved_at: string } | undefined;
  return row ? { content: row.content, savedAt: row.saved_at } : null;
}

export function discardDraft(db: CaseFileDatabase, form: string): void {
  db.prepare('DELETE FROM drafts WHERE form = ?').run(form);
}
