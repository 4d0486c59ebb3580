import {
  behaviourKinds,
  caseOutcomes,
  caseStatuses,
  channels,
  consentLevels,
  followUpKinds,
  noteKinds,
  referralKinds,
  reporterRoles,
  respondentRelations,
} from '../../../shared/schemas/case';
import type { Migration } from './types';

/** `CHECK (col IN ('a', 'b'))` from a list of codes, so the database refuses unknown codes. */
function oneOf(column: string, codes: readonly string[], nullable = false): string {
  const list = codes.map((c) => `'${c.replace(/'/g, "''")}'`).join(', ');
  return `CHECK (${nullable ? `${column} IS NULL OR ` : ''}${column} IN (${list}))`;
}

/**
 * Cases (meldingen) with their behaviours, status history, referrals, follow-ups and dated
 * notes. Identifying values live only in the reporter_* columns and in note text, so the
 * leak guard of the exports can list them. A note is never overwritten: each edit adds a
 * version. The full-text index (FTS5) lives inside the encrypted file, one row per case.
 * The codes in CHECK constraints are frozen here; a later change of the lists is a new
 * migration.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'cases',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        case_number TEXT NOT NULL UNIQUE,
        organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
        unit_id INTEGER REFERENCES units (id) ON DELETE RESTRICT,
        requested_at TEXT NOT NULL,
        first_contact_due_at TEXT NOT NULL,
        first_contact_at TEXT,
        channel TEXT NOT NULL ${oneOf('channel', channels)},
        reporter_anonymous INTEGER NOT NULL CHECK (reporter_anonymous IN (0, 1)),
        reporter_name TEXT,
        reporter_phone TEXT,
        reporter_email TEXT,
        reporter_other_contact TEXT,
        reporter_role TEXT NOT NULL ${oneOf('reporter_role', reporterRoles)},
        respondent_relation TEXT ${oneOf('respondent_relation', respondentRelations, true)},
        reporter_wishes TEXT NOT NULL DEFAULT '',
        consent TEXT NOT NULL ${oneOf('consent', consentLevels)},
        status TEXT NOT NULL ${oneOf('status', caseStatuses)},
        outcome TEXT ${oneOf('outcome', caseOutcomes, true)},
        closed_at TEXT,
        is_test INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1)),
        is_duplicate INTEGER NOT NULL DEFAULT 0 CHECK (is_duplicate IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (reporter_anonymous = 0 OR (reporter_name IS NULL AND reporter_phone IS NULL
               AND reporter_email IS NULL AND reporter_other_contact IS NULL)),
        CHECK ((status = 'closed') = (closed_at IS NOT NULL AND outcome IS NOT NULL))
      ) STRICT;

      CREATE INDEX cases_organisation ON cases (organisation_id, requested_at);
      CREATE INDEX cases_status ON cases (status);

      CREATE TABLE case_behaviours (
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL ${oneOf('kind', behaviourKinds)},
        PRIMARY KEY (case_id, kind)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE case_status_changes (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        status TEXT NOT NULL ${oneOf('status', caseStatuses)},
        changed_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX case_status_changes_case ON case_status_changes (case_id, changed_at);

      CREATE TABLE referrals (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL ${oneOf('kind', referralKinds)},
        referred_on TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT ''
      ) STRICT;

      CREATE TABLE follow_ups (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL ${oneOf('kind', followUpKinds)},
        due_at TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        done_at TEXT
      ) STRICT;

      CREATE INDEX follow_ups_due ON follow_ups (done_at, due_at);

      CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL ${oneOf('kind', noteKinds)},
        occurred_at TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL DEFAULT 0
          CHECK (duration_minutes >= 0 AND duration_minutes <= 1440),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX notes_case ON notes (case_id, occurred_at);

      CREATE TABLE note_versions (
        note_id INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        body TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (note_id, version)
      ) STRICT, WITHOUT ROWID;

      CREATE VIRTUAL TABLE case_search USING fts5 (
        case_number,
        reporter,
        wishes,
        notes,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
  },
};
