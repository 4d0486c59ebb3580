import type { DefaultValues } from 'react-hook-form';
import { z } from 'zod';
import type { CaseDetail, Note } from '../../../shared/schemas/case';
import { idSchema, isoDateSchema } from '../../../shared/schemas/common';
import {
  timeEntryInputSchema,
  type TimeEntry,
  type TimeEntryInput,
} from '../../../shared/schemas/hours';
import { activityKindSchema, type ActivityKind } from '../../../shared/schemas/invoice-document';
import type { MessageKey } from '../i18n/nl';
import { useCaseFileStore } from '../stores/caseFileStore';
import { useHoursStore, type OrganisationEntry } from '../stores/hoursStore';
import { addDays, weekStart } from './appointments';
import { toDateInputValue, todayInputValue } from './datetime';
import { issueMessage } from './forms';
import { formatMinutes, inputToMinutes } from './money';
import { callVp } from './vp';

export { addDays, weekStart };

// ---------- Weeks and months (YYYY-MM-DD, Dutch days) ----------

export interface HoursWeek {
  /** Monday. */
  from: string;
  /** Sunday. */
  to: string;
  days: string[];
}

/** The week (Monday to Sunday) that `day` is in. */
export function hoursWeek(day: string): HoursWeek {
  const from = weekStart(day);
  const days = Array.from({ length: 7 }, (_, i) => addDays(from, i));
  return { from, to: days[6] ?? from, days };
}

/** The Monday one week before or after the week of `day`. */
export function stepWeek(day: string, direction: -1 | 1): string {
  return addDays(weekStart(day), direction * 7);
}

/** 'YYYY-MM' of a day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The month before (or `n` months from) a 'YYYY-MM'. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The first and last day of a 'YYYY-MM'. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** The month before the one `today` is in: the month an invoice run usually bills. */
export function lastMonth(today: string = todayInputValue()): string {
  return addMonths(monthOf(today), -1);
}

// ---------- Totals ----------

export interface MinuteTotals {
  /** Minutes of work done (cancelled entries left out). */
  worked: number;
  /** Planned minutes of cancelled activities. */
  cancelled: number;
}

/** Minutes worked and minutes cancelled of a list of entries. */
export function totals(entries: readonly Pick<TimeEntry, 'minutes' | 'cancelled'>[]): MinuteTotals {
  let worked = 0;
  let cancelled = 0;
  for (const entry of entries) {
    if (entry.cancelled) cancelled += entry.minutes;
    else worked += entry.minutes;
  }
  return { worked, cancelled };
}

/** The entries of each of the given days, in main's order; days without entries stay empty. */
export function entriesByDay<E extends Pick<TimeEntry, 'date'>>(
  entries: readonly E[],
  days: readonly string[],
): Map<string, E[]> {
  const groups = new Map<string, E[]>(days.map((day) => [day, []]));
  for (const entry of entries) groups.get(entry.date)?.push(entry);
  return groups;
}

/** Minutes worked per organisation, most first (ties by id), for overviews. */
export function minutesByOrganisation(
  entries: readonly Pick<TimeEntry, 'organisationId' | 'minutes' | 'cancelled'>[],
): { organisationId: number; minutes: number }[] {
  const sums = new Map<number, number>();
  for (const e of entries) {
    if (e.cancelled) continue;
    sums.set(e.organisationId, (sums.get(e.organisationId) ?? 0) + e.minutes);
  }
  return [...sums.entries()]
    .map(([organisationId, minutes]) => ({ organisationId, minutes }))
    .sort((a, b) => b.minutes - a.minutes || a.organisationId - b.organisationId);
}

export { formatMinutes };

// ---------- The form ----------

/**
 * The quick-entry form as the counsellor types it: the duration as text ("1:30", "90",
 * "1,5"), kilometres as text, choices as numbers. It becomes exactly the shared schema main
 * checks again.
 */
export const timeEntryFormSchema = z
  .object({
    date: isoDateSchema,
    duration: z.string().transform((text, ctx) => {
      const minutes = inputToMinutes(text);
      if (minutes === null || minutes < 1 || minutes > 1440) {
        ctx.addIssue({ code: 'custom', message: 'validation.minutes' satisfies MessageKey });
        return z.NEVER;
      }
      return minutes;
    }),
    activity: activityKindSchema,
    organisationId: idSchema,
    unitId: idSchema.nullable(),
    caseId: idSchema.nullable(),
    kilometres: z.string().transform((text, ctx) => {
      const trimmed = text.trim();
      if (trimmed === '') return 0;
      if (!/^\d{1,5}$/.test(trimmed) || Number(trimmed) > 10_000) {
        ctx.addIssue({ code: 'custom', message: 'validation.count' satisfies MessageKey });
        return z.NEVER;
      }
      return Number(trimmed);
    }),
    cancelled: z.boolean(),
  })
  .strict()
  .transform(({ duration, ...rest }): z.input<typeof timeEntryInputSchema> => ({
    ...rest,
    minutes: duration,
  }))
  .pipe(timeEntryInputSchema);

export type TimeEntryForm = z.input<typeof timeEntryFormSchema>;
export type TimeEntryFormOutput = z.output<typeof timeEntryFormSchema>;

interface HoursIssue {
  code?: string;
  input?: unknown;
  path?: readonly PropertyKey[];
  minimum?: unknown;
  origin?: string;
  expected?: string;
}

/** Messages of the hours form: a missing choice says which one. */
export function hoursIssueMessage(issue: HoursIssue): MessageKey {
  const field = issue.path?.at(-1);
  if (field === 'organisationId') return 'hours.validation.organisation';
  if (field === 'activity') return 'hours.validation.activity';
  if (field === 'duration' || field === 'minutes') return 'validation.minutes';
  return issueMessage(issue);
}

export const hoursParseOptions = {
  error: (issue: HoursIssue) => hoursIssueMessage(issue),
};

/** A new entry: today, consult work, for the organisation chosen on screen (if one is). */
export function emptyTimeEntryForm(
  organisationId: number | null,
  today: string = todayInputValue(),
): DefaultValues<TimeEntryForm> {
  return {
    date: today,
    duration: '',
    activity: 'consult',
    organisationId: organisationId ?? undefined,
    unitId: null,
    caseId: null,
    kilometres: '',
    cancelled: false,
  };
}

/** An entry as its edit form starts. */
export function timeEntryFormValues(entry: TimeEntry): TimeEntryForm {
  return {
    date: entry.date,
    duration: formatMinutes(entry.minutes),
    activity: entry.activity,
    organisationId: entry.organisationId,
    unitId: entry.unitId,
    caseId: entry.caseId,
    kilometres: entry.kilometres === 0 ? '' : String(entry.kilometres),
    cancelled: entry.cancelled,
  };
}

// ---------- Hours from a case's notes ----------

/** The kinds of note that are a conversation with the reporter. */
const CONVERSATION = 'conversation';

/**
 * The note that is the case's first conversation (the earliest note of kind conversation):
 * its hours are recorded as 'first_consult', which some contracts bill free.
 */
export function firstConversationNoteId(notes: readonly Note[]): number | null {
  let first: Note | null = null;
  for (const note of notes) {
    if (note.kind !== CONVERSATION) continue;
    if (
      first === null ||
      note.occurredAt < first.occurredAt ||
      (note.occurredAt === first.occurredAt && note.id < first.id)
    ) {
      first = note;
    }
  }
  return first?.id ?? null;
}

/** The time entry a note becomes: the case's organisation, unit and case, the note's day. */
export function entryFromNote(kase: CaseDetail, note: Note): TimeEntryInput {
  return {
    organisationId: kase.organisationId,
    unitId: kase.unitId,
    caseId: kase.id,
    date: toDateInputValue(note.occurredAt),
    minutes: note.durationMinutes,
    activity: note.id === firstConversationNoteId(kase.notes) ? 'first_consult' : 'consult',
    kilometres: 0,
    cancelled: false,
  };
}

/**
 * Which notes already have their hours: a time entry has no link to a note, so a note counts
 * as recorded when an entry of its case has the same day, minutes and activity. Each entry
 * answers for one note only, so two equal notes need two entries.
 */
export function notesWithHours(
  kase: CaseDetail,
  entries: readonly Pick<TimeEntry, 'id' | 'caseId' | 'date' | 'minutes' | 'activity'>[],
): Set<number> {
  const unused = entries.filter((e) => e.caseId === kase.id);
  const recorded = new Set<number>();
  for (const note of kase.notes) {
    if (note.durationMinutes < 1) continue;
    const wanted = entryFromNote(kase, note);
    const index = unused.findIndex(
      (e) =>
        e.date === wanted.date && e.minutes === wanted.minutes && e.activity === wanted.activity,
    );
    if (index >= 0) {
      recorded.add(note.id);
      unused.splice(index, 1);
    }
  }
  return recorded;
}

/** The activity kinds in the order a counsellor thinks of them. */
export const activityOrder: readonly ActivityKind[] = [
  'consult',
  'first_consult',
  'employment_law_advice',
  'information_session',
  'policy_document',
  'complaints_committee',
  'travel_time',
  'other',
];

// ---------- Reading ----------

/** A period wide enough for "all hours of a case". */
export const ALL_TIME = { from: '2000-01-01', to: '2199-12-31' } as const;

function stillUnlocked(): boolean {
  return useCaseFileStore.getState().status?.state === 'unlocked';
}

/** The key of a week list: organisation and Monday. */
export function weekKey(organisationId: number | null, from: string): string {
  return `${organisationId ?? 'all'}/${from}`;
}

let weekRequest = 0;

/** Reads the Uren screen's week for its organisation; only the newest answer is kept. */
export async function loadWeek(): Promise<void> {
  const request = ++weekRequest;
  const { organisationId, anchor } = useHoursStore.getState();
  const week = hoursWeek(anchor ?? todayInputValue());
  const result = await callVp('listTimeEntries', {
    organisationId,
    caseId: null,
    from: week.from,
    to: week.to,
  });
  if (!stillUnlocked() || request !== weekRequest) return;
  const store = useHoursStore.getState();
  if (result.ok) store.setWeek(weekKey(organisationId, week.from), result.value);
  else store.setWeekError(result.error.code);
}

/** Reads every time entry of one case (for its card and its notes). */
export async function loadCaseHours(caseId: number): Promise<void> {
  const result = await callVp('listTimeEntries', {
    organisationId: null,
    caseId,
    ...ALL_TIME,
  });
  if (!stillUnlocked()) return;
  const store = useHoursStore.getState();
  if (result.ok) store.setOfCase(caseId, result.value);
  else store.setOfCaseError(result.error.code);
}

/**
 * Reads every organisation with its units (archived ones too: old entries keep their names).
 * Units come with the organisation itself, so only those that have units are read one by one.
 */
export async function loadOrganisationEntries(): Promise<void> {
  const list = await callVp('listOrganisations', { includeArchived: true });
  if (!stillUnlocked()) return;
  const store = useHoursStore.getState();
  if (!list.ok) {
    store.setOrganisationsError(list.error.code);
    return;
  }
  const details = await Promise.all(
    list.value.map((o) =>
      o.unitCount > 0 ? callVp('getOrganisation', { id: o.id }) : Promise.resolve(null),
    ),
  );
  if (!stillUnlocked()) return;
  const entries: OrganisationEntry[] = list.value
    .map((o, i) => {
      const detail = details[i];
      return {
        id: o.id,
        name: o.legalName,
        archived: o.archivedAt !== null,
        units:
          detail && detail.ok
            ? detail.value.units.map((u) => ({
                id: u.id,
                name: u.name,
                archived: u.archivedAt !== null,
              }))
            : [],
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }));
  store.setOrganisations(entries);
}

/** Reads the cases of an organisation (newest first), for the form and the case numbers. */
export async function loadCasesOf(organisationId: number): Promise<void> {
  const result = await callVp('listCases', {
    organisationId,
    includeMarked: true,
    limit: 20_000,
  });
  if (!stillUnlocked() || !result.ok) return;
  useHoursStore.getState().setCasesOf(
    organisationId,
    result.value
      .map((c) => ({ id: c.id, caseNumber: c.caseNumber, closed: c.status === 'closed' }))
      .sort((a, b) => b.caseNumber.localeCompare(a.caseNumber)),
  );
}

/** The name of an organisation, and of a unit of it, from the entries read. */
export function placeNames(
  organisations: readonly OrganisationEntry[] | null,
  organisationId: number,
  unitId: number | null,
): { organisation: string | null; unit: string | null } {
  const org = organisations?.find((o) => o.id === organisationId) ?? null;
  const unit = unitId === null ? null : (org?.units.find((u) => u.id === unitId) ?? null);
  return { organisation: org?.name ?? null, unit: unit?.name ?? null };
}
