import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appointmentPeriodSchema,
  planAppointmentInputSchema,
  type PlanAppointmentInput,
} from '../../shared/schemas/appointment';
import {
  intakeInputSchema,
  noteInputSchema,
  type IntakeFormValues,
} from '../../shared/schemas/case';
import { organisationInputSchema } from '../../shared/schemas/organisation';
import type { CaseFileDatabase } from '../casefile';
import { AppError } from '../errors';
import {
  appointmentsOfCase,
  cancelAppointment,
  completeAppointment,
  exportAppointmentsIcs,
  listAppointments,
  planAppointment,
  rescheduleAppointment,
} from './appointments';
import { changeCaseStatus, markCase, recordIntake } from './cases';
import { addNote } from './notes';
import { dueItems } from './due';
import { createOrganisation } from './organisations';
import { openTestCaseFile, testClock } from './test-support';

let db: CaseFileDatabase;
let dispose: () => Promise<void>;
let orgId: number;
const clock = testClock('2026-11-23T09:00:00.000Z');

const REPORTER = {
  anonymous: false,
  name: 'Fatima el Amrani',
  phone: '06 1234 5678',
  email: 'fatima.elamrani@example.nl',
};
const HOME = 'Lindelaan 14, 8011 AB Zwolle';

beforeEach(async () => {
  const opened = await openTestCaseFile();
  db = opened.caseFile.db;
  dispose = opened.dispose;
  orgId = createOrganisation(
    db,
    organisationInputSchema.parse({ legalName: 'Zorggroep De Linde', reactionTimeHours: 24 }),
    clock(),
  ).id;
});
afterEach(() => dispose());

function newCase(values: Partial<IntakeFormValues> = {}) {
  return recordIntake(
    db,
    intakeInputSchema.parse({
      organisationId: orgId,
      requestedAt: '2026-11-20T10:00:00+01:00',
      firstContactAt: '2026-11-20T11:00:00+01:00',
      channel: 'phone',
      reporter: REPORTER,
      reporterRole: 'employee',
      behaviours: ['bullying'],
      consent: 'nothing',
      ...values,
    }),
    clock(),
  );
}

function plan(caseId: number, values: Partial<Record<keyof PlanAppointmentInput, unknown>> = {}) {
  return planAppointment(
    db,
    planAppointmentInputSchema.parse({
      caseId,
      startsAt: '2026-11-30T10:00:00+01:00',
      durationMinutes: 60,
      placeKind: 'reporter_home',
      placeText: HOME,
      ...values,
    }),
    clock(),
  );
}

const period = (from: string, to: string) => appointmentPeriodSchema.parse({ from, to });

function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'no error';
  } catch (err) {
    return err instanceof AppError ? err.code : String(err);
  }
}

describe('appointments', () => {
  it('are planned for a case, moved, and then done or cancelled, which is final', () => {
    const kase = newCase();
    const planned = plan(kase.id);
    expect(planned).toMatchObject({
      caseId: kase.id,
      caseNumber: kase.caseNumber,
      organisationName: 'Zorggroep De Linde',
      startsAt: '2026-11-30T09:00:00.000Z',
      endsAt: '2026-11-30T10:00:00.000Z',
      durationMinutes: 60,
      placeKind: 'reporter_home',
      placeText: HOME,
      status: 'planned',
      createdAt: clock().toISOString(),
    });

    clock.advance(60_000);
    const moved = rescheduleAppointment(
      db,
      planned.id,
      {
        startsAt: '2026-12-01T13:30:00.000Z',
        durationMinutes: 45,
        placeKind: 'phone',
        placeText: null,
      },
      clock(),
    );
    expect(moved).toMatchObject({
      startsAt: '2026-12-01T13:30:00.000Z',
      endsAt: '2026-12-01T14:15:00.000Z',
      placeKind: 'phone',
      placeText: null,
      updatedAt: clock().toISOString(),
    });
    expect(completeAppointment(db, planned.id, clock()).status).toBe('done');
    expect(codeOf(() => cancelAppointment(db, planned.id, clock()))).toBe('INVALID_TRANSITION');
    expect(
      codeOf(() =>
        rescheduleAppointment(
          db,
          planned.id,
          { ...moved, startsAt: '2026-12-02T09:00:00.000Z', placeText: null },
          clock(),
        ),
      ),
    ).toBe('INVALID_TRANSITION');

    const second = plan(kase.id, { startsAt: '2026-11-25T09:00:00+01:00' });
    expect(cancelAppointment(db, second.id, clock()).status).toBe('cancelled');
    expect(codeOf(() => completeAppointment(db, second.id, clock()))).toBe('INVALID_TRANSITION');
    expect(appointmentsOfCase(db, kase.id).map((a) => [a.id, a.status])).toEqual([
      [second.id, 'cancelled'],
      [planned.id, 'done'],
    ]);
  });

  it('belong to an existing case', () => {
    expect(codeOf(() => plan(999))).toBe('NOT_FOUND');
    expect(codeOf(() => appointmentsOfCase(db, 999))).toBe('NOT_FOUND');
    expect(codeOf(() => cancelAppointment(db, 999, clock()))).toBe('NOT_FOUND');
  });

  it('make the agenda of Dutch days, both ends included, in time order', () => {
    const a = newCase();
    const b = newCase();
    // 00:30 on Monday 30 November in Dutch time is still Sunday in UTC.
    const early = plan(a.id, { startsAt: '2026-11-30T00:30:00+01:00' });
    const late = plan(b.id, { startsAt: '2026-12-06T23:30:00+01:00' });
    const middle = plan(a.id, { startsAt: '2026-12-02T14:00:00+01:00' });
    plan(b.id, { startsAt: '2026-12-07T00:00:00+01:00' });
    plan(b.id, { startsAt: '2026-11-29T23:59:00+01:00' });
    cancelAppointment(db, middle.id, clock());

    const week = listAppointments(db, period('2026-11-30', '2026-12-06'));
    expect(week.map((x) => [x.id, x.caseNumber, x.status])).toEqual([
      [early.id, a.caseNumber, 'planned'],
      [middle.id, a.caseNumber, 'cancelled'],
      [late.id, b.caseNumber, 'planned'],
    ]);
    expect(listAppointments(db, period('2026-12-02', '2026-12-02')).map((x) => x.id)).toEqual([
      middle.id,
    ]);
  });

  it('are gone with their case', () => {
    const kase = newCase();
    plan(kase.id);
    db.prepare('DELETE FROM cases WHERE id = ?').run(kase.id);
    expect(db.prepare('SELECT count(*) FROM appointments').pluck().get()).toBe(0);
  });
});

describe('what is due', () => {
  it('lists planned appointments of open cases beside follow-ups, overdue once they ended', () => {
    const open = newCase();
    const closed = newCase();
    const test = newCase();
    // Ended an hour ago: overdue. Under way: not yet. Next week: coming. Far away: not listed.
    const ended = plan(open.id, {
      startsAt: '2026-11-23T08:00:00+01:00',
      durationMinutes: 60,
      placeKind: 'video',
    });
    const underWay = plan(open.id, { startsAt: '2026-11-23T09:30:00+01:00', durationMinutes: 90 });
    const coming = plan(open.id, { startsAt: '2026-11-30T10:00:00+01:00' });
    plan(open.id, { startsAt: '2027-01-30T10:00:00+01:00' });
    const done = plan(open.id, { startsAt: '2026-11-24T10:00:00+01:00' });
    completeAppointment(db, done.id, clock());
    const cancelled = plan(open.id, { startsAt: '2026-11-24T11:00:00+01:00' });
    cancelAppointment(db, cancelled.id, clock());
    plan(closed.id, { startsAt: '2026-11-24T10:00:00+01:00' });
    changeCaseStatus(
      db,
      closed.id,
      { status: 'closed', at: '2026-11-22T10:00:00.000Z', outcome: 'informal_solution' },
      clock(),
    );
    plan(test.id, { startsAt: '2026-11-24T10:00:00+01:00' });
    markCase(db, test.id, { isTest: true, isDuplicate: false }, clock());

    const items = dueItems(db, clock());
    expect(items.map((i) => [i.kind, i.appointmentId, i.overdue])).toEqual([
      ['planned_appointment', ended.id, true],
      ['planned_appointment', underWay.id, false],
      ['planned_appointment', coming.id, false],
    ]);
    expect(items[0]).toEqual({
      kind: 'planned_appointment',
      caseId: open.id,
      caseNumber: open.caseNumber,
      organisationName: 'Zorggroep De Linde',
      dueAt: '2026-11-23T07:00:00.000Z',
      overdue: true,
      followUpId: null,
      description: '',
      appointmentId: ended.id,
      placeKind: 'video',
    });
    // Home never needs the address.
    expect(JSON.stringify(items)).not.toContain('Lindelaan');
  });
});

describe('the agenda file of a period', () => {
  const identifying = [REPORTER.name, REPORTER.phone, REPORTER.email, 'Lindelaan', 'Zorggroep'];

  it('holds no name, contact detail, case or organisation, and no place text unless allowed', () => {
    const kase = newCase();
    plan(kase.id);
    plan(kase.id, { startsAt: '2026-12-01T10:00:00+01:00', placeKind: 'client_site' });
    const file = exportAppointmentsIcs(db, period('2026-11-30', '2026-12-06'), false, clock());
    expect(file.count).toBe(2);
    expect(file.placesWithheld).toBe(0);
    expect(file.text).toContain('SUMMARY:VP afspraak');
    expect(file.text).toContain('LOCATION:bij de melder thuis\r\n');
    expect(file.text).toContain('LOCATION:bij de opdrachtgever\r\n');
    const unfolded = file.text.replace(/\r\n[ \t]/g, '');
    for (const value of [...identifying, kase.caseNumber, '06 1234', '0612345678']) {
      expect(unfolded).not.toContain(value);
    }
    // UIDs are random, not derived from the case or the row.
    expect(unfolded).toMatch(/UID:[0-9a-f-]{36}@vp-dossier/);
  });

  it('takes an allowed place text along, but never one that repeats a reporter', () => {
    const kase = newCase();
    plan(kase.id);
    plan(kase.id, { startsAt: '2026-12-01T10:00:00+01:00', placeText: 'Bij Fatima El Amrani' });
    plan(kase.id, { startsAt: '2026-12-02T10:00:00+01:00', placeText: 'bellen op 0612345678' });
    plan(kase.id, { startsAt: '2026-12-03T10:00:00+01:00', placeText: null });
    const file = exportAppointmentsIcs(db, period('2026-11-30', '2026-12-06'), true, clock());
    expect(file).toMatchObject({ count: 4, placesWithheld: 2 });
    const unfolded = file.text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('LOCATION:bij de melder thuis – Lindelaan 14\\, 8011 AB Zwolle');
    for (const value of [REPORTER.name, 'Fatima', REPORTER.email, REPORTER.phone, '0612345678']) {
      expect(unfolded).not.toContain(value);
    }
    expect(unfolded).not.toContain(kase.caseNumber);
  });

  it('passes the leak guard: an allowed place quoted from a note stops the file', () => {
    const kase = newCase();
    plan(kase.id, { placeText: 'in de oude kantine achter de sporthal van Zwolle-Zuid' });
    addNote(
      db,
      kase.id,
      noteInputSchema.parse({
        kind: 'conversation',
        occurredAt: '2026-11-21T10:00:00+01:00',
        durationMinutes: 30,
        body: 'We spreken af in de oude kantine achter de sporthal van Zwolle-Zuid.',
      }),
      clock(),
    );
    const week = period('2026-11-30', '2026-12-06');
    expect(exportAppointmentsIcs(db, week, false, clock()).count).toBe(1);
    expect(codeOf(() => exportAppointmentsIcs(db, week, true, clock()))).toBe('EXPORT_BLOCKED');
  });

  it('keeps an appointment recognisable across exports, its changes counted', () => {
    const kase = newCase();
    const planned = plan(kase.id);
    const uidOf = (text: string) => /UID:(\S+)/.exec(text)?.[1];
    const before = exportAppointmentsIcs(db, period('2026-11-30', '2026-11-30'), false, clock());
    rescheduleAppointment(
      db,
      planned.id,
      { ...planned, startsAt: '2026-11-30T11:00:00.000Z', placeText: null },
      clock(),
    );
    cancelAppointment(db, planned.id, clock());
    const after = exportAppointmentsIcs(db, period('2026-11-30', '2026-11-30'), false, clock());
    expect(uidOf(after.text)).toBe(uidOf(before.text));
    expect(before.text).toContain('SEQUENCE:0');
    expect(after.text).toContain('SEQUENCE:2');
    expect(after.text).toContain('STATUS:CANCELLED');
  });
});
