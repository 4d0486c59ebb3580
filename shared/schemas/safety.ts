import { z } from 'zod';
import { caseFileStatusSchema, currentSecretSchema } from './casefile';
import { idSchema, isoDateSchema } from './common';

/**
 * Keeping the case file safe: backups, restore, the retention term of closed cases (AVG) and
 * the audit log. Nothing here carries case content: the audit log and the retention list hold
 * case numbers, organisations and dates only, and backups are named by folder, never by path.
 */

/**
 * The defaults of the safety settings.
 *
 * - backupReminderDays 7: a week of notes is the most a counsellor should be able to lose.
 * - retentionMonthsAfterClosing 18: DOMAIN.md ("Keeping and destroying records") says common
 *   practice is to destroy a case once it is closed and counted in the annual report, after a
 *   short agreed period. The annual report covers a calendar year and is written in the first
 *   quarter of the next; a case closed on 1 January is therefore counted up to 15 months after
 *   closing. 15 months plus a short period of 3 months covers every closing date of the year.
 *   The AVG sets no term, so the counsellor may state another one (and must justify it).
 * - idleLockMinutes 5: DESIGN.md, "Lock".
 */
export const DEFAULT_SAFETY_SETTINGS = {
  backupReminderDays: 7,
  retentionMonthsAfterClosing: 18,
  idleLockMinutes: 5,
} as const;

/** A whole number within bounds; 'validation.count' is the catalogue's "a whole number". */
function wholeNumber(min: number, max: number) {
  return z
    .number('validation.count')
    .int('validation.count')
    .min(min, 'validation.count')
    .max(max, 'validation.count');
}

export const safetySettingsSchema = z
  .object({
    backupReminderDays: wholeNumber(1, 365),
    retentionMonthsAfterClosing: wholeNumber(1, 120),
    idleLockMinutes: wholeNumber(1, 240),
  })
  .strict();
export type SafetySettings = z.infer<typeof safetySettingsSchema>;

export const backupStateSchema = z.object({
  /** When the last verified backup of this case file was made; null when never. */
  lastBackupAt: z.string().nullable(),
  /** No backup yet, or the last one is older than the reminder setting. */
  overdue: z.boolean(),
  reminderDays: z.number().int(),
});
export type BackupState = z.infer<typeof backupStateSchema>;

export const backUpNowOutputSchema = z.object({
  /** False when the counsellor cancelled the folder dialog; nothing was written then. */
  saved: z.boolean(),
  /** The name of the backup folder made inside the chosen folder (never its path). */
  folderName: z.string().nullable(),
});

export const restoreBackupInputSchema = z
  .object({
    /**
     * The passphrase or recovery code that opens the backup: its key file is the one of the
     * day it was made, so after a change of passphrase the old passphrase (or the recovery
     * code, unless renewed since) opens it.
     */
    secret: currentSecretSchema,
  })
  .strict();

export const restoreBackupOutputSchema = z.object({
  /** False when the counsellor cancelled the folder dialog; nothing changed then. */
  restored: z.boolean(),
  /** The name of the backup folder restored. */
  folderName: z.string().nullable(),
  /** The folder the previous case file was kept in, beside the case file; null if none. */
  keptAs: z.string().nullable(),
  status: caseFileStatusSchema,
});

export const retentionCaseSchema = z.object({
  id: idSchema,
  caseNumber: z.string(),
  organisationId: idSchema,
  organisationName: z.string(),
  closedAt: z.string(),
  /** closedAt plus the retention term: the case may be destroyed from then on. */
  retainUntil: z.string(),
  isTest: z.boolean(),
  isDuplicate: z.boolean(),
});
export type RetentionCase = z.infer<typeof retentionCaseSchema>;

export const destroyCasesInputSchema = z
  .object({
    ids: z.array(idSchema).min(1).max(1000),
    /** The counsellor confirmed; anything but true is refused. */
    confirm: z.literal(true),
  })
  .strict();

export const destroyCasesOutputSchema = z.object({
  destroyed: z.number().int(),
  caseNumbers: z.array(z.string()),
});

export const auditKinds = [
  'unlock',
  'export',
  'backup',
  'restore',
  'case_destroyed',
  'handover',
] as const;
export type AuditKind = (typeof auditKinds)[number];

/** What left the machine. */
export const exportKinds = [
  'invoice_pdf',
  'invoice_ubl',
  'invoice_csv',
  'invoice_hours_csv',
  'invoice_list_csv',
  'hours_list_csv',
  'appointments_ics',
  'annual_report_pdf',
  'annual_report_csv',
  'practice_overview_pdf',
  'practice_overview_csv',
] as const;
export type ExportKind = (typeof exportKinds)[number];

export const unlockMethods = ['passphrase', 'recoveryCode'] as const;

export const listAuditLogInputSchema = z
  .object({
    kind: z.enum(auditKinds).optional(),
    /** Dutch calendar days, both included. */
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    limit: z.number().int().min(1).max(5000).default(1000),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ['to'],
    message: 'validation.periodOrder',
  });
export type AuditLogFilter = z.output<typeof listAuditLogInputSchema>;

export const auditEntrySchema = z.object({
  id: idSchema,
  at: z.string(),
  kind: z.enum(auditKinds),
  /** unlock, restore: with what the case file was opened. */
  method: z.enum(unlockMethods).nullable(),
  exportKind: z.enum(exportKinds).nullable(),
  /** export: the organisation the file was for, with its name at the time; null for all. */
  organisationId: z.number().int().nullable(),
  organisationName: z.string().nullable(),
  /** export: the period the file covers (YYYY-MM-DD). */
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  /** case_destroyed, handover: the case number, and nothing else of the case. */
  caseNumber: z.string().nullable(),
  /** export: the invoice number; backup, restore: the backup folder's name. */
  reference: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
