import type { Migration } from './types';

/**
 * The audit log.
 *
 * The audit log records what happened to the case file, never what is in it: unlocks, files
 * that left the machine (kind, organisation, period, invoice number), backups and restores
 * (folder name), destroyed and handed-over cases (the case number alone). It is append-only:
 * triggers refuse UPDATE and DELETE, so not even the app can rewrite its history. Case
 * destruction deletes case rows but adds to this log.
 *
 * There is no column for free text. Each column that could carry text is held to the shape of
 * what belongs there (a code, a case number, a date, a short single-line name), so case
 * content cannot be put in by mistake. Kinds are checked as codes, not as a list: a later kind
 * (the annual report's exports, handover) then needs no rebuild of an append-only table. The
 * lists live in shared/schemas/safety.ts.
 *
 * The retention list needs no table or index of its own: it reads closed cases through the
 * status index of migration 0003, and the term is a setting.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'audit-retention',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL
          CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:*Z'),
        kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40 AND kind NOT GLOB '*[^a-z_]*'),
        method TEXT CHECK (method IS NULL OR method IN ('passphrase', 'recoveryCode')),
        export_kind TEXT CHECK (export_kind IS NULL OR
          (length(export_kind) BETWEEN 1 AND 40 AND export_kind NOT GLOB '*[^a-z_]*')),
        organisation_id INTEGER,
        organisation_name TEXT CHECK (organisation_name IS NULL OR
          (length(organisation_name) <= 300 AND instr(organisation_name, char(10)) = 0)),
        period_start TEXT CHECK (period_start IS NULL OR
          period_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        period_end TEXT CHECK (period_end IS NULL OR
          period_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        case_number TEXT CHECK (case_number IS NULL OR
          (length(case_number) <= 20 AND case_number GLOB '[0-9][0-9][0-9][0-9]-[0-9]*'
            AND case_number NOT GLOB '?????*[^0-9]*')),
        reference TEXT CHECK (reference IS NULL OR
          (length(reference) BETWEEN 1 AND 120 AND instr(reference, char(10)) = 0)),
        CHECK (kind <> 'export' OR export_kind IS NOT NULL),
        CHECK (kind <> 'case_destroyed' OR case_number IS NOT NULL)
      ) STRICT;

      CREATE INDEX audit_log_kind_at ON audit_log (kind, at);
      CREATE INDEX audit_log_at ON audit_log (at);

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
      END;

      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
      END;
    `);
  },
};
