import type { Migration } from './types';

/**
 * Organisations (opdrachtgevers) and their units (departments or regions). Organisations are
 * archived, never deleted, once cases or invoices refer to them; a KvK number belongs to one
 * organisation only. Dates are ISO text; the promised reaction time is 24 or 48 hours.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'organisations',
  up(db) {
    db.exec(`
      CREATE TABLE organisations (
        id INTEGER PRIMARY KEY,
        legal_name TEXT NOT NULL CHECK (length(legal_name) > 0),
        kvk_number TEXT,
        vat_number TEXT,
        street TEXT,
        postcode TEXT,
        city TEXT,
        country TEXT NOT NULL DEFAULT 'NL',
        billing_contact_name TEXT,
        billing_email TEXT,
        buyer_reference TEXT,
        purchase_order_number TEXT,
        employee_count INTEGER CHECK (employee_count IS NULL OR employee_count >= 0),
        is_member INTEGER NOT NULL DEFAULT 0 CHECK (is_member IN (0, 1)),
        reaction_time_hours INTEGER NOT NULL DEFAULT 48 CHECK (reaction_time_hours IN (24, 48)),
        engagement_start TEXT,
        engagement_end TEXT,
        notes TEXT NOT NULL DEFAULT '',
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE UNIQUE INDEX organisations_kvk ON organisations (kvk_number)
        WHERE kvk_number IS NOT NULL;

      CREATE TABLE units (
        id INTEGER PRIMARY KEY,
        organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
        name TEXT NOT NULL CHECK (length(name) > 0),
        archived_at TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE UNIQUE INDEX units_name ON units (organisation_id, name COLLATE NOCASE);
    `);
  },
};
