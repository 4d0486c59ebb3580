import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../shared/schemas/appointment';
import {
  addDays,
  agendaPeriod,
  appointmentFormSchema,
  appointmentFormValues,
  emptyAppointmentForm,
  formatCalendarDay,
  formatWeekday,
  groupByDay,
  isoWeek,
  isPast,
  stepAnchor,
  weekStart,
} from './appointments';
import { caseParseOptions } from './caseForms';

function appointment(overrides: Partial<Appointment> = {}): Appointment {
  return {
    id: 1,
    caseId: 4,
    caseNumber: '2026-004',
    organisationName: 'Stichting Welzijn Oost',
    startsAt: '2026-11-30T09:00:00.000Z',
    endsAt: '2026-11-30T10:00:00.000Z',
    durationMinutes: 60,
    placeKind: 'phone',
    placeText: null,
    status: 'planned',
    createdAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
    ...overrides,
  };
}

describe('agenda days', () => {
  it('start the week on Monday', () => {
    expect(weekStart('2026-11-30')).toBe('2026-11-30'); // a Monday
    expect(weekStart('2026-12-06')).toBe('2026-11-30'); // the Sunday after
    expect(weekStart('2026-12-02')).toBe('2026-11-30');
    expect(weekStart('2027-01-01')).toBe('2026-12-28'); // across a year
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-29', -1)).toBe('2026-03-28'); // summer time does not shift days
  });

  it('count ISO weeks', () => {
    expect(isoWeek('2026-11-30')).toBe(49);
    expect(isoWeek('2026-01-01')).toBe(1);
    expect(isoWeek('2027-01-01')).toBe(53);
    expect(isoWeek('2027-01-04')).toBe(1);
  });

  it('make a day or a week, stepped by a day or a week', () => {
    expect(agendaPeriod('day', '2026-12-02')).toEqual({
      from: '2026-12-02',
      to: '2026-12-02',
      days: ['2026-12-02'],
    });
    const week = agendaPeriod('week', '2026-12-02');
    expect(week.from).toBe('2026-11-30');
    expect(week.to).toBe('2026-12-06');
    expect(week.days).toHaveLength(7);
    expect(stepAnchor('day', '2026-12-02', 1)).toBe('2026-12-03');
    expect(stepAnchor('week', '2026-12-02', -1)).toBe('2026-11-25');
  });

  it('are written in Dutch words', () => {
    expect(formatWeekday('nl', '2026-11-30')).toBe('maandag 30 november');
    expect(formatWeekday('nl', '2026-11-30', true)).toBe('maandag 30 november 2026');
    expect(formatCalendarDay('nl', '2026-12-06')).toBe('6 december 2026');
    expect(formatWeekday('en', '2026-11-30')).toBe('Monday 30 November');
  });

  it('hold the appointments of their Dutch day', () => {
    const lateSunday = appointment({ id: 2, startsAt: '2026-11-29T23:30:00.000Z' }); // 00:30 Monday
    const monday = appointment({ id: 3 });
    const groups = groupByDay([lateSunday, monday], agendaPeriod('week', '2026-11-30').days);
    expect(groups.get('2026-11-30')?.map((a) => a.id)).toEqual([2, 3]);
    expect(groups.get('2026-12-01')).toEqual([]);
  });

  it('tell a planned appointment that has ended', () => {
    const now = new Date('2026-11-30T10:30:00.000Z');
    expect(isPast(appointment(), now)).toBe(true);
    expect(isPast(appointment({ status: 'done' }), now)).toBe(false);
    expect(isPast(appointment({ endsAt: '2026-11-30T11:00:00.000Z' }), now)).toBe(false);
  });
});

describe('the appointment form', () => {
  const parse = (values: object) => appointmentFormSchema.safeParse(values, caseParseOptions);

  it('turns a Dutch date and time into the moment main takes', () => {
    const result = parse({
      date: '2026-11-30',
      time: '10:00',
      durationMinutes: 45,
      placeKind: 'reporter_home',
      placeText: '  Dorpsstraat 1  ',
    });
    expect(result.success && result.data).toEqual({
      startsAt: '2026-11-30T09:00:00.000Z',
      durationMinutes: 45,
      placeKind: 'reporter_home',
      placeText: 'Dorpsstraat 1',
    });
    const summer = parse({
      date: '2026-07-01',
      time: '10:00',
      durationMinutes: 60,
      placeKind: 'video',
      placeText: '',
    });
    expect(summer.success && summer.data.startsAt).toBe('2026-07-01T08:00:00.000Z');
  });

  it('says what is wrong per field, in catalogue keys', () => {
    const result = parse({
      ...emptyAppointmentForm(),
      date: '',
      time: '25:00',
      durationMinutes: NaN,
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
    );
    expect(messages).toEqual({
      date: 'validation.date',
      time: 'validation.time',
      durationMinutes: 'validation.appointmentDuration',
      placeKind: 'case.validation.choose',
    });
  });

  it('starts a move from the appointment as it is', () => {
    expect(
      appointmentFormValues(appointment({ placeKind: 'client_site', placeText: 'Kamer 2' })),
    ).toEqual({
      date: '2026-11-30',
      time: '10:00',
      durationMinutes: 60,
      placeKind: 'client_site',
      placeText: 'Kamer 2',
    });
  });
});
