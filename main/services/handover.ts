import type { HandoverCandidate, ImportHandoverOutput } from '../../shared/schemas/handover';
import type { CaseFileDatabase } from '../casefile';
import { AppError } from '../errors';
import { recordAudit } from './audit-log';
import { mergeContents, openCaseIds, readContents } from './handover-contents';
import {
  isOwnPassphrase,
  kdfCostOf,
  writeHandoverPackage,
  type OpenedPackage,
} from './handover-package';

/**
 * Handover (overdracht) of open cases to a successor counsellor, both sides.
 *
 * Giving: the departing counsellor's cases stay in their own case file, untouched, until they
 * decide (a handover may be refused or redone, and the retention rules still apply to what
 * they keep). Each handed-over case gets an audit entry (kind 'handover', the case number and
 * the package's folder name, no content), and the case list of the handover card shows
 * "handed over on …" from those entries, so nobody hands the same case over twice by mistake.
 *
 * Receiving: the package is checked whole, then merged in one transaction, with an audit
 * entry per case (its number here, the folder name, and the method: the package was opened
 * with a passphrase, which is what tells a received handover from a given one). Which packages
 * and which cases came in before is kept in meta, so the same package, or the same case from
 * a second package, is refused instead of doubled.
 */

type DatabaseAccess = () => CaseFileDatabase;

const RECEIVED_PACKAGE = 'handover_received_package:';
const RECEIVED_CASE = 'handover_received_case:';

/** The audit log takes a single line of at most 120 characters; a renamed folder may be longer. */
function auditName(folderName: string): string {
  return folderName.replace(/[\r\n]+/g, ' ').slice(0, 120) || '-';
}

/** The open cases, with the last time each went into a package. */
export function listHandoverCandidates(db: CaseFileDatabase): HandoverCandidate[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.case_number, o.legal_name AS organisation_name, u.name AS unit_name,
              c.requested_at, c.status,
              (SELECT max(a.at) FROM audit_log a
                WHERE a.kind = 'handover' AND a.method IS NULL AND a.case_number = c.case_number)
                AS handed_over_at
         FROM cases c
         JOIN organisations o ON o.id = c.organisation_id
         LEFT JOIN units u ON u.id = c.unit_id
        WHERE c.status <> 'closed'
        ORDER BY c.requested_at DESC, c.id DESC`,
    )
    .all() as {
    id: number;
    case_number: string;
    organisation_name: string;
    unit_name: string | null;
    requested_at: string;
    status: HandoverCandidate['status'];
    handed_over_at: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    caseNumber: r.case_number,
    organisationName: r.organisation_name,
    unitName: r.unit_name,
    requestedAt: r.requested_at,
    status: r.status,
    handedOverAt: r.handed_over_at,
  }));
}

/** Refuses, before any dialog opens, the counsellor's own passphrase for the successor. */
export async function checkSuccessorPassphrase(
  caseFileFolder: string,
  passphrase: string,
): Promise<void> {
  if (await isOwnPassphrase(caseFileFolder, passphrase)) {
    throw new AppError('HANDOVER_OWN_PASSPHRASE');
  }
}

/** Refuses, before any dialog opens, a selection with a case that is missing or closed. */
export function checkHandoverSelection(db: CaseFileDatabase, caseIds: readonly number[]): void {
  const { notOpen } = openCaseIds(db, caseIds);
  if (notOpen.length > 0) throw new AppError('HANDOVER_CASE_NOT_OPEN');
}

/**
 * Makes a package of the open cases `caseIds` in `targetFolder`, encrypted under the
 * successor's `passphrase`, and records the handover in the audit log once the package is
 * checked and in place.
 */
export async function exportHandover(
  database: DatabaseAccess,
  caseFile: { folder: string; fileId: string },
  input: { caseIds: readonly number[]; passphrase: string; targetFolder: string },
  now: Date,
): Promise<{ folderName: string; caseNumbers: string[] }> {
  // One consistent read of the cases; the package is written from memory afterwards.
  const contents = database().transaction(() => {
    const db = database();
    checkHandoverSelection(db, input.caseIds);
    return readContents(db, input.caseIds);
  })();
  const { folderName } = await writeHandoverPackage(
    contents,
    {
      targetFolder: input.targetFolder,
      passphrase: input.passphrase,
      sourceFileId: caseFile.fileId,
      cost: await kdfCostOf(caseFile.folder),
    },
    now,
  );
  const caseNumbers = contents.cases.map((c) => c.case_number as string);
  const db = database();
  db.transaction(() => {
    for (const caseNumber of caseNumbers) {
      recordAudit(db, { kind: 'handover', caseNumber, folderName: auditName(folderName) }, now);
    }
  })();
  return { folderName, caseNumbers };
}

/**
 * Merges an opened package into this case file. Runs as one transaction of the caller's (the
 * handler's), so a failure anywhere, the audit entries included, adds nothing.
 */
export function receiveHandover(
  db: CaseFileDatabase,
  opened: OpenedPackage,
  ownFileId: string,
  now: Date,
): Omit<ImportHandoverOutput, 'imported'> {
  if (opened.sourceFileId === ownFileId) throw new AppError('HANDOVER_FROM_THIS_CASE_FILE');
  const seen = db.prepare('SELECT 1 FROM meta WHERE key = ?').pluck();
  const caseKey = (sourceId: number) => `${RECEIVED_CASE}${opened.sourceFileId}:${sourceId}`;
  if (
    seen.get(`${RECEIVED_PACKAGE}${opened.packageId}`) ||
    opened.contents.cases.some((c) => seen.get(caseKey(c.id as number)))
  ) {
    throw new AppError('HANDOVER_ALREADY_IMPORTED');
  }
  const merged = mergeContents(db, opened.contents, now);
  const remember = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  remember.run(`${RECEIVED_PACKAGE}${opened.packageId}`, now.toISOString());
  for (const kase of merged.cases) {
    remember.run(caseKey(kase.sourceId), now.toISOString());
    recordAudit(
      db,
      {
        kind: 'handover',
        caseNumber: kase.to,
        folderName: auditName(opened.folderName),
        method: 'passphrase',
      },
      now,
    );
  }
  return {
    folderName: opened.folderName,
    cases: merged.cases.map((c) => c.to),
    renumbered: merged.cases.filter((c) => c.from !== c.to).map(({ from, to }) => ({ from, to })),
    organisationsAdded: merged.organisationsAdded,
  };
}
