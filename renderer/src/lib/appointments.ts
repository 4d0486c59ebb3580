import type { DefaultValues } from 'react-hook-form';
import { z } from 'zod';
import { appointmentFieldsSchema, type Appointment } from '../../../shared/schemas/appointment';
import { isoDateSchema } from '../../../shared/schemas/common';
import { intlLocale, type Locale } from '../i18n/translate';
import { useAppointmentsStore, type AgendaMode } from '../stores/appointmentsStore';
import { useCaseFileStore } from '../stores/caseFileStore';
import { fromInputValue, toDateInputValue, toInputValue, todayInputValue } from './datetime';
import { callVp } from './vp';

// ---------- Calendar days (YYYY-MM-DD, Dutch days) ----------

const DAY_MS = 86_400_000;

function utcOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function dayOf(utc: number): string {
  return new Date(utc).toISOString().slice(0, 10);
}

/** The calendar day `n` days after (or before) `day`. */
export function addDays(day: string, n: number): string {
  return dayOf(utcOf(day) + n * DAY_MS);
}

/** The Monday of the week `day` is in (a Dutch week starts on Monday). */
export function weekStart(day: string): string {
  const weekday = new Date(utcOf(day)).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** The ISO 8601 week number (week 1 holds the year's first Thursday), as Dutch calendars use. */
export function isoWeek(day: string): number {
  const thursday = addDays(weekStart(day), 3);
  const jan1 = utcOf(`${thursday.slice(0, 4)}-01-01`);
  return Math.floor((utcOf(thursday) - jan1) / (7 * DAY_MS)) + 1;
}

export interface AgendaPeriod {
  from: string;
  to: string;
  days: string[];
}

/** The days the Agenda shows: the anchor day, or its week from Monday to Sunday. */
export function agendaPeriod(mode: AgendaMode, anchor: string): AgendaPeriod {
  if (mode === 'day') return { from: anchor, to: anchor, days: [anchor] };
  const from = weekStart(anchor);
  const days = Array.from({ length: 7 }, (_, i) => addDays(from, i));
  return { from, to: days[6] ?? from, days };
}

/** One step back or on: a day in day view, a week in week view. */
export function stepAnchor(mode: AgendaMode, anchor: string, direction: -1 | 1): string {
  return addDays(anchor, direction * (mode === 'day' ? 1 : 7));
}

/** A calendar day as "maandag 30 november" (with the year when asked). */
export function formatWeekday(locale: Locale, day: string, withYear = false): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(new Date(utcOf(day)));
}

/** A calendar day as "30 november 2026" (or without the year). */
export function formatCalendarDay(locale: Locale, day: string, withYear = true): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(new Date(utcOf(day)));
}

/** Appointments per Dutch day of their start, for each of the given days, in main's order. */
export function groupByDay(
  appointments: readonly Appointment[],
  days: readonly string[],
): Map<string, Appointment[]> {
  const groups = new Map<string, Appointment[]>(days.map((day) => [day, []]));
  for (const appointment of appointments) {
    groups.get(toDateInputValue(appointment.startsAt))?.push(appointment);
  }
  return groups;
}

/** A planned appointment whose end has passed: held but not yet marked done. */
export function isPast(appointment: Appointment, now: Date = new Date()): boolean {
  return appointment.status === 'planned' && new Date(appointment.endsAt).getTime() < now.getTime();
}

// ---------- Reading ----------

/** An answer that arrives after a lock must not outlive it. */
function stillUnlocked(): boolean {
  return useCaseFileStore.getState().status?.state === 'unlocked';
}

let agendaRequest = 0;

/** The key of a period, to tell which period a list answers. */
export function periodKey(period: { from: string; to: string }): string {
  return `${period.from}/${period.to}`;
}

/** Reads the Agenda's period; only the newest request's answer is kept. */
export async function loadAgenda(): Promise<void> {
  const request = ++agendaRequest;
  const { mode, anchor } = useAppointmentsStore.getState();
  const period = agendaPeriod(mode, anchor ?? todayInputValue());
  const result = await callVp('listAppointments', { from: period.from, to: period.to });
  if (!stillUnlocked() || request !== agendaRequest) return;
  const store = useAppointmentsStore.getState();
  if (result.ok) store.setAgenda(periodKey(period), result.value);
  else store.setAgendaError(result.error.code);
}

/** Reads the appointments of one case. */
export async function loadCaseAppointments(caseId: number): Promise<void> {
  const result = await callVp('listCaseAppointments', { caseId });
  if (!stillUnlocked()) return;
  const store = useAppointmentsStore.getState();
  if (result.ok) store.setOfCase(caseId, result.value);
  else store.setOfCaseError(result.error.code);
}

// ---------- The form ----------

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/**
 * The plan and move form: a date and a time field (as the counsellor thinks of them) that
 * become the moment main takes, then exactly the shared schema main checks again.
 */
export const appointmentFormSchema = z
  .object({
    date: isoDateSchema,
    time: z.string().regex(TIME, 'validation.time'),
    durationMinutes: appointmentFieldsSchema.shape.durationMinutes,
    placeKind: appointmentFieldsSchema.shape.placeKind,
    placeText: appointmentFieldsSchema.shape.placeText,
  })
  .strict()
  .transform(({ date, time, ...rest }): z.input<typeof appointmentFieldsSchema> => ({
    startsAt: fromInputValue(`${date}T${time}`),
    ...rest,
  }))
  .pipe(appointmentFieldsSchema);

export type AppointmentForm = z.input<typeof appointmentFormSchema>;
export type AppointmentFormOutput = z.output<typeof appointmentFormSchema>;

/** A new appointment: tomorrow at ten for an hour; where it is, is a deliberate choice. */
export function emptyAppointmentForm(now: Date = new Date()): DefaultValues<AppointmentForm> {
  return {
    date: addDays(todayInputValue(now), 1),
    time: '10:00',
    durationMinutes: 60,
    placeKind: undefined,
    placeText: '',
  };
}

/** An appointment as its move form starts. */
export function appointmentFormValues(appointment: Appointment): AppointmentForm {
  const local = toInputValue(appointment.startsAt);
  return {
    date: local.slice(0, 10),
    time: local.slice(11, 16),
    durationMinutes: appointment.durationMinutes,
    placeKind: appointment.placeKind,
    placeText: appointment.placeText ?? '',
  };
}
