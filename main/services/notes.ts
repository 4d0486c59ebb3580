import type { Note, NoteInput } from '../../shared/schemas/case';
import type { CaseFileDatabase } from '../casefile';
import { AppError } from '../errors';
import { reindexCase } from './case-search';

/**
 * Dated case notes. Case notes are a record: an edit of the text adds a version and keeps the
 * earlier ones; the kind, moment and duration of a note may be corrected in place.
 */

/** Kinds of note that are contact with the reporter, so the first one is the first contact. */
const CONTACT_KINDS = new Set(['conversation', 'phone_call', 'email']);

interface NoteRow {
  id: number;
  case_id: number;
  kind: Note['kind'];
  occurred_at: string;
  duration_minutes: number;
  body: string;
  version: number;
  created_at: string;
  updated_at: string;
}

const NOTE_SELECT = `
  SELECT n.id, n.case_id, n.kind, n.occurred_at, n.duration_minutes, n.created_at, n.updated_at,
         v.body, v.version
    FROM notes n
    JOIN note_versions v ON v.note_id = n.id
     AND v.version = (SELECT max(version) FROM note_versions WHERE note_id = n.id)`;

function toNote(row: NoteRow): Note {
  return {
    id: row.id,
    caseId: row.case_id,
    kind: row.kind,
    occurredAt: row.occurred_at,
    durationMinutes: row.duration_minutes,
    body: row.body,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The notes of a case in the order they happened: the case's timeline. */
export function notesOfCase(db: CaseFileDatabase, caseId: number): Note[] {
  return (
    db
      .prepare(`${NOTE_SELECT} WHERE n.case_id = ? ORDER BY n.occurred_at, n.id`)
      .all(caseId) as NoteRow[]
  ).map(toNote);
}

export function getNote(db: CaseFileDatabase, id: number): Note {
  const row = db.prepare(`${NOTE_SELECT} WHERE n.id = ?`).get(id) as NoteRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'note');
  return toNote(row);
}

export function addNote(db: CaseFileDatabase, caseId: number, input: NoteInput, now: Date): Note {
  const kase = db.prepare('SELECT first_contact_at FROM cases WHERE id = ?').get(caseId) as
    { first_contact_at: string | null } | undefined;
  if (!kase) throw new AppError('NOT_FOUND', 'case');
  const id = Number(
    db
      .prepare(
        'INSERT INTO notes (case_id, kind, occurred_at, duration_minutes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        caseId,
        input.kind,
        input.occurredAt,
        input.durationMinutes,
        now.toISOString(),
        now.toISOString(),
      ).lastInsertRowid,
  );
  db.prepare(
    'INSERT INTO note_versions (note_id, version, body, saved_at) VALUES (?, 1, ?, ?)',
  ).run(id, input.body, now.toISOString());
  // The first conversation, call or e-mail answers the request: that is the first contact.
  if (kase.first_contact_at === null && CONTACT_KINDS.has(input.kind)) {
    db.prepare('UPDATE cases SET first_contact_at = ? WHERE id = ?').run(input.occurredAt, caseId);
  }
  db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(now.toISOString(), caseId);
  reindexCase(db, caseId);
  return getNote(db, id);
}

/** Corrects a note. A changed text becomes a new version; an unchanged text adds none. */
export function editNote(db: CaseFileDatabase, id: number, input: NoteInput, now: Date): Note {
  const current = getNote(db, id);
  db.prepare(
    'UPDATE notes SET kind = ?, occurred_at = ?, duration_minutes = ?, updated_at = ? WHERE id = ?',
  ).run(input.kind, input.occurredAt, input.durationMinutes, now.toISOString(), id);
  if (input.body !== current.body) {
    db.prepare(
      'INSERT INTO note_versions (note_id, version, body, saved_at) VALUES (?, ?, ?, ?)',
    ).run(id, current.version + 1, input.body, now.toISOString());
  }
  db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(now.toISOString(), current.caseId);
  reindexCase(db, current.caseId);
  return getNote(db, id);
}

/** Every version of a note, oldest first. */
export function noteHistory(
  db: CaseFileDatabase,
  id: number,
): { version: number; body: string; savedAt: string }[] {
  getNote(db, id);
  return (
    db
      .prepare(
        'SELECT version, body, saved_at FROM note_versions WHERE note_id = ? ORDER BY version',
      )
      .all(id) as { version: number; body: string; saved_at: string }[]
  ).map((v) => ({ version: v.version, body: v.body, savedAt: v.saved_at }));
}
