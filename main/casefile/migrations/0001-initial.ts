import type { Migration } from './types';

/**
 * The ground floor: facts about the file itself, the counsellor's settings, and drafts of
 * forms saved inside the encrypted file so a crash or a lock never loses what was typed.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE drafts (
        form TEXT PRIMARY KEY,
        content TEXT NOT NULL,
        saved_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
