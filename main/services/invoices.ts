import type { Contract } from '../../shared/schemas/contract';
import { invoiceDocumentSchema, type InvoiceDocument } from '../../shared/schemas/invoice-document';
import type { InvoiceSummary } from '../../shared/schemas/invoice';
import type { CaseFileDatabase } from '../casefile';
import { AppError } from '../errors';
import {
  buildInvoiceDocument,
  creditNoteFor,
  monthPeriod,
  priceMonth,
  priceSubscription,
  yearPeriod,
  type BillableEntry,
  type BillingProblem,
  type BillingResult,
  type PricedLine,
  type SpecificationRow,
} from './billing';
import { contractsDuring } from './contracts';
import { getOrganisation } from './organisations';
import { getPracticeSettings, sellerOf } from './practice-settings';
import { unitsAllowedToName } from './unit-disclosure';

/**
 * Invoices: the monthly run (nacalculatie) and the yearly subscription per organisation, first
 * as a draft (preview, numbered CONCEPT), then issued: the next number in the year's gap-free
 * series, the anonymised document stored whole and immutable, and the billed time entries
 * locked. Corrections only by a credit note for the whole invoice, which releases its entries.
 */

export const DRAFT_NUMBER = 'CONCEPT';

const problemCodes: Record<BillingProblem['code'], Parameters<typeof fail>[0]> = {
  employee_count_missing: 'EMPLOYEE_COUNT_MISSING',
  no_band_fits: 'NO_BAND_FITS',
  no_subscription: 'NO_SUBSCRIPTION',
  contract_not_valid: 'NO_CONTRACT',
  entry_outside_period: 'NO_CONTRACT',
  entry_of_other_organisation: 'INTERNAL',
  nothing_to_bill: 'NOTHING_TO_BILL',
  not_an_invoice: 'ALREADY_CREDITED',
  credit_before_invoice: 'ISSUE_DATE_BEFORE_LAST',
};

function fail(code: ConstructorParameters<typeof AppError>[0], detail?: string): never {
  throw new AppError(code, detail);
}

function unwrap<T>(result: BillingResult<T>): T {
  if (result.ok) return result.value;
  return fail(problemCodes[result.problem.code], result.problem.code);
}

/** The seller and buyer of a document; both must be complete enough for an invoice. */
function parties(db: CaseFileDatabase, organisationId: number) {
  const practice = getPracticeSettings(db);
  if (!practice) fail('PRACTICE_DETAILS_MISSING');
  const org = getOrganisation(db, organisationId);
  if (!org.street || !org.postcode || !org.city) fail('BUYER_ADDRESS_MISSING');
  const buyer: InvoiceDocument['buyer'] = {
    name: org.legalName,
    address: { street: org.street, postcode: org.postcode, city: org.city, country: org.country },
    kvkNumber: org.kvkNumber,
    vatNumber: org.vatNumber,
    contactName: org.billingContactName,
    email: org.billingEmail,
  };
  return { practice, org, seller: sellerOf(practice), buyer };
}

interface EntryRow {
  id: number;
  organisation_id: number;
  unit_id: number | null;
  unit_name: string | null;
  date: string;
  minutes: number;
  activity: BillableEntry['activity'];
  kilometres: number;
  cancelled: number;
}

function unbilledEntries(db: CaseFileDatabase, organisationId: number, from: string, to: string) {
  return db
    .prepare(
      `SELECT t.id, t.organisation_id, t.unit_id, u.name AS unit_name, t.date, t.minutes,
              t.activity, t.kilometres, t.cancelled
         FROM time_entries t LEFT JOIN units u ON u.id = t.unit_id
        WHERE t.organisation_id = ? AND t.date BETWEEN ? AND ? AND t.invoice_id IS NULL
        ORDER BY t.date, t.id`,
    )
    .all(organisationId, from, to) as EntryRow[];
}

const toBillable = (row: EntryRow): BillableEntry => ({
  organisationId: row.organisation_id,
  unitId: row.unit_id,
  unitName: row.unit_name,
  date: row.date,
  minutes: row.minutes,
  activity: row.activity,
  kilometres: row.kilometres,
  cancelled: row.cancelled === 1,
});

const inContract = (contract: Contract, date: string) =>
  date >= contract.validFrom && (contract.validUntil === null || date <= contract.validUntil);

export interface InvoiceDraftResult {
  document: InvoiceDocument;
  /** The time entries the invoice bills (locked when it is issued). */
  entryIds: number[];
}

/** The monthly invoice of one organisation for a month ('YYYY-MM'), numbered CONCEPT. */
export function draftMonthlyInvoice(
  db: CaseFileDatabase,
  organisationId: number,
  month: string,
  issueDate: string,
): InvoiceDraftResult {
  const { practice, org, seller, buyer } = parties(db, organisationId);
  const period = monthPeriod(month);
  const contracts = contractsDuring(db, organisationId, period.start, period.end);
  if (contracts.length === 0) fail('NO_CONTRACT');
  const rows = unbilledEntries(db, organisationId, period.start, period.end);
  const outside = rows.filter((r) => !contracts.some((c) => inContract(c, r.date)));
  if (outside.length > 0) fail('NO_CONTRACT', `entry on ${outside[0]!.date}`);

  const unitsAllowed = unitsAllowedToName(db, {
    organisationId,
    from: period.start,
    to: period.end,
    threshold: practice.anonymityThreshold,
    unitsWithActivity: rows.flatMap((r) => (r.unit_id === null ? [] : [r.unit_id])),
  });

  // A contract that changes within the month prices the days it covers.
  const lines: PricedLine[] = [];
  const specification: SpecificationRow[] = [];
  for (const contract of contracts) {
    const priced = unwrap(
      priceMonth({
        contract,
        organisation: { isMember: org.isMember, employeeCount: org.employeeCount },
        entries: rows.filter((r) => inContract(contract, r.date)).map(toBillable),
        month,
        unitsAllowed,
      }),
    );
    lines.push(...priced.lines);
    specification.push(...priced.specification);
  }
  const last = contracts[contracts.length - 1]!;
  const document = unwrap(
    buildInvoiceDocument({
      kind: 'invoice',
      number: DRAFT_NUMBER,
      issueDate,
      seller,
      buyer,
      lines,
      specification,
      period,
      corrects: null,
      language: practice.invoiceLanguage,
      paymentTermDays: last.paymentTermDays,
      buyerReference: org.buyerReference,
      purchaseOrderNumber: org.purchaseOrderNumber,
    }),
  );
  return { document, entryIds: rows.map((r) => r.id) };
}

/** The yearly subscription invoice of one organisation, numbered CONCEPT. */
export function draftSubscriptionInvoice(
  db: CaseFileDatabase,
  organisationId: number,
  year: number,
  issueDate: string,
): InvoiceDraftResult {
  const { practice, org, seller, buyer } = parties(db, organisationId);
  const period = yearPeriod(year);
  const contracts = contractsDuring(db, organisationId, period.start, period.end).filter(
    (c) => c.subscription.kind !== 'none',
  );
  // The contract in force longest into the year sets the year's price.
  const contract = contracts[contracts.length - 1];
  if (!contract) fail('NO_SUBSCRIPTION');
  const priced = unwrap(
    priceSubscription({
      contract,
      organisation: { isMember: org.isMember, employeeCount: org.employeeCount },
      year,
    }),
  );
  const document = unwrap(
    buildInvoiceDocument({
      kind: 'invoice',
      number: DRAFT_NUMBER,
      issueDate,
      seller,
      buyer,
      lines: [priced.line],
      specification: [],
      period: priced.period,
      corrects: null,
      language: practice.invoiceLanguage,
      paymentTermDays: contract.paymentTermDays,
      buyerReference: org.buyerReference,
      purchaseOrderNumber: org.purchaseOrderNumber,
    }),
  );
  return { document, entryIds: [] };
}

/** The next number of the issue date's year, and a check that numbers follow dates. */
function nextNumber(db: CaseFileDatabase, issueDate: string): { year: number; sequence: number } {
  const year = Number(issueDate.slice(0, 4));
  const last = db
    .prepare(
      'SELECT sequence, issue_date FROM invoices WHERE year = ? ORDER BY sequence DESC LIMIT 1',
    )
    .get(year) as { sequence: number; issue_date: string } | undefined;
  if (last && issueDate < last.issue_date) fail('ISSUE_DATE_BEFORE_LAST');
  return { year, sequence: (last?.sequence ?? 0) + 1 };
}

export const invoiceNumber = (year: number, sequence: number) =>
  `${year}-${String(sequence).padStart(4, '0')}`;

function store(
  db: CaseFileDatabase,
  input: {
    organisationId: number;
    source: 'monthly' | 'subscription' | 'credit';
    document: InvoiceDocument;
    year: number;
    sequence: number;
    correctsId: number | null;
    now: Date;
  },
): number {
  const d = input.document;
  return Number(
    db
      .prepare(
        `INSERT INTO invoices (organisation_id, kind, source, year, sequence, number, issue_date,
           period_start, period_end, corrects_invoice_id, payable_cents, document, issued_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.organisationId,
        d.kind,
        input.source,
        input.year,
        input.sequence,
        d.number,
        d.issueDate,
        d.period.start,
        d.period.end,
        input.correctsId,
        d.payableCents,
        JSON.stringify(d),
        input.now.toISOString(),
      ).lastInsertRowid,
  );
}

/** Issues a draft: numbers it, stores it, locks its entries. Returns the invoice's id. */
function issue(
  db: CaseFileDatabase,
  organisationId: number,
  source: 'monthly' | 'subscription',
  draft: InvoiceDraftResult,
  now: Date,
): number {
  const { year, sequence } = nextNumber(db, draft.document.issueDate);
  const document = invoiceDocumentSchema.parse({
    ...draft.document,
    number: invoiceNumber(year, sequence),
  });
  const id = store(db, { organisationId, source, document, year, sequence, correctsId: null, now });
  const lock = db.prepare(
    'UPDATE time_entries SET invoice_id = ? WHERE id = ? AND invoice_id IS NULL',
  );
  for (const entryId of draft.entryIds) {
    if (lock.run(id, entryId).changes !== 1) fail('ALREADY_INVOICED', 'time entry');
  }
  return id;
}

export function issueMonthlyInvoice(
  db: CaseFileDatabase,
  organisationId: number,
  month: string,
  issueDate: string,
  now: Date,
): InvoiceSummary {
  const draft = draftMonthlyInvoice(db, organisationId, month, issueDate);
  return getInvoiceSummary(db, issue(db, organisationId, 'monthly', draft, now));
}

export function issueSubscriptionInvoice(
  db: CaseFileDatabase,
  organisationId: number,
  year: number,
  issueDate: string,
  now: Date,
): InvoiceSummary {
  const existing = db
    .prepare(
      `SELECT 1 FROM invoices i
        WHERE i.organisation_id = ? AND i.source = 'subscription' AND i.period_start = ?
          AND NOT EXISTS (SELECT 1 FROM invoices c WHERE c.corrects_invoice_id = i.id)`,
    )
    .get(organisationId, yearPeriod(year).start);
  if (existing) fail('ALREADY_INVOICED', 'subscription');
  const draft = draftSubscriptionInvoice(db, organisationId, year, issueDate);
  return getInvoiceSummary(db, issue(db, organisationId, 'subscription', draft, now));
}

/** A credit note for the whole invoice; the invoice's time entries can then be billed again. */
export function issueCreditNote(
  db: CaseFileDatabase,
  invoiceId: number,
  issueDate: string,
  now: Date,
): InvoiceSummary {
  const row = db
    .prepare(
      `SELECT i.organisation_id, i.kind,
              EXISTS (SELECT 1 FROM invoices c WHERE c.corrects_invoice_id = i.id) AS credited
         FROM invoices i WHERE i.id = ?`,
    )
    .get(invoiceId) as { organisation_id: number; kind: string; credited: number } | undefined;
  if (!row) fail('NOT_FOUND', 'invoice');
  if (row.kind !== 'invoice' || row.credited) fail('ALREADY_CREDITED');
  const invoice = getInvoiceDocument(db, invoiceId);
  const { year, sequence } = nextNumber(db, issueDate);
  const document = unwrap(creditNoteFor(invoice, invoiceNumber(year, sequence), issueDate));
  const id = store(db, {
    organisationId: row.organisation_id,
    source: 'credit',
    document,
    year,
    sequence,
    correctsId: invoiceId,
    now,
  });
  db.prepare('UPDATE time_entries SET invoice_id = NULL WHERE invoice_id = ?').run(invoiceId);
  return getInvoiceSummary(db, id);
}

/** The document as issued, read back through its schema (a damaged one is refused). */
export function getInvoiceDocument(db: CaseFileDatabase, id: number): InvoiceDocument {
  const json = db.prepare('SELECT document FROM invoices WHERE id = ?').pluck().get(id) as
    string | undefined;
  if (json === undefined) fail('NOT_FOUND', 'invoice');
  const parsed = invoiceDocumentSchema.safeParse(JSON.parse(json));
  if (!parsed.success) fail('DATABASE_DAMAGED', 'invoice document');
  return parsed.data;
}

interface InvoiceRow {
  id: number;
  organisation_id: number;
  legal_name: string;
  kind: InvoiceSummary['kind'];
  source: InvoiceSummary['source'];
  number: string;
  issue_date: string;
  period_start: string;
  period_end: string;
  payable_cents: number;
  corrects_number: string | null;
  credited_by_number: string | null;
  issued_at: string;
}

const SUMMARY_SELECT = `
  SELECT i.id, i.organisation_id, o.legal_name, i.kind, i.source, i.number, i.issue_date,
         i.period_start, i.period_end, i.payable_cents, i.issued_at,
         (SELECT x.number FROM invoices x WHERE x.id = i.corrects_invoice_id) AS corrects_number,
         (SELECT c.number FROM invoices c WHERE c.corrects_invoice_id = i.id) AS credited_by_number
    FROM invoices i JOIN organisations o ON o.id = i.organisation_id`;

const toSummary = (r: InvoiceRow): InvoiceSummary => ({
  id: r.id,
  organisationId: r.organisation_id,
  organisationName: r.legal_name,
  kind: r.kind,
  source: r.source,
  number: r.number,
  issueDate: r.issue_date,
  period: { start: r.period_start, end: r.period_end },
  payableCents: r.payable_cents,
  correctsNumber: r.corrects_number,
  creditedByNumber: r.credited_by_number,
  issuedAt: r.issued_at,
});

export function getInvoiceSummary(db: CaseFileDatabase, id: number): InvoiceSummary {
  const row = db.prepare(`${SUMMARY_SELECT} WHERE i.id = ?`).get(id) as InvoiceRow | undefined;
  if (!row) fail('NOT_FOUND', 'invoice');
  return toSummary(row);
}

export function listInvoices(
  db: CaseFileDatabase,
  filter: { organisationId: number | null; year: number | null },
): InvoiceSummary[] {
  const rows = db
    .prepare(
      `${SUMMARY_SELECT}
        WHERE (@organisationId IS NULL OR i.organisation_id = @organisationId)
          AND (@year IS NULL OR i.year = @year)
        ORDER BY i.year DESC, i.sequence DESC`,
    )
    .all(filter) as InvoiceRow[];
  return rows.map(toSummary);
}
