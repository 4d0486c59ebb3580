import type { Migration } from './types';

/**
 * Appointments (afspraken): planned conversations of a case, with a start (UTC ISO text, so
 * text order is time order), a duration in minutes, the kind of place and an optional place
 * text. The place text may be a reporter's home address: it is identifying, kept only in
 * appointments.place_text, so the leak guard of the exports can list it beside the reporter_*
 * columns and note text. An appointment goes with its case when the case is destroyed.
 *
 * ics_uid is a random identifier for agenda files (never the case number), kept so a calendar
 * that imported an appointment before recognises it again; ics_sequence counts the changes a
 * calendar must take over (new time or place, cancelled).
 *
 * The older follow_ups of kind 'appointment' stay as they are: they are reminders without a
 * place or duration, and turning them into appointments would mean inventing both.
 *
 * The codes are written out here, not taken from shared/: this migration is frozen, and a later
 * change of the lists is a new migration (a test checks the lists still match).
 */
export const migration0004: Migration = {
  version: 4,
  name: 'appointments',
  up(db) {
    db.exec(`
      CREATE TABLE appointments (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        starts_at TEXT NOT NULL
          CHECK (starts_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:*Z'),
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 720),
        place_kind TEXT NOT NULL
          CHECK (place_kind IN ('reporter_home', 'client_site', 'counsellor_office', 'phone', 'video')),
        place_text TEXT CHECK (place_text IS NULL OR length(trim(place_text)) > 0),
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled')),
        ics_uid TEXT NOT NULL UNIQUE CHECK (length(ics_uid) >= 16),
        ics_sequence INTEGER NOT NULL DEFAULT 0 CHECK (ics_sequence >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX appointments_starts ON appointments (starts_at);
      CREATE INDEX appointments_case ON appointments (case_id, starts_at);
    `);
  },
};
