import type {
  Organisation,
  OrganisationInput,
  OrganisationSummary,
  Unit,
} from '../../shared/schemas/organisation';
import type { CaseFileDatabase } from '../casefile';
import { AppError } from '../errors';

/**
 * Organisations (opdrachtgevers) and their units. SQL lives only here, in plain functions that
 * take the database first; each user action is one transaction.
 */

interface OrganisationRow {
  id: number;
  legal_name: string;
  kvk_number: string | null;
  vat_number: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  country: string;
  billing_contact_name: string | null;
  billing_email: string | null;
  buyer_reference: string | null;
  purchase_order_number: string | null;
  employee_count: number | null;
  is_member: number;
  reaction_time_hours: 24 | 48;
  engagement_start: string | null;
  engagement_end: string | null;
  notes: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

interface UnitRow {
  id: number;
  organisation_id: number;
  name: string;
  archived_at: string | null;
}

/** Column ← field, in one place for insert and update. */
function columnValues(input: OrganisationInput): Record<string, string | number | null> {
  return {
    legal_name: input.legalName,
    kvk_number: input.kvkNumber,
    vat_number: input.vatNumber,
    street: input.street,
    postcode: input.postcode,
    city: input.city,
    country: input.country,
    billing_contact_name: input.billingContactName,
    billing_email: input.billingEmail,
    buyer_reference: input.buyerReference,
    purchase_order_number: input.purchaseOrderNumber,
    employee_count: input.employeeCount,
    is_member: input.isMember ? 1 : 0,
    reaction_time_hours: input.reactionTimeHours,
    engagement_start: input.engagementStart,
    engagement_end: input.engagementEnd,
    notes: input.notes,
  };
}

function toUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    archivedAt: row.archived_at,
  };
}

function toOrganisation(row: OrganisationRow, units: Unit[]): Organisation {
  return {
    id: row.id,
    legalName: row.legal_name,
    kvkNumber: row.kvk_number,
    vatNumber: row.vat_number,
    street: row.street,
    postcode: row.postcode,
    city: row.city,
    country: row.country,
    billingContactName: row.billing_contact_name,
    billingEmail: row.billing_email,
    buyerReference: row.buyer_reference,
    purchaseOrderNumber: row.purchase_order_number,
    employeeCount: row.employee_count,
    isMember: row.is_member === 1,
    reactionTimeHours: row.reaction_time_hours,
    engagementStart: row.engagement_start,
    engagementEnd: row.engagement_end,
    notes: row.notes,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    units,
  };
}

/** A UNIQUE violation on the KvK index becomes a message the counsellor can act on. */
function rethrowConstraint(err: unknown, code: 'ORGANISATION_EXISTS' | 'UNIT_EXISTS'): never {
  if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new AppError(code);
  throw err;
}

export function getOrganisation(db: CaseFileDatabase, id: number): Organisation {
  const row = db.prepare('SELECT * FROM organisations WHERE id = ?').get(id) as
    OrganisationRow | undefined;
  if (!row) throw new AppError('NOT_FOUND');
  const units = (
    db
      .prepare(
        'SELECT id, organisation_id, name, archived_at FROM units WHERE organisation_id = ? ORDER BY name COLLATE NOCASE',
      )
      .all(id) as UnitRow[]
  ).map(toUnit);
  return toOrganisation(row, units);
}

export function listOrganisations(
  db: CaseFileDatabase,
  options: { includeArchived: boolean },
): OrganisationSummary[] {
  const rows = db
    .prepare(
      `SELECT o.id, o.legal_name, o.city, o.kvk_number, o.is_member, o.reaction_time_hours,
              o.archived_at,
              (SELECT count(*) FROM units u WHERE u.organisation_id = o.id AND u.archived_at IS NULL)
                AS unit_count
         FROM organisations o
        WHERE ? OR o.archived_at IS NULL
        ORDER BY o.archived_at IS NOT NULL, o.legal_name COLLATE NOCASE`,
    )
    .all(options.includeArchived ? 1 : 0) as (Pick<
    OrganisationRow,
    | 'id'
    | 'legal_name'
    | 'city'
    | 'kvk_number'
    | 'is_member'
    | 'reaction_time_hours'
    | 'archived_at'
  > & { unit_count: number })[];
  return rows.map((r) => ({
    id: r.id,
    legalName: r.legal_name,
    city: r.city,
    kvkNumber: r.kvk_number,
    isMember: r.is_member === 1,
    reactionTimeHours: r.reaction_time_hours,
    archivedAt: r.archived_at,
    unitCount: r.unit_count,
  }));
}

export function createOrganisation(
  db: CaseFileDatabase,
  input: OrganisationInput,
  now: Date,
): Organisation {
  const values = {
    ...columnValues(input),
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
  const columns = Object.keys(values);
  try {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO organisations (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      )
      .run(values);
    return getOrganisation(db, Number(lastInsertRowid));
  } catch (err) {
    rethrowConstraint(err, 'ORGANISATION_EXISTS');
  }
}

export function updateOrganisation(
  db: CaseFileDatabase,
  id: number,
  input: OrganisationInput,
  now: Date,
): Organisation {
  const values = { ...columnValues(input), updated_at: now.toISOString() };
  const assignments = Object.keys(values).map((c) => `${c} = @${c}`);
  try {
    const { changes } = db
      .prepare(`UPDATE organisations SET ${assignments.join(', ')} WHERE id = @id`)
      .run({ ...values, id });
    if (changes === 0) throw new AppError('NOT_FOUND');
    return getOrganisation(db, id);
  } catch (err) {
    if (err instanceof AppError) throw err;
    rethrowConstraint(err, 'ORGANISATION_EXISTS');
  }
}

/**
 * Archiving hides an organisation from daily lists but keeps it, and everything that refers
 * to it, for reports and the 7-year invoice archive. There is no hard delete.
 */
export function setOrganisationArchived(
  db: CaseFileDatabase,
  id: number,
  archived: boolean,
  now: Date,
): Organisation {
  const { changes } = db
    .prepare('UPDATE organisations SET archived_at = ?, updated_at = ? WHERE id = ?')
    .run(archived ? now.toISOString() : null, now.toISOString(), id);
  if (changes === 0) throw new AppError('NOT_FOUND');
  return getOrganisation(db, id);
}

export function addUnit(
  db: CaseFileDatabase,
  organisationId: number,
  name: string,
  now: Date,
): Organisation {
  getOrganisation(db, organisationId);
  try {
    db.prepare('INSERT INTO units (organisation_id, name, created_at) VALUES (?, ?, ?)').run(
      organisationId,
      name,
      now.toISOString(),
    );
  } catch (err) {
    rethrowConstraint(err, 'UNIT_EXISTS');
  }
  return getOrganisation(db, organisationId);
}

function unitOrganisation(db: CaseFileDatabase, unitId: number): number {
  const organisationId = db
    .prepare('SELECT organisation_id FROM units WHERE id = ?')
    .pluck()
    .get(unitId) as number | undefined;
  if (organisationId === undefined) throw new AppError('NOT_FOUND');
  return organisationId;
}

export function renameUnit(db: CaseFileDatabase, unitId: number, name: string): Organisation {
  const organisationId = unitOrganisation(db, unitId);
  try {
    db.prepare('UPDATE units SET name = ? WHERE id = ?').run(name, unitId);
  } catch (err) {
    rethrowConstraint(err, 'UNIT_EXISTS');
  }
  return getOrganisation(db, organisationId);
}

export function setUnitArchived(
  db: CaseFileDatabase,
  unitId: number,
  archived: boolean,
  now: Date,
): Organisation {
  const organisationId = unitOrganisation(db, unitId);
  db.prepare('UPDATE units SET archived_at = ? WHERE id = ?').run(
    archived ? now.toISOString() : null,
    unitId,
  );
  return getOrganisation(db, organisationId);
}
