import {
  contractInputSchema,
  contractSchema,
  type Contract,
  type ContractInput,
} from '../../shared/schemas/contract';
import type { CaseFileDatabase } from '../casefile';
import { AppError } from '../errors';

/**
 * Contracts per organisation: validity as columns, the billing rules as one JSON value read
 * back through the contract schema (a damaged value is refused, never billed). Two contracts
 * of one organisation never overlap, so at most one is in force on a day.
 */

interface ContractRow {
  id: number;
  organisation_id: number;
  valid_from: string;
  valid_until: string | null;
  terms: string;
  created_at: string;
  updated_at: string;
}

function toContract(row: ContractRow): Contract {
  const parsed = contractSchema.safeParse({
    ...(JSON.parse(row.terms) as object),
    id: row.id,
    organisationId: row.organisation_id,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
  if (!parsed.success) throw new AppError('DATABASE_DAMAGED', 'contract terms');
  return parsed.data;
}

function termsOf(contract: ContractInput): string {
  const { organisationId: _o, validFrom: _f, validUntil: _u, ...terms } = contract;
  return JSON.stringify(terms);
}

function checkNoOverlap(db: CaseFileDatabase, contract: ContractInput, exceptId: number | null) {
  const overlapping = db
    .prepare(
      `SELECT 1 FROM contracts
        WHERE organisation_id = @organisationId AND id IS NOT @exceptId
          AND valid_from <= coalesce(@validUntil, '9999-12-31')
          AND coalesce(valid_until, '9999-12-31') >= @validFrom`,
    )
    .get({
      organisationId: contract.organisationId,
      exceptId,
      validFrom: contract.validFrom,
      validUntil: contract.validUntil,
    });
  if (overlapping) throw new AppError('CONTRACT_OVERLAP');
}

function checkOrganisation(db: CaseFileDatabase, organisationId: number): void {
  const org = db
    .prepare('SELECT archived_at FROM organisations WHERE id = ?')
    .get(organisationId) as { archived_at: string | null } | undefined;
  if (!org) throw new AppError('NOT_FOUND', 'organisation');
  if (org.archived_at !== null) throw new AppError('ORGANISATION_ARCHIVED');
}

export function getContract(db: CaseFileDatabase, id: number): Contract {
  const row = db.prepare('SELECT * FROM contracts WHERE id = ?').get(id) as ContractRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'contract');
  return toContract(row);
}

export function createContract(db: CaseFileDatabase, input: ContractInput, now: Date): Contract {
  const contract = contractInputSchema.parse(input);
  checkOrganisation(db, contract.organisationId);
  checkNoOverlap(db, contract, null);
  const at = now.toISOString();
  const id = db
    .prepare(
      `INSERT INTO contracts (organisation_id, valid_from, valid_until, terms, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(
      contract.organisationId,
      contract.validFrom,
      contract.validUntil,
      termsOf(contract),
      at,
      at,
    ).lastInsertRowid;
  return getContract(db, Number(id));
}

/**
 * A contract may be changed (a new price from next month is better a new contract, but a typo
 * must be fixable); invoices already issued keep the document they were issued with.
 */
export function updateContract(
  db: CaseFileDatabase,
  id: number,
  input: ContractInput,
  now: Date,
): Contract {
  const current = getContract(db, id);
  const contract = contractInputSchema.parse(input);
  if (contract.organisationId !== current.organisationId) {
    throw new AppError('INVALID_INPUT', 'organisation of a contract');
  }
  checkNoOverlap(db, contract, id);
  db.prepare(
    'UPDATE contracts SET valid_from = ?, valid_until = ?, terms = ?, updated_at = ? WHERE id = ?',
  ).run(contract.validFrom, contract.validUntil, termsOf(contract), now.toISOString(), id);
  return getContract(db, id);
}

export function listContracts(db: CaseFileDatabase, organisationId: number): Contract[] {
  const rows = db
    .prepare('SELECT * FROM contracts WHERE organisation_id = ? ORDER BY valid_from DESC')
    .all(organisationId) as ContractRow[];
  return rows.map(toContract);
}

/** The contracts in force on some day of a period (ISO dates, both included), oldest first. */
export function contractsDuring(
  db: CaseFileDatabase,
  organisationId: number,
  from: string,
  to: string,
): Contract[] {
  const rows = db
    .prepare(
      `SELECT * FROM contracts
        WHERE organisation_id = ? AND valid_from <= ? AND coalesce(valid_until, '9999-12-31') >= ?
        ORDER BY valid_from`,
    )
    .all(organisationId, to, from) as ContractRow[];
  return rows.map(toContract);
}
