import type { BackupState } from '../../shared/schemas/safety';
import type { CaseFileDatabase } from '../casefile';
import {
  backUpCaseFile,
  fileSystemIo,
  type BackupIo,
  type DatabaseAccess,
} from '../casefile/backup';
import { caseFilePaths } from '../casefile/paths';
import { recordAudit } from './audit-log';
import { getSafetySettings } from './safety-settings';

/**
 * "Back up now" and the reminder. When the last verified backup was made is a fact about the
 * file, kept in meta inside it; the reminder compares it with the setting (default 7 days).
 */

const LAST_BACKUP = 'last_backup_at';
const DAY_MS = 86_400_000;

export function lastBackupAt(db: CaseFileDatabase): string | null {
  return (
    (db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(LAST_BACKUP) as
      string | undefined) ?? null
  );
}

export function markBackedUp(db: CaseFileDatabase, at: Date): void {
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(
    LAST_BACKUP,
    at.toISOString(),
  );
}

export function getBackupState(db: CaseFileDatabase, now: Date): BackupState {
  const reminderDays = getSafetySettings(db).backupReminderDays;
  const last = lastBackupAt(db);
  const overdue = last === null || now.getTime() - new Date(last).getTime() > reminderDays * DAY_MS;
  return { lastBackupAt: last, overdue, reminderDays };
}

/**
 * Backs the open case file up into `targetFolder` (a verified copy in a folder of its own),
 * then records it: the time in meta and an entry in the audit log. The backup does not hold
 * its own record; a file restored from it gets one at restore (recordRestore).
 */
export async function backUpNow(
  database: DatabaseAccess,
  caseFileFolder: string,
  targetFolder: string,
  now: Date,
  io: BackupIo = fileSystemIo,
): Promise<{ folderName: string }> {
  const { folderName } = await backUpCaseFile(
    database,
    caseFilePaths(caseFileFolder),
    targetFolder,
    now,
    io,
  );
  const db = database();
  db.transaction(() => {
    markBackedUp(db, now);
    recordAudit(db, { kind: 'backup', folderName }, now);
  })();
  return { folderName };
}

/**
 * After a restore, in the restored file: the audit entry, and the backup time set to now,
 * since everything the file now holds is in the backup it came from.
 */
export function recordRestore(
  db: CaseFileDatabase,
  folderName: string,
  method: 'passphrase' | 'recoveryCode',
  now: Date,
): void {
  markBackedUp(db, now);
  recordAudit(db, { kind: 'restore', method, folderName }, now);
}
