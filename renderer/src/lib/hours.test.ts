import { describe, expect, it } from 'vitest';
import type { CaseDetail, Note } from '../../../shared/schemas/case';
import type { TimeEntry } from '../../../shared/schemas/hours';
import {
  addMonths,
  emptyTimeEntryForm,
  entriesByDay,
  entryFromNote,
  firstConversationNoteId,
  hoursIssueMessage,
  hoursParseOptions,
  hoursWeek,
  lastMonth,
  minutesByOrganisation,
  monthRange,
  notesWithHours,
  stepWeek,
  timeEntryFormSchema,
  timeEntryFormValues,
  totals,
} from './hours';

function entry(overrides: Partial<TimeEntry> = {}): TimeEntry {
  return {
    id: 1,
    organisationId: 1,
    unitId: null,
    caseId: null,
    date: '2026-11-30',
    minutes: 60,
    activity: 'consult',
    kilometres: 0,
    cancelled: false,
    invoiceId: null,
    createdAt: '2026-11-30T10:00:00.000Z',
    updatedAt: '2026-11-30T10:00:00.000Z',
    ...overrides,
  };
}

function note(overrides: Partial<Note> = {}): Note {
  return {
    id: 1,
    caseId: 4,
    kind: 'conversation',
    occurredAt: '2026-11-30T09:30:00.000Z',
    durationMinutes: 45,
    body: 'Gesprek.',
    version: 1,
    createdAt: '2026-11-30T10:00:00.000Z',
    updatedAt: '2026-11-30T10:00:00.000Z',
    ...overrides,
  } as Note;
}

function kase(notes: Note[]): CaseDetail {
  return { id: 4, organisationId: 7, unitId: 3, notes } as unknown as CaseDetail;
}

describe('weeks and months', () => {
  it('runs a week from Monday to Sunday, also across a year', () => {
    expect(hoursWeek('2026-12-02')).toEqual({
      from: '2026-11-30',
      to: '2026-12-06',
      days: [
        '2026-11-30',
        '2026-12-01',
        '2026-12-02',
        '2026-12-03',
        '2026-12-04',
        '2026-12-05',
        '2026-12-06',
      ],
    });
    expect(hoursWeek('2026-11-30').from).toBe('2026-11-30');
    expect(hoursWeek('2026-12-06').from).toBe('2026-11-30');
    expect(hoursWeek('2027-01-01')).toMatchObject({ from: '2026-12-28', to: '2027-01-03' });
  });

  it('steps a week back and on from any day of it', () => {
    expect(stepWeek('2026-12-03', 1)).toBe('2026-12-07');
    expect(stepWeek('2026-12-03', -1)).toBe('2026-11-23');
    expect(stepWeek('2027-01-01', -1)).toBe('2026-12-21');
  });

  it('counts months across years, with their last day', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-05', -14)).toBe('2025-03');
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(lastMonth('2026-01-15')).toBe('2025-12');
    expect(lastMonth('2026-11-30')).toBe('2026-10');
  });
});

describe('totals', () => {
  it('leaves cancelled activities out of the worked minutes', () => {
    expect(
      totals([
        entry({ minutes: 90 }),
        entry({ minutes: 45 }),
        entry({ minutes: 60, cancelled: true }),
      ]),
    ).toEqual({ worked: 135, cancelled: 60 });
    expect(totals([])).toEqual({ worked: 0, cancelled: 0 });
  });

  it('groups entries per day of the week, empty days included', () => {
    const week = hoursWeek('2026-11-30');
    const groups = entriesByDay(
      [
        entry({ id: 1, date: '2026-11-30' }),
        entry({ id: 2, date: '2026-12-02' }),
        entry({ id: 3, date: '2026-12-02' }),
        entry({ id: 4, date: '2026-12-09' }),
      ],
      week.days,
    );
    expect([...groups.keys()]).toEqual(week.days);
    expect(groups.get('2026-11-30')?.map((e) => e.id)).toEqual([1]);
    expect(groups.get('2026-12-02')?.map((e) => e.id)).toEqual([2, 3]);
    expect(groups.get('2026-12-01')).toEqual([]);
    // Outside the week: not shown.
    expect([...groups.values()].flat().map((e) => e.id)).not.toContain(4);
  });

  it('sums minutes per organisation, most first', () => {
    expect(
      minutesByOrganisation([
        entry({ organisationId: 2, minutes: 30 }),
        entry({ organisationId: 1, minutes: 45 }),
        entry({ organisationId: 2, minutes: 30 }),
        entry({ organisationId: 3, minutes: 500, cancelled: true }),
      ]),
    ).toEqual([
      { organisationId: 2, minutes: 60 },
      { organisationId: 1, minutes: 45 },
    ]);
  });
});

describe('the hours form', () => {
  const base = {
    date: '2026-11-30',
    duration: '1:30',
    activity: 'consult' as const,
    organisationId: 1,
    unitId: null,
    caseId: null,
    kilometres: '',
    cancelled: false,
  };

  it('reads a duration as "1:30", "90" or "1,5" into the shared schema', () => {
    for (const duration of ['1:30', '90', '1,5', '1.5', '1u30']) {
      const parsed = timeEntryFormSchema.parse({ ...base, duration });
      expect(parsed).toEqual({
        organisationId: 1,
        unitId: null,
        caseId: null,
        date: '2026-11-30',
        minutes: 90,
        activity: 'consult',
        kilometres: 0,
        cancelled: false,
      });
    }
  });

  it('says validation.minutes on the duration field for an unreadable or impossible length', () => {
    for (const duration of ['', 'anderhalf', '0', '1:75', '25:00', '2000']) {
      const result = timeEntryFormSchema.safeParse({ ...base, duration }, hoursParseOptions);
      expect(result.success, duration).toBe(false);
      const issue = result.error?.issues[0];
      expect(issue?.path).toEqual(['duration']);
      expect(issue?.message).toBe('validation.minutes');
    }
  });

  it('takes kilometres as a whole number, empty as none', () => {
    expect(timeEntryFormSchema.parse({ ...base, kilometres: ' 42 ' }).kilometres).toBe(42);
    const bad = timeEntryFormSchema.safeParse({ ...base, kilometres: '4,5' }, hoursParseOptions);
    expect(bad.error?.issues[0]).toMatchObject({
      path: ['kilometres'],
      message: 'validation.count',
    });
  });

  it('asks for the organisation in words of its own', () => {
    const result = timeEntryFormSchema.safeParse(
      { ...base, organisationId: undefined },
      hoursParseOptions,
    );
    expect(result.error?.issues[0]).toMatchObject({
      path: ['organisationId'],
      message: 'hours.validation.organisation',
    });
    expect(hoursIssueMessage({ path: ['activity'], code: 'invalid_value' })).toBe(
      'hours.validation.activity',
    );
  });

  it('starts today with consult work, and an entry as it is', () => {
    expect(emptyTimeEntryForm(null, '2026-11-30')).toMatchObject({
      date: '2026-11-30',
      duration: '',
      activity: 'consult',
      organisationId: undefined,
      cancelled: false,
    });
    expect(emptyTimeEntryForm(5, '2026-11-30').organisationId).toBe(5);
    expect(timeEntryFormValues(entry({ minutes: 135, kilometres: 12, unitId: 3 }))).toMatchObject({
      duration: '2:15',
      kilometres: '12',
      unitId: 3,
    });
  });
});

describe('hours from notes', () => {
  it('finds the first conversation, whatever the order of the notes', () => {
    const notes = [
      note({ id: 5, kind: 'phone_call', occurredAt: '2026-11-01T09:00:00.000Z' }),
      note({ id: 6, kind: 'conversation', occurredAt: '2026-11-10T09:00:00.000Z' }),
      note({ id: 7, kind: 'conversation', occurredAt: '2026-11-03T09:00:00.000Z' }),
    ];
    expect(firstConversationNoteId(notes)).toBe(7);
    expect(firstConversationNoteId([note({ kind: 'email' })])).toBeNull();
  });

  it('makes the entry on the note’s Dutch day, for the case’s organisation, unit and case', () => {
    const first = note({ id: 1, occurredAt: '2026-11-30T23:30:00.000Z', durationMinutes: 50 });
    const later = note({ id: 2, occurredAt: '2026-12-03T09:00:00.000Z', durationMinutes: 40 });
    const c = kase([first, later]);
    // 23:30 UTC is half past midnight on 1 December in Amsterdam.
    expect(entryFromNote(c, first)).toEqual({
      organisationId: 7,
      unitId: 3,
      caseId: 4,
      date: '2026-12-01',
      minutes: 50,
      activity: 'first_consult',
      kilometres: 0,
      cancelled: false,
    });
    expect(entryFromNote(c, later).activity).toBe('consult');
  });

  it('counts a note as recorded when an entry of its case matches it, each entry once', () => {
    const a = note({ id: 1, occurredAt: '2026-11-30T09:00:00.000Z', durationMinutes: 45 });
    const b = note({ id: 2, occurredAt: '2026-12-02T09:00:00.000Z', durationMinutes: 45 });
    const c = note({ id: 3, occurredAt: '2026-12-02T13:00:00.000Z', durationMinutes: 45 });
    const k = kase([a, b, c]);
    const entries = [
      entry({ id: 10, caseId: 4, date: '2026-11-30', minutes: 45, activity: 'first_consult' }),
      entry({ id: 11, caseId: 4, date: '2026-12-02', minutes: 45, activity: 'consult' }),
      // Another case: never counts.
      entry({ id: 12, caseId: 9, date: '2026-12-02', minutes: 45, activity: 'consult' }),
    ];
    expect([...notesWithHours(k, entries)].sort()).toEqual([1, 2]);
  });
});
