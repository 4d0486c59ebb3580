import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contractInputSchema, type ContractFormValues } from '../../shared/schemas/contract';
import { intakeInputSchema } from '../../shared/schemas/case';
import {
  timeEntryInputSchema,
  type TimeEntry,
  type TimeEntryFormValues,
} from '../../shared/schemas/hours';
import { organisationInputSchema } from '../../shared/schemas/organisation';
import { practiceSettingsInputSchema } from '../../shared/schemas/practice';
import type { CaseFileDatabase } from '../casefile';
import { contractTemplates } from './billing';
import { recordIntake } from './cases';
import { createContract, updateContract } from './contracts';
import { recordHours, updateTimeEntry } from './hours';
import {
  draftMonthlyInvoice,
  getInvoiceDocument,
  issueCreditNote,
  issueMonthlyInvoice,
  issueSubscriptionInvoice,
  listInvoices,
} from './invoices';
import { addUnit, createOrganisation, updateOrganisation } from './organisations';
import { savePracticeSettings } from './practice-settings';
import { openTestCaseFile, TEST_PRACTICE } from './test-support';

const NOW = new Date('2026-11-23T09:00:00.000Z');

let db: CaseFileDatabase;
let dispose: () => Promise<void>;
let orgId: number;
let production: number;
let office: number;
let warehouse: number;

const practice = TEST_PRACTICE;

const organisation = {
  legalName: 'Bouwbedrijf De Vries B.V.',
  street: 'Industrieweg 4',
  postcode: '5611 AA',
  city: 'Eindhoven',
  buyerReference: 'PO-4471',
  employeeCount: 35,
};

function template(id: string): ContractFormValues {
  const found = contractTemplates.find((t) => t.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return { ...found.terms, organisationId: 0, validFrom: '2026-01-01' } as ContractFormValues;
}

/** Insieme's terms with real rates: €120/h consult, €140/h information sessions. */
function insiemeContract(validFrom = '2026-01-01', validUntil: string | null = null) {
  const terms = structuredClone(template('insieme'));
  terms.activities = {
    ...terms.activities,
    consult: { billing: 'hourly', ratePerHour: { cents: 12_000 } },
    information_session: { billing: 'hourly', ratePerHour: { cents: 14_000 } },
  };
  return contractInputSchema.parse({ ...terms, organisationId: orgId, validFrom, validUntil });
}

function hours(entry: Partial<TimeEntryFormValues>) {
  return recordHours(
    db,
    timeEntryInputSchema.parse({
      organisationId: orgId,
      date: '2026-10-05',
      minutes: 60,
      activity: 'consult',
      ...entry,
    }),
    NOW,
  );
}

function cases(unitId: number, count: number, at = '2026-10-06T10:00:00+02:00') {
  for (let i = 0; i < count; i += 1) {
    recordIntake(
      db,
      intakeInputSchema.parse({
        organisationId: orgId,
        unitId,
        requestedAt: at,
        channel: 'phone',
        reporter: { anonymous: true },
        reporterRole: 'employee',
        behaviours: ['bullying'],
        consent: 'nothing',
      }),
      NOW,
    );
  }
}

/** A stored entry back as the input that changes it. */
function asInput(entry: TimeEntry, change: Partial<TimeEntryFormValues>) {
  const { id: _id, invoiceId: _invoice, createdAt: _c, updatedAt: _u, ...fields } = entry;
  return timeEntryInputSchema.parse({ ...fields, ...change });
}

beforeEach(async () => {
  const opened = await openTestCaseFile();
  db = opened.caseFile.db;
  dispose = opened.dispose;
  savePracticeSettings(db, practiceSettingsInputSchema.parse(practice), NOW);
  orgId = createOrganisation(db, organisationInputSchema.parse(organisation), NOW).id;
  const units = (name: string) =>
    addUnit(db, orgId, name, NOW).units.find((u) => u.name === name)!.id;
  production = units('Productie');
  office = units('Kantoor');
  warehouse = units('Magazijn');
});

afterEach(async () => {
  await dispose();
});

describe('the monthly invoice', () => {
  it('drafts the month from the contract, then issues it with the first number and locks its hours', () => {
    createContract(db, insiemeContract(), NOW);
    const a = hours({ minutes: 50, unitId: production });
    hours({ minutes: 45, unitId: production, date: '2026-10-12' });
    hours({ minutes: 120, activity: 'information_session', date: '2026-10-20' });
    // A cancelled workshop at Insieme's 50 %, and travel time that Insieme does not bill.
    hours({ minutes: 60, activity: 'information_session', cancelled: true, date: '2026-10-21' });
    hours({ minutes: 40, activity: 'travel_time', date: '2026-10-20' });
    // Another month and another organisation stay off this invoice.
    hours({ minutes: 60, date: '2026-11-02' });

    const { document } = draftMonthlyInvoice(db, orgId, '2026-10', '2026-11-02');
    expect(document.number).toBe('CONCEPT');
    expect(document.period).toEqual({ start: '2026-10-01', end: '2026-10-31' });
    expect(document.lines.map((l) => [l.subject.kind, l.minutes, l.amountCents])).toEqual([
      ['hours', 95, 19_000],
      ['hours', 120, 28_000],
      ['cancellation', 60, 7_000],
    ]);
    expect(document.lineTotalCents).toBe(54_000);
    expect(document.taxTotalCents).toBe(11_340);
    expect(document.payableCents).toBe(65_340);
    expect(document.buyerReference).toBe('PO-4471');
    expect(document.seller.kvkNumber).toBe('12345678');

    const issued = issueMonthlyInvoice(db, orgId, '2026-10', '2026-11-02', NOW);
    expect(issued).toMatchObject({ number: '2026-0001', kind: 'invoice', payableCents: 65_340 });
    expect(getInvoiceDocument(db, issued.id)).toEqual({ ...document, number: '2026-0001' });

    // Its hours are locked, and billed only once.
    expect(() => updateTimeEntry(db, a.id, asInput(a, { minutes: 10 }), NOW)).toThrow(
      expect.objectContaining({ code: 'ENTRY_LOCKED' }),
    );
    expect(() => issueMonthlyInvoice(db, orgId, '2026-10', '2026-11-03', NOW)).toThrow(
      expect.objectContaining({ code: 'NOTHING_TO_BILL' }),
    );
  });

  it('names a unit only with enough cases, and names none when one unit alone would be "other"', () => {
    createContract(db, insiemeContract(), NOW);
    hours({ minutes: 60, unitId: production });
    hours({ minutes: 30, unitId: office });
    cases(production, 5);
    cases(office, 4);
    // Productie has 5 cases and could be named, but Kantoor would then be the only "other".
    let spec = draftMonthlyInvoice(db, orgId, '2026-10', '2026-11-02').document.specification;
    expect(spec.map((r) => [r.unitName, r.otherUnits, r.minutes])).toEqual([[null, false, 90]]);

    // With a second small unit, Productie is named and the two small ones are merged.
    hours({ minutes: 15, unitId: warehouse });
    spec = draftMonthlyInvoice(db, orgId, '2026-10', '2026-11-02').document.specification;
    expect(spec.map((r) => [r.unitName, r.otherUnits, r.minutes])).toEqual([
      ['Productie', false, 60],
      [null, true, 45],
    ]);
    // Cases of another month do not count for October.
    cases(office, 3, '2026-11-02T10:00:00+01:00');
    spec = draftMonthlyInvoice(db, orgId, '2026-10', '2026-11-02').document.specification;
    expect(spec.some((r) => r.unitName === 'Kantoor')).toBe(false);
  });

  it('numbers without gaps in date order, and a credit note releases the hours for a new invoice', () => {
    createContract(db, insiemeContract(), NOW);
    const entry = hours({ minutes: 60 });
    hours({ minutes: 60, date: '2026-09-10' });
    const october = issueMonthlyInvoice(db, orgId, '2026-10', '2026-11-02', NOW);
    expect(() => issueMonthlyInvoice(db, orgId, '2026-09', '2026-11-01', NOW)).toThrow(
      expect.objectContaining({ code: 'ISSUE_DATE_BEFORE_LAST' }),
    );
    const september = issueMonthlyInvoice(db, orgId, '2026-09', '2026-11-02', NOW);
    expect([october.number, september.number]).toEqual(['2026-0001', '2026-0002']);

    const credit = issueCreditNote(db, october.id, '2026-11-10', NOW);
    expect(credit).toMatchObject({
      number: '2026-0003',
      kind: 'credit_note',
      correctsNumber: '2026-0001',
      payableCents: october.payableCents,
    });
    expect(getInvoiceDocument(db, credit.id).corrects).toEqual({
      number: '2026-0001',
      issueDate: '2026-11-02',
    });
    expect(() => issueCreditNote(db, october.id, '2026-11-11', NOW)).toThrow(
      expect.objectContaining({ code: 'ALREADY_CREDITED' }),
    );
    expect(() => issueCreditNote(db, credit.id, '2026-11-11', NOW)).toThrow(
      expect.objectContaining({ code: 'ALREADY_CREDITED' }),
    );

    // The hours can be corrected and billed again under the next number.
    updateTimeEntry(db, entry.id, asInput(entry, { minutes: 45 }), NOW);
    const corrected = issueMonthlyInvoice(db, orgId, '2026-10', '2026-11-10', NOW);
    expect(corrected).toMatchObject({ number: '2026-0004', payableCents: 10_890 });
    expect(
      listInvoices(db, { organisationId: null, year: 2026 }).map((i) => [
        i.number,
        i.creditedByNumber,
      ]),
    ).toEqual([
      ['2026-0004', null],
      ['2026-0003', null],
      ['2026-0002', null],
      ['2026-0001', '2026-0003'],
    ]);
  });

  it('keeps an issued invoice as it was when the contract changes later', () => {
    const contract = createContract(db, insiemeContract(), NOW);
    hours({ minutes: 60 });
    const issued = issueMonthlyInvoice(db, orgId, '2026-10', '2026-11-02', NOW);
    const before = getInvoiceDocument(db, issued.id);
    const raised = insiemeContract();
    raised.activities.consult = {
      billing: 'hourly',
      ratePerHour: { cents: 20_000, memberCents: null },
    };
    updateContract(db, contract.id, raised, NOW);
    expect(getInvoiceDocument(db, issued.id)).toEqual(before);
    expect(() => db.prepare('UPDATE invoices SET payable_cents = 0').run()).toThrow();
  });

  it('refuses clearly when something needed is missing', async () => {
    hours({ minutes: 60 });
    expect(() => draftMonthlyInvoice(db, orgId, '2026-10', '2026-11-02')).toThrow(
      expect.objectContaining({ code: 'NO_CONTRACT' }),
    );
    createContract(db, insiemeContract('2026-10-15'), NOW);
    // An entry before the contract started has no price.
    expect(() => draftMonthlyInvoice(db, orgId, '2026-10', '2026-11-02')).toThrow(
      expect.objectContaining({ code: 'NO_CONTRACT' }),
    );
    updateOrganisation(
      db,
      orgId,
      organisationInputSchema.parse({ ...organisation, street: null }),
      NOW,
    );
    expect(() => draftMonthlyInvoice(db, orgId, '2026-10', '2026-11-02')).toThrow(
      expect.objectContaining({ code: 'BUYER_ADDRESS_MISSING' }),
    );
    db.prepare("DELETE FROM settings WHERE key = 'practice'").run();
    expect(() => draftMonthlyInvoice(db, orgId, '2026-10', '2026-11-02')).toThrow(
      expect.objectContaining({ code: 'PRACTICE_DETAILS_MISSING' }),
    );
  });
});

describe('the yearly subscription invoice', () => {
  it('bills the band of the employee count once per year', () => {
    const terms = template('nassaupraktijk');
    createContract(
      db,
      contractInputSchema.parse({
        ...terms,
        organisationId: orgId,
        validFrom: '2026-01-01',
        validUntil: null,
      }),
      NOW,
    );
    const issued = issueSubscriptionInvoice(db, orgId, 2026, '2026-01-05', NOW);
    const document = getInvoiceDocument(db, issued.id);
    expect(document.lines).toHaveLength(1);
    expect(document.lines[0]!.subject).toMatchObject({
      kind: 'subscription',
      year: 2026,
      employeeBand: '21–50',
    });
    expect(document.lineTotalCents).toBe(35_000);
    expect(document.period).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(() => issueSubscriptionInvoice(db, orgId, 2026, '2026-01-06', NOW)).toThrow(
      expect.objectContaining({ code: 'ALREADY_INVOICED' }),
    );
    // After a credit note the year can be billed again (e.g. with the right band).
    issueCreditNote(db, issued.id, '2026-01-07', NOW);
    expect(issueSubscriptionInvoice(db, orgId, 2026, '2026-01-08', NOW).number).toBe('2026-0003');
  });

  it('needs the number of employees for a banded subscription', () => {
    const terms = template('nassaupraktijk');
    createContract(
      db,
      contractInputSchema.parse({
        ...terms,
        organisationId: orgId,
        validFrom: '2026-01-01',
        validUntil: null,
      }),
      NOW,
    );
    updateOrganisation(
      db,
      orgId,
      organisationInputSchema.parse({ ...organisation, employeeCount: null }),
      NOW,
    );
    expect(() => issueSubscriptionInvoice(db, orgId, 2026, '2026-01-05', NOW)).toThrow(
      expect.objectContaining({ code: 'EMPLOYEE_COUNT_MISSING' }),
    );
    expect(listInvoices(db, { organisationId: orgId, year: null })).toEqual([]);
  });
});
