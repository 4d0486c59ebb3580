import { nextDay, startOfDutchDay } from '../../shared/dutch-time';
import type {
  AuditEntry,
  AuditLogFilter,
  ExportKind,
  unlockMethods,
} from '../../shared/schemas/safety';
import type { CaseFileDatabase } from '../casefile';
import { AppError } from '../errors';

/**
 * The audit log: what happened to the case file, never what is in it (migration 0006). Only
 * these functions write it, and only by appending; the table's triggers refuse any change or
 * deletion. Each entry is written in the transaction of the action it records where there is
 * one (a destruction), or right after the action succeeded (a file saved, a backup verified).
 */

type Method = (typeof unlockMethods)[number];

export type AuditRecord =
  | { kind: 'unlock'; method: Method }
  | {
      kind: 'export';
      exportKind: ExportKind;
      organisationId: number | null;
      organisationName: string | null;
      periodStart: string | null;
      periodEnd: string | null;
      /** The invoice number, for the export of one invoice. */
      reference: string | null;
    }
  | { kind: 'backup'; folderName: string }
  | { kind: 'restore'; method: Method; folderName: string }
  | { kind: 'case_destroyed'; caseNumber: string }
  /** Handover given: a case went into the package `folderName`. */
  | { kind: 'handover'; caseNumber: string; folderName: string }
  /** Handover received: a case came in from a package opened with a passphrase. */
  | { kind: 'handover'; caseNumber: string; folderName: string; method: Method };

interface AuditRow {
  id: number;
  at: string;
  kind: AuditEntry['kind'];
  method: AuditEntry['method'];
  export_kind: AuditEntry['exportKind'];
  organisation_id: number | null;
  organisation_name: string | null;
  period_start: string | null;
  period_end: string | null;
  case_number: string | null;
  reference: string | null;
}

export function recordAudit(db: CaseFileDatabase, record: AuditRecord, now: Date): void {
  const row = {
    at: now.toISOString(),
    kind: record.kind,
    method: 'method' in record ? record.method : null,
    export_kind: record.kind === 'export' ? record.exportKind : null,
    organisation_id: record.kind === 'export' ? record.organisationId : null,
    organisation_name: record.kind === 'export' ? record.organisationName : null,
    period_start: record.kind === 'export' ? record.periodStart : null,
    period_end: record.kind === 'export' ? record.periodEnd : null,
    case_number: 'caseNumber' in record ? record.caseNumber : null,
    reference:
      record.kind === 'export'
        ? record.reference
        : 'folderName' in record
          ? record.folderName
          : null,
  };
  db.prepare(
    `INSERT INTO audit_log (at, kind, method, export_kind, organisation_id, organisation_name,
       period_start, period_end, case_number, reference)
     VALUES (@at, @kind, @method, @export_kind, @organisation_id, @organisation_name,
       @period_start, @period_end, @case_number, @reference)`,
  ).run(row);
}

/** Entries newest first, optionally of one kind and within Dutch calendar days (inclusive). */
export function listAuditLog(db: CaseFileDatabase, filter: AuditLogFilter): AuditEntry[] {
  const where: string[] = [];
  const params: Record<string, string | number> = { limit: filter.limit };
  if (filter.kind) {
    where.push('kind = @kind');
    params.kind = filter.kind;
  }
  if (filter.from) {
    where.push('at >= @from');
    params.from = startOfDutchDay(filter.from);
  }
  if (filter.to) {
    where.push('at < @to');
    params.to = startOfDutchDay(nextDay(filter.to));
  }
  const rows = db
    .prepare(
      `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY at DESC, id DESC LIMIT @limit`,
    )
    .all(params) as AuditRow[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    kind: r.kind,
    method: r.method,
    exportKind: r.export_kind,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    caseNumber: r.case_number,
    reference: r.reference,
  }));
}

/** The entry for one issued invoice or credit note saved as a file. */
export function invoiceExportRecord(
  db: CaseFileDatabase,
  invoiceId: number,
  exportKind: ExportKind,
): AuditRecord {
  const row = db
    .prepare(
      `SELECT i.organisation_id, o.legal_name, i.period_start, i.period_end, i.number
         FROM invoices i JOIN organisations o ON o.id = i.organisation_id
        WHERE i.id = ?`,
    )
    .get(invoiceId) as
    | {
        organisation_id: number;
        legal_name: string;
        period_start: string;
        period_end: string;
        number: string;
      }
    | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'invoice');
  return {
    kind: 'export',
    exportKind,
    organisationId: row.organisation_id,
    organisationName: row.legal_name,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    reference: row.number,
  };
}

/**
 * The entry for a file about a calendar year, for one organisation or all (null): the
 * bookkeeper's lists, an annual report, the practice overview.
 */
export function yearExportRecord(
  db: CaseFileDatabase,
  filter: { organisationId: number | null; year: number },
  exportKind: ExportKind,
): AuditRecord {
  const name =
    filter.organisationId === null
      ? null
      : ((db
          .prepare('SELECT legal_name FROM organisations WHERE id = ?')
          .pluck()
          .get(filter.organisationId) as string | undefined) ?? null);
  return {
    kind: 'export',
    exportKind,
    organisationId: filter.organisationId,
    organisationName: name,
    periodStart: `${filter.year}-01-01`,
    periodEnd: `${filter.year}-12-31`,
    reference: null,
  };
}
