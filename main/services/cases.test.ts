import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  caseFilterSchema,
  intakeInputSchema,
  noteInputSchema,
  type IntakeFormValues,
} from '../../shared/schemas/case';
import { organisationInputSchema } from '../../shared/schemas/organisation';
import type { CaseFileDatabase } from '../casefile';
import { AppError } from '../errors';
import {
  addFollowUp,
  addReferral,
  changeCaseStatus,
  completeFollowUp,
  getCase,
  listCases,
  markCase,
  recordIntake,
  searchCases,
  updateIntake,
} from './cases';
import { dueItems, reactionTimeStats } from './due';
import { addNote, editNote, noteHistory } from './notes';
import { addUnit, createOrganisation, setOrganisationArchived } from './organisations';
import { openTestCaseFile, testClock } from './test-support';

let db: CaseFileDatabase;
let dispose: () => Promise<void>;
let orgId: number;
let unitId: number;
const clock = testClock('2026-11-23T09:00:00.000Z');

beforeEach(async () => {
  const opened = await openTestCaseFile();
  db = opened.caseFile.db;
  dispose = opened.dispose;
  const org = createOrganisation(
    db,
    organisationInputSchema.parse({ legalName: 'Zorggroep De Linde', reactionTimeHours: 24 }),
    clock(),
  );
  orgId = org.id;
  unitId = addUnit(db, orgId, 'Regio Noord', clock()).units[0]!.id;
});
afterEach(() => dispose());

function intake(values: Partial<IntakeFormValues> = {}) {
  return intakeInputSchema.parse({
    organisationId: orgId,
    unitId,
    requestedAt: '2026-11-20T10:00:00+01:00',
    channel: 'phone',
    reporter: { anonymous: false, name: 'Fatima el Amrani', phone: '06 12345678' },
    reporterRole: 'employee',
    behaviours: ['bullying', 'discrimination'],
    respondentRelation: 'manager',
    reporterWishes: 'Wil eerst alleen haar verhaal kwijt.',
    consent: 'nothing',
    ...values,
  });
}

const note = (body: string, occurredAt = '2026-11-20T14:00:00+01:00', kind = 'conversation') =>
  noteInputSchema.parse({ kind, occurredAt, durationMinutes: 45, body });

function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'no error';
  } catch (err) {
    return err instanceof AppError ? err.code : String(err);
  }
}

describe('intake', () => {
  it('records a case with a yearly number, the due time of first contact and its first status', () => {
    const first = recordIntake(db, intake(), clock());
    const second = recordIntake(db, intake(), clock());
    const nextYear = recordIntake(
      db,
      intake({ requestedAt: '2027-01-02T09:00:00+01:00' }),
      clock(),
    );
    expect([first.caseNumber, second.caseNumber, nextYear.caseNumber]).toEqual([
      '2026-001',
      '2026-002',
      '2027-001',
    ]);
    expect(first).toMatchObject({
      organisationName: 'Zorggroep De Linde',
      unitName: 'Regio Noord',
      requestedAt: '2026-11-20T09:00:00.000Z',
      firstContactDueAt: '2026-11-21T09:00:00.000Z', // 24 hours later
      firstContactAt: null,
      status: 'first_reception',
      behaviours: ['bullying', 'discrimination'],
      reporter: { anonymous: false, name: 'Fatima el Amrani', phone: '06 12345678', email: null },
      statusHistory: [{ status: 'first_reception', changedAt: '2026-11-20T09:00:00.000Z' }],
    });
  });

  it('keeps no name or contact for an anonymous reporter', () => {
    expect(() => intake({ reporter: { anonymous: true, name: 'Iemand' } })).toThrow(
      /validation.anonymousWithName/,
    );
    const anon = recordIntake(db, intake({ reporter: { anonymous: true } }), clock());
    expect(anon.reporter).toEqual({
      anonymous: true,
      name: null,
      phone: null,
      email: null,
      otherContact: null,
    });
  });

  it('refuses an archived organisation, or a unit of another organisation', () => {
    const other = createOrganisation(
      db,
      organisationInputSchema.parse({ legalName: 'Ander' }),
      clock(),
    );
    const foreignUnit = addUnit(db, other.id, 'Elders', clock()).units[0]!.id;
    expect(codeOf(() => recordIntake(db, intake({ unitId: foreignUnit }), clock()))).toBe(
      'INVALID_INPUT',
    );
    setOrganisationArchived(db, orgId, true, clock());
    expect(codeOf(() => recordIntake(db, intake(), clock()))).toBe('ORGANISATION_ARCHIVED');
    expect(db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0);
  });

  it('corrects the intake without touching number, status or notes', () => {
    const kase = recordIntake(db, intake(), clock());
    addNote(db, kase.id, note('Eerste gesprek.'), clock());
    const corrected = updateIntake(
      db,
      kase.id,
      intake({ behaviours: ['gossip'], channel: 'email' }),
      clock(),
    );
    expect(corrected).toMatchObject({
      caseNumber: kase.caseNumber,
      status: 'first_reception',
      channel: 'email',
    });
    expect(corrected.behaviours).toEqual(['gossip']);
    expect(corrected.notes).toHaveLength(1);
  });
});

describe('status flow', () => {
  it('moves along the flow with dated changes; closing needs an outcome; a closed case can be reopened', () => {
    const kase = recordIntake(db, intake(), clock());
    changeCaseStatus(
      db,
      kase.id,
      { status: 'in_progress', at: '2026-11-21T10:00:00.000Z', outcome: null },
      clock(),
    );
    changeCaseStatus(
      db,
      kase.id,
      { status: 'referred', at: '2026-11-22T10:00:00.000Z', outcome: null },
      clock(),
    );
    expect(
      codeOf(() =>
        changeCaseStatus(
          db,
          kase.id,
          { status: 'closed', at: '2026-11-23T10:00:00.000Z', outcome: null },
          clock(),
        ),
      ),
    ).toBe('INVALID_INPUT');
    const closed = changeCaseStatus(
      db,
      kase.id,
      { status: 'closed', at: '2026-11-23T10:00:00.000Z', outcome: 'referred' },
      clock(),
    );
    expect(closed).toMatchObject({
      status: 'closed',
      outcome: 'referred',
      closedAt: '2026-11-23T10:00:00.000Z',
    });
    expect(closed.statusHistory.map((s) => s.status)).toEqual([
      'first_reception',
      'in_progress',
      'referred',
      'closed',
    ]);
    expect(
      codeOf(() =>
        changeCaseStatus(
          db,
          kase.id,
          { status: 'aftercare', at: '2026-11-24T10:00:00.000Z', outcome: null },
          clock(),
        ),
      ),
    ).toBe('INVALID_TRANSITION');
    const reopened = changeCaseStatus(
      db,
      kase.id,
      { status: 'in_progress', at: '2026-11-25T10:00:00.000Z', outcome: null },
      clock(),
    );
    expect(reopened).toMatchObject({ status: 'in_progress', outcome: null, closedAt: null });
  });

  it('records referrals and follow-ups, and marks test or duplicate cases out of the lists', () => {
    const kase = recordIntake(db, intake(), clock());
    addReferral(
      db,
      { caseId: kase.id, kind: 'company_doctor', referredOn: '2026-11-22', description: '' },
      clock(),
    );
    let detail = addFollowUp(
      db,
      {
        caseId: kase.id,
        kind: 'aftercare',
        dueAt: '2026-12-20T09:00:00.000Z',
        description: 'Nazorggesprek',
      },
      clock(),
    );
    expect(detail.referrals).toMatchObject([{ kind: 'company_doctor', referredOn: '2026-11-22' }]);
    detail = completeFollowUp(db, detail.followUps[0]!.id, true, clock());
    expect(detail.followUps[0]?.doneAt).toBe(clock().toISOString());

    markCase(db, kase.id, { isTest: true, isDuplicate: false }, clock());
    const filter = caseFilterSchema.parse({});
    expect(listCases(db, filter, clock())).toHaveLength(0);
    expect(listCases(db, { ...filter, includeMarked: true }, clock())).toHaveLength(1);
  });
});

describe('notes', () => {
  it('form a dated timeline; the first conversation is the first contact', () => {
    const kase = recordIntake(db, intake(), clock());
    addNote(
      db,
      kase.id,
      note('Actie: bedrijfsarts gebeld.', '2026-11-21T09:00:00+01:00', 'action'),
      clock(),
    );
    expect(getCase(db, kase.id).firstContactAt).toBeNull();
    addNote(db, kase.id, note('Gesprek bij haar thuis.', '2026-11-20T20:00:00+01:00'), clock());
    const detail = getCase(db, kase.id);
    expect(detail.firstContactAt).toBe('2026-11-20T19:00:00.000Z');
    expect(detail.notes.map((n) => n.body)).toEqual([
      'Gesprek bij haar thuis.',
      'Actie: bedrijfsarts gebeld.',
    ]);
  });

  it('keep every earlier version when edited', () => {
    const kase = recordIntake(db, intake(), clock());
    const n = addNote(db, kase.id, note('Melder vertelt over de teamleider.'), clock());
    clock.advance(60_000);
    const edited = editNote(db, n.id, note('Melder vertelt over de afdelingsleider.'), clock());
    editNote(
      db,
      n.id,
      { ...note('Melder vertelt over de afdelingsleider.'), durationMinutes: 60 },
      clock(),
    );
    expect(edited.version).toBe(2);
    expect(noteHistory(db, n.id).map((v) => v.body)).toEqual([
      'Melder vertelt over de teamleider.',
      'Melder vertelt over de afdelingsleider.',
    ]);
    expect(getCase(db, kase.id).notes[0]).toMatchObject({ version: 2, durationMinutes: 60 });
  });
});

describe('search', () => {
  it('finds cases by note text, reporter and case number, with the current text of a note only', () => {
    const a = recordIntake(db, intake(), clock());
    const b = recordIntake(db, intake({ reporter: { anonymous: true } }), clock());
    const n = addNote(db, b.id, note('Pesterijen tijdens de nachtdienst op de afdeling.'), clock());
    expect(searchCases(db, 'nachtdien', 10, clock()).map((c) => c.id)).toEqual([b.id]);
    expect(searchCases(db, 'fatima', 10, clock()).map((c) => c.id)).toEqual([a.id]);
    expect(searchCases(db, 'AMRANI', 10, clock()).map((c) => c.id)).toEqual([a.id]);
    expect(searchCases(db, '2026-002', 10, clock()).map((c) => c.id)).toEqual([b.id]);
    editNote(db, n.id, note('Conflict tijdens de avonddienst.'), clock());
    expect(searchCases(db, 'nachtdienst', 10, clock())).toEqual([]);
    expect(searchCases(db, 'avonddienst', 10, clock()).map((c) => c.id)).toEqual([b.id]);
  });

  it.each([
    ['"'],
    ['NEAR('],
    ['reporter:x'],
    ['*'],
    ['AND OR NOT'],
    [''],
    ['-'],
    ["'; DROP TABLE cases; --"],
  ])('takes FTS syntax typed by a person literally: %s', (typed) => {
    recordIntake(db, intake(), clock());
    expect(() => searchCases(db, typed, 10, clock())).not.toThrow();
    expect(db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(1);
  });
});

describe('what is due, and reaction times', () => {
  it('lists overdue first contacts and follow-ups first, and counts promises met', () => {
    const late = recordIntake(db, intake({ requestedAt: '2026-11-20T10:00:00+01:00' }), clock());
    const fresh = recordIntake(db, intake({ requestedAt: '2026-11-23T09:30:00+01:00' }), clock());
    const answered = recordIntake(
      db,
      intake({
        requestedAt: '2026-11-10T10:00:00+01:00',
        firstContactAt: '2026-11-10T15:00:00+01:00',
      }),
      clock(),
    );
    addFollowUp(
      db,
      {
        caseId: answered.id,
        kind: 'follow_up',
        dueAt: '2026-11-25T09:00:00.000Z',
        description: '',
      },
      clock(),
    );
    const items = dueItems(db, clock());
    expect(items.map((i) => [i.kind, i.caseId, i.overdue])).toEqual([
      ['first_contact', late.id, true],
      ['first_contact', fresh.id, false],
      ['follow_up', answered.id, false],
    ]);
    expect(reactionTimeStats(db, orgId, 2026, clock())).toEqual({ met: 1, missed: 1, pending: 1 });
    const filter = caseFilterSchema.parse({ overdueOnly: true });
    expect(listCases(db, filter, clock()).map((c) => c.id)).toEqual([late.id]);
  });

  it('filters by organisation, status, behaviour and period', () => {
    const a = recordIntake(
      db,
      intake({ requestedAt: '2026-03-01T10:00:00+01:00', behaviours: ['threat'] }),
      clock(),
    );
    recordIntake(db, intake({ requestedAt: '2026-06-01T10:00:00+02:00' }), clock());
    const base = caseFilterSchema.parse({ organisationId: orgId });
    expect(listCases(db, { ...base, behaviour: 'threat' }, clock()).map((c) => c.id)).toEqual([
      a.id,
    ]);
    expect(
      listCases(db, { ...base, from: '2026-01-01', to: '2026-03-01' }, clock()).map((c) => c.id),
    ).toEqual([a.id]);
    expect(listCases(db, { ...base, status: 'closed' }, clock())).toEqual([]);
    expect(listCases(db, { ...base, status: 'open' }, clock())).toHaveLength(2);
  });
});

describe('Dutch calendar days and years', () => {
  it('numbers and filters by the Dutch day: 00:30 on 1 January is the new year', () => {
    const newYear = recordIntake(db, intake({ requestedAt: '2027-01-01T00:30:00+01:00' }), clock());
    const oldYear = recordIntake(db, intake({ requestedAt: '2026-12-31T23:30:00+01:00' }), clock());
    expect(newYear.caseNumber).toBe('2027-001');
    expect(oldYear.caseNumber).toBe('2026-001');
    const filter = caseFilterSchema.parse({ from: '2027-01-01', to: '2027-01-01' });
    expect(listCases(db, filter, clock()).map((c) => c.id)).toEqual([newYear.id]);
    const summer = recordIntake(db, intake({ requestedAt: '2026-07-01T00:15:00+02:00' }), clock());
    const july = caseFilterSchema.parse({ from: '2026-07-01', to: '2026-07-31' });
    expect(listCases(db, july, clock()).map((c) => c.id)).toEqual([summer.id]);
  });
});
