import type { Migration } from './types';

/**
 * Billing: contracts per organisation, time entries, and issued invoices and credit notes.
 *
 * - A contract's billing rules are one JSON value (`terms`), read back through the contract
 *   schema; its organisation and validity are columns, so the contract in force is a query.
 * - Time entries belong to an organisation (required), optionally a unit and a case. When a
 *   case is destroyed (AVG) its billed hours stay, without the case: ON DELETE SET NULL.
 *   An entry on an issued invoice is locked: a trigger refuses any change to what it says.
 * - An invoice is immutable once issued: the anonymised document as issued is stored whole,
 *   and triggers refuse UPDATE and DELETE. Numbers run per year without gaps (year, sequence
 *   unique; nothing is ever deleted). A credit note refers to the invoice it corrects, which
 *   can be credited only once; crediting releases the entries so they can be billed again.
 *
 * Codes are written out here: this migration is frozen.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'billing',
  up(db) {
    db.exec(`
      CREATE TABLE contracts (
        id INTEGER PRIMARY KEY,
        organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
        valid_from TEXT NOT NULL CHECK (valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        valid_until TEXT CHECK (valid_until IS NULL OR valid_until >= valid_from),
        terms TEXT NOT NULL CHECK (json_valid(terms)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX contracts_organisation ON contracts (organisation_id, valid_from);

      CREATE TABLE invoices (
        id INTEGER PRIMARY KEY,
        organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
        kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
        source TEXT NOT NULL CHECK (source IN ('monthly', 'subscription', 'credit')),
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2200),
        sequence INTEGER NOT NULL CHECK (sequence >= 1),
        number TEXT NOT NULL UNIQUE,
        issue_date TEXT NOT NULL,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL CHECK (period_end >= period_start),
        corrects_invoice_id INTEGER UNIQUE REFERENCES invoices (id) ON DELETE RESTRICT,
        payable_cents INTEGER NOT NULL,
        document TEXT NOT NULL CHECK (json_valid(document)),
        issued_at TEXT NOT NULL,
        UNIQUE (year, sequence),
        CHECK ((kind = 'credit_note') = (corrects_invoice_id IS NOT NULL)),
        CHECK ((kind = 'credit_note') = (source = 'credit'))
      ) STRICT;

      CREATE INDEX invoices_organisation ON invoices (organisation_id, period_start);

      CREATE TRIGGER invoices_immutable BEFORE UPDATE ON invoices
      BEGIN
        SELECT RAISE(ABORT, 'an issued invoice cannot be changed');
      END;

      CREATE TRIGGER invoices_kept BEFORE DELETE ON invoices
      BEGIN
        SELECT RAISE(ABORT, 'an issued invoice cannot be deleted');
      END;

      CREATE TABLE time_entries (
        id INTEGER PRIMARY KEY,
        organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
        unit_id INTEGER REFERENCES units (id) ON DELETE RESTRICT,
        case_id INTEGER REFERENCES cases (id) ON DELETE SET NULL,
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
        activity TEXT NOT NULL CHECK (activity IN ('consult', 'first_consult',
          'employment_law_advice', 'information_session', 'policy_document',
          'complaints_committee', 'travel_time', 'other')),
        kilometres INTEGER NOT NULL DEFAULT 0 CHECK (kilometres BETWEEN 0 AND 10000),
        cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
        invoice_id INTEGER REFERENCES invoices (id) ON DELETE RESTRICT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX time_entries_organisation ON time_entries (organisation_id, date);
      CREATE INDEX time_entries_case ON time_entries (case_id);
      CREATE INDEX time_entries_invoice ON time_entries (invoice_id);

      -- A billed entry keeps what it says. Only its case link may go (a destroyed case) and
      -- its invoice link (a credit note releases it).
      CREATE TRIGGER time_entries_locked BEFORE UPDATE ON time_entries
        WHEN OLD.invoice_id IS NOT NULL AND (
          NEW.organisation_id IS NOT OLD.organisation_id OR NEW.unit_id IS NOT OLD.unit_id
          OR NEW.date IS NOT OLD.date OR NEW.minutes IS NOT OLD.minutes
          OR NEW.activity IS NOT OLD.activity OR NEW.kilometres IS NOT OLD.kilometres
          OR NEW.cancelled IS NOT OLD.cancelled
          OR (NEW.case_id IS NOT OLD.case_id AND NEW.case_id IS NOT NULL))
      BEGIN
        SELECT RAISE(ABORT, 'a billed time entry is locked');
      END;

      CREATE TRIGGER time_entries_billed_kept BEFORE DELETE ON time_entries
        WHEN OLD.invoice_id IS NOT NULL
      BEGIN
        SELECT RAISE(ABORT, 'a billed time entry is locked');
      END;
    `);
  },
};
