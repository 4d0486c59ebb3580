import { randomUUID } from 'node:crypto';
import type { CaseFileDatabase } from '../casefile';
import { reindexCase } from './case-search';

/**
 * What a handover package carries, as rows, and how they are read from one case file and
 * written into another. SQL only here.
 *
 * A package holds the selected open cases with everything they carry (intake, behaviours,
 * status history, referrals, follow-ups, every version of every note, appointments) and the
 * organisations and units they belong to. Billing stays with the departing counsellor:
 * contracts, invoices and hours (time_entries) are the departing counsellor's own work and
 * money, invoiced by them; the successor bills their own hours from the handover on, and the
 * time spent so far is still visible in the notes' durations. For the same reason an
 * organisation goes without the departing counsellor's engagement dates and invoice
 * references (buyer reference, purchase order number).
 */

export type Row = Record<string, unknown>;

export interface HandoverContents {
  organisations: Row[];
  units: Row[];
  cases: Row[];
  case_behaviours: Row[];
  case_status_changes: Row[];
  referrals: Row[];
  follow_ups: Row[];
  notes: Row[];
  note_versions: Row[];
  appointments: Row[];
}

/** Tables that hang off a case and go with it, in an order that respects their references. */
export const CASE_CHILD_TABLES = [
  'case_behaviours',
  'case_status_changes',
  'referrals',
  'follow_ups',
  'notes',
  'appointments',
] as const;

/**
 * Tables that refer to cases and deliberately stay behind. A test checks that every table
 * referring to cases is in one of the two lists, so a later table cannot be forgotten.
 */
export const TABLES_LEFT_BEHIND = ['time_entries'] as const;

/** Columns of an organisation that belong to the departing counsellor's engagement. */
const ORGANISATION_ENGAGEMENT_COLUMNS = [
  'buyer_reference',
  'purchase_order_number',
  'engagement_start',
  'engagement_end',
] as const;

const ids = (list: readonly number[]) => JSON.stringify(list);
const IN_IDS = 'IN (SELECT value FROM json_each(@ids))';

/** The open cases among `caseIds`, and the ids that are not (missing or closed). */
export function openCaseIds(
  db: CaseFileDatabase,
  caseIds: readonly number[],
): { open: number[]; notOpen: number[] } {
  const open = db
    .prepare(`SELECT id FROM cases WHERE status <> 'closed' AND id ${IN_IDS} ORDER BY id`)
    .pluck()
    .all({ ids: ids(caseIds) }) as number[];
  const openSet = new Set(open);
  return { open, notOpen: caseIds.filter((id) => !openSet.has(id)) };
}

/** The rows of the given cases (all cases when null) with what they carry. */
export function readContents(
  db: CaseFileDatabase,
  caseIds: readonly number[] | null,
): HandoverContents {
  const params = { ids: ids(caseIds ?? []) };
  const caseWhere = caseIds === null ? '' : `WHERE id ${IN_IDS}`;
  const childWhere = caseIds === null ? '' : `WHERE case_id ${IN_IDS}`;
  const all = (sql: string) => db.prepare(sql).all(params) as Row[];
  const cases = all(`SELECT * FROM cases ${caseWhere} ORDER BY id`);
  const organisationIds = [...new Set(cases.map((c) => c.organisation_id as number))];
  const unitIds = [...new Set(cases.map((c) => c.unit_id).filter((u) => u !== null))] as number[];
  const child = (table: string) => all(`SELECT * FROM ${table} ${childWhere} ORDER BY rowid`);
  return {
    organisations: (
      db
        .prepare(`SELECT * FROM organisations WHERE id ${IN_IDS} ORDER BY id`)
        .all({ ids: ids(organisationIds) }) as Row[]
    ).map(withoutEngagement),
    units: db
      .prepare(`SELECT * FROM units WHERE id ${IN_IDS} ORDER BY id`)
      .all({ ids: ids(unitIds) }) as Row[],
    cases,
    case_behaviours: all(`SELECT * FROM case_behaviours ${childWhere} ORDER BY case_id, kind`),
    case_status_changes: child('case_status_changes'),
    referrals: child('referrals'),
    follow_ups: child('follow_ups'),
    notes: child('notes'),
    note_versions: all(
      `SELECT v.* FROM note_versions v JOIN notes n ON n.id = v.note_id
        ${caseIds === null ? '' : `WHERE n.case_id ${IN_IDS}`}
        ORDER BY v.note_id, v.version`,
    ),
    appointments: child('appointments'),
  };
}

function withoutEngagement(organisation: Row): Row {
  const copy: Row = { ...organisation, archived_at: null };
  for (const column of ORGANISATION_ENGAGEMENT_COLUMNS) copy[column] = null;
  return copy;
}

function insertRow(db: CaseFileDatabase, table: string, row: Row): number {
  const columns = Object.keys(row);
  return Number(
    db
      .prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      )
      .run(row).lastInsertRowid,
  );
}

/**
 * Writes `contents` into the empty case file of a new package, ids and all: the package is a
 * case file like any other, its search index included. The caller runs this in a transaction.
 */
export function writeContents(db: CaseFileDatabase, contents: HandoverContents): void {
  for (const row of contents.organisations) insertRow(db, 'organisations', row);
  for (const row of contents.units) insertRow(db, 'units', row);
  for (const row of contents.cases) insertRow(db, 'cases', row);
  for (const table of CASE_CHILD_TABLES) {
    for (const row of contents[table]) insertRow(db, table, row);
    if (table === 'notes') {
      for (const row of contents.note_versions) insertRow(db, 'note_versions', row);
    }
  }
  for (const row of contents.cases) reindexCase(db, row.id as number);
}

export interface MergeResult {
  /** Per case of the package, its number there and its number here. */
  cases: { from: string; to: string; sourceId: number }[];
  organisationsAdded: string[];
}

/**
 * Merges the contents of a package into this case file, under new ids: organisations are
 * matched by KvK number, then by name, or added; units by name within their organisation, or
 * added; a case number already taken here is replaced by the next free one of its year. The
 * caller runs this in one transaction, so a failure anywhere adds nothing.
 */
export function mergeContents(
  db: CaseFileDatabase,
  contents: HandoverContents,
  now: Date,
): MergeResult {
  const stamp = now.toISOString();
  const organisationIds = new Map<number, number>();
  const organisationsAdded: string[] = [];
  for (const org of contents.organisations) {
    const existing = matchOrganisation(db, org);
    if (existing !== null) {
      organisationIds.set(org.id as number, existing);
      continue;
    }
    const { id: _id, ...rest } = org;
    const newId = insertRow(db, 'organisations', { ...rest, created_at: stamp, updated_at: stamp });
    organisationIds.set(org.id as number, newId);
    organisationsAdded.push(org.legal_name as string);
  }

  const unitIds = new Map<number, number>();
  for (const unit of contents.units) {
    const organisationId = mapped(organisationIds, unit.organisation_id);
    const existing = db
      .prepare('SELECT id FROM units WHERE organisation_id = ? AND name = ? COLLATE NOCASE')
      .pluck()
      .get(organisationId, unit.name) as number | undefined;
    const { id: _id, ...rest } = unit;
    unitIds.set(
      unit.id as number,
      existing ??
        insertRow(db, 'units', {
          ...rest,
          organisation_id: organisationId,
          archived_at: null,
          created_at: stamp,
        }),
    );
  }

  const caseIds = new Map<number, number>();
  const cases: MergeResult['cases'] = [];
  for (const kase of contents.cases) {
    const from = kase.case_number as string;
    const to = freeCaseNumber(db, from);
    const { id: _id, ...rest } = kase;
    const newId = insertRow(db, 'cases', {
      ...rest,
      case_number: to,
      organisation_id: mapped(organisationIds, kase.organisation_id),
      unit_id: kase.unit_id === null ? null : mapped(unitIds, kase.unit_id),
    });
    caseIds.set(kase.id as number, newId);
    cases.push({ from, to, sourceId: kase.id as number });
  }

  const noteIds = new Map<number, number>();
  for (const table of CASE_CHILD_TABLES) {
    for (const row of contents[table]) {
      const copy: Row = { ...row, case_id: mapped(caseIds, row.case_id) };
      // WITHOUT ROWID tables have no id of their own; the others get a new one here.
      if ('id' in copy) delete copy.id;
      // A calendar knows an appointment by its uid: the successor's calendar is another one.
      if (table === 'appointments') Object.assign(copy, { ics_uid: randomUUID(), ics_sequence: 0 });
      const newId = insertRow(db, table, copy);
      if (table === 'notes') noteIds.set(row.id as number, newId);
    }
    if (table === 'notes') {
      for (const version of contents.note_versions) {
        insertRow(db, 'note_versions', { ...version, note_id: mapped(noteIds, version.note_id) });
      }
    }
  }
  for (const id of caseIds.values()) reindexCase(db, id);
  return { cases, organisationsAdded };
}

function mapped(map: Map<number, number>, id: unknown): number {
  const value = map.get(id as number);
  // The package was checked whole before; a dangling reference means it was not ours.
  if (value === undefined) throw new Error('handover package refers to a missing row');
  return value;
}

/** An organisation here that is the package's one: the same KvK number, else the same name. */
function matchOrganisation(db: CaseFileDatabase, org: Row): number | null {
  if (org.kvk_number !== null) {
    const byKvk = db
      .prepare('SELECT id FROM organisations WHERE kvk_number = ?')
      .pluck()
      .get(org.kvk_number) as number | undefined;
    if (byKvk !== undefined) return byKvk;
  }
  // By name only where the KvK numbers cannot disagree: two entities may share a name.
  const byName = db
    .prepare(
      `SELECT id FROM organisations
        WHERE lower(trim(legal_name)) = lower(trim(?)) AND (kvk_number IS NULL OR ? IS NULL)
        ORDER BY archived_at IS NOT NULL, id LIMIT 1`,
    )
    .pluck()
    .get(org.legal_name, org.kvk_number) as number | undefined;
  return byName ?? null;
}

/** `wanted` when free here, else the next free number of its year (2026-014 → 2026-031). */
function freeCaseNumber(db: CaseFileDatabase, wanted: string): string {
  const taken = db.prepare('SELECT 1 FROM cases WHERE case_number = ?').get(wanted);
  if (!taken) return wanted;
  const year = wanted.slice(0, 4);
  const last = db
    .prepare(
      "SELECT max(CAST(substr(case_number, 6) AS INTEGER)) FROM cases WHERE case_number LIKE ? || '-%'",
    )
    .pluck()
    .get(year) as number | null;
  return `${year}-${String((last ?? 0) + 1).padStart(3, '0')}`;
}
