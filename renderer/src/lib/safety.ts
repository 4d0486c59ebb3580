import { z } from 'zod';
import type { ApiOutput } from '../../../shared/api';
import {
  auditKinds,
  listAuditLogInputSchema,
  type AuditEntry,
  type AuditLogFilter,
  type BackupState,
} from '../../../shared/schemas/safety';
import { optionalIsoDate } from '../../../shared/schemas/common';
import type { MessageKey } from '../i18n/nl';
import type { MessageParams } from '../i18n/translate';
import { useCaseFileStore } from '../stores/caseFileStore';
import { resetAllStores } from '../stores/registry';
import { useSafetyStore } from '../stores/safetyStore';
import { loadRecoveryCodeState, showLocked } from './session';

/**
 * The renderer's side of keeping the case file safe: the audit-log filter as a form, what an
 * audit entry says, Home's reminders, choosing cases to destroy, and what a restore changes.
 */

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The key for one or for more: '<base>.one' or '<base>.other'. */
export function countKey<Base extends string>(
  base: Base,
  count: number,
): `${Base}.${'one' | 'other'}` {
  return `${base}.${count === 1 ? 'one' : 'other'}`;
}

// ---------- The audit log ----------

/** The newest this many entries are read; the screen says so when there may be more. */
export const AUDIT_LIMIT = 1000;

/**
 * The filter as the form holds it ('' is "any kind" or "no date") to the call's input, checked
 * by the call's own schema: a period that ends before it starts is refused at 'to' with
 * 'validation.periodOrder'.
 */
export const auditFilterFormSchema = z
  .object({
    kind: z.union([z.enum(auditKinds), z.literal('')]),
    from: optionalIsoDate,
    to: optionalIsoDate,
  })
  .transform((f, ctx): AuditLogFilter => {
    const checked = listAuditLogInputSchema.safeParse({
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.from ? { from: f.from } : {}),
      ...(f.to ? { to: f.to } : {}),
      limit: AUDIT_LIMIT,
    });
    if (checked.success) return checked.data;
    for (const issue of checked.error.issues) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
    return z.NEVER;
  });

export type AuditFilterForm = z.input<typeof auditFilterFormSchema>;

export const emptyAuditFilter: AuditFilterForm = { kind: '', from: '', to: '' };

/**
 * The details of an entry in words: with what it was opened, what was exported for whom and
 * over which period, which case or backup folder. Never more than the log holds.
 */
export function auditDetails(
  entry: AuditEntry,
  t: Translate,
  formatDate: (isoDate: string) => string,
): string[] {
  const parts: string[] = [];
  if (entry.exportKind) parts.push(t(`safety.audit.exportKind.${entry.exportKind}`));
  if (entry.kind === 'export') {
    parts.push(entry.organisationName ?? t('safety.audit.allOrganisations'));
  }
  if (entry.periodStart && entry.periodEnd) {
    parts.push(
      t('safety.audit.period', {
        start: formatDate(entry.periodStart),
        end: formatDate(entry.periodEnd),
      }),
    );
  }
  if (entry.method) parts.push(t(`safety.audit.method.${entry.method}`));
  if (entry.caseNumber) parts.push(t('safety.audit.case', { number: entry.caseNumber }));
  if (entry.reference) {
    parts.push(
      entry.kind === 'export'
        ? t('safety.audit.invoice', { number: entry.reference })
        : t('safety.audit.folder', { name: entry.reference }),
    );
  }
  return parts;
}

// ---------- Home's reminders ----------

/** Whether Home reminds of a backup: never made, made too long ago, or not due (null). */
export function backupReminder(state: BackupState): 'never' | 'old' | null {
  if (!state.overdue) return null;
  return state.lastBackupAt === null ? 'never' : 'old';
}

// ---------- Choosing cases to destroy ----------

/** The selection with `id` added or taken out. */
export function toggleSelected(selected: ReadonlySet<number>, id: number): Set<number> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** Only ids still listed stay selected (after a reload or a destruction). */
export function keepListed(
  selected: ReadonlySet<number>,
  listed: readonly { id: number }[],
): Set<number> {
  return new Set(listed.map((c) => c.id).filter((id) => selected.has(id)));
}

/** "Select all" ticks every listed case, or, when all are ticked already, none. */
export function toggleAll(
  selected: ReadonlySet<number>,
  listed: readonly { id: number }[],
): Set<number> {
  const all = listed.length > 0 && listed.every((c) => selected.has(c.id));
  return all ? new Set() : new Set(listed.map((c) => c.id));
}

// ---------- After a restore ----------

/**
 * A restored backup is another case file: nothing the renderer read from the previous one may
 * stay. Every store is reset (as on a lock), then the restored file's own state is shown: Home,
 * with what was restored and where the previous file was kept, or the unlock screen when it
 * could not be opened at once. Nothing happens when the counsellor chose no folder.
 */
export function applyRestore(output: ApiOutput<'restoreBackup'>): void {
  if (!output.restored || output.folderName === null) return;
  if (output.status.state !== 'unlocked') {
    showLocked(output.status);
    return;
  }
  resetAllStores();
  useSafetyStore.getState().setRestored({ folderName: output.folderName, keptAs: output.keptAs });
  useCaseFileStore.getState().setStatus(output.status);
  // The shell may stay mounted (from Settings): read the restored file's recovery-code state.
  void loadRecoveryCodeState();
}
