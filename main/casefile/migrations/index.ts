import { AppError } from '../../errors';
import type { CaseFileDatabase } from '../database';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-organisations';
import { migration0003 } from './0003-cases';
import { migration0004 } from './0004-appointments';
import { migration0005 } from './0005-billing';
import { migration0006 } from './0006-audit-retention';
import type { Migration } from './types';

/** Every migration, in order. A new one is a new file here; old ones never change. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
];

export const LATEST_SCHEMA_VERSION = migrations.length;

export function schemaVersion(db: CaseFileDatabase): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the file to `target` (default: latest), one transaction per migration, the version
 * stored in the file with it. A file from a newer app is refused before anything is written.
 */
export function migrate(
  db: CaseFileDatabase,
  target = LATEST_SCHEMA_VERSION,
  steps: readonly Migration[] = migrations,
): number {
  const current = schemaVersion(db);
  const latest = steps.length;
  if (current > latest) throw new AppError('NEWER_VERSION', `schema ${current}`);
  for (const migration of steps) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return schemaVersion(db);
}
