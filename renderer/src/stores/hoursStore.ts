import { create } from 'zustand';
import type { ErrorCode } from '../../../shared/errors';
import type { TimeEntry } from '../../../shared/schemas/hours';
import { registerStore } from './registry';

/** An organisation as the hours screens need it: its name and its units by id. */
export interface OrganisationEntry {
  id: number;
  name: string;
  archived: boolean;
  units: { id: number; name: string; archived: boolean }[];
}

/** A case as the hours form offers it. */
export interface CaseOption {
  id: number;
  caseNumber: string;
  closed: boolean;
}

interface HoursState {
  /** The organisation the Uren screen shows; null is all. */
  organisationId: number | null;
  /** A day in the week the Uren screen shows, YYYY-MM-DD; null is this week. */
  anchor: string | null;
  /** The week's entries as main last returned them, for the key in `weekFor`. */
  week: TimeEntry[] | null;
  /** "organisation/Monday" the list answers, so a stale list is never shown for another. */
  weekFor: string;
  weekError: ErrorCode | null;
  /** Every organisation (archived ones included, for the names of old entries). */
  organisations: OrganisationEntry[] | null;
  organisationsError: ErrorCode | null;
  /** The cases of each organisation, read when the form or the list needs them. */
  casesOf: Record<number, CaseOption[]>;
  /** The time entries of the case on screen. */
  ofCase: { caseId: number; entries: TimeEntry[] } | null;
  ofCaseError: ErrorCode | null;
}

interface HoursStore extends HoursState {
  setOrganisationId(organisationId: number | null): void;
  setAnchor(anchor: string | null): void;
  setWeek(weekFor: string, entries: TimeEntry[]): void;
  setWeekError(code: ErrorCode | null): void;
  setOrganisations(organisations: OrganisationEntry[]): void;
  setOrganisationsError(code: ErrorCode | null): void;
  setCasesOf(organisationId: number, cases: CaseOption[]): void;
  setOfCase(caseId: number, entries: TimeEntry[]): void;
  setOfCaseError(code: ErrorCode | null): void;
}

const initialState = (): HoursState => ({
  organisationId: null,
  anchor: null,
  week: null,
  weekFor: '',
  weekError: null,
  organisations: null,
  organisationsError: null,
  casesOf: {},
  ofCase: null,
  ofCaseError: null,
});

/** Hours: the Uren screen's choice and week, the names it shows, and the hours of a case. */
export const useHoursStore = create<HoursStore>()((set) => ({
  ...initialState(),
  setOrganisationId: (organisationId) => set({ organisationId }),
  setAnchor: (anchor) => set({ anchor }),
  setWeek: (weekFor, week) => set({ week, weekFor, weekError: null }),
  setWeekError: (weekError) => set({ weekError }),
  setOrganisations: (organisations) => set({ organisations, organisationsError: null }),
  setOrganisationsError: (organisationsError) => set({ organisationsError }),
  setCasesOf: (organisationId, cases) =>
    set((s) => ({ casesOf: { ...s.casesOf, [organisationId]: cases } })),
  setOfCase: (caseId, entries) => set({ ofCase: { caseId, entries }, ofCaseError: null }),
  setOfCaseError: (ofCaseError) => set({ ofCaseError }),
}));

// Case numbers and hours per case come from the case file: a lock forgets them.
registerStore('hours', () => useHoursStore.setState(initialState()));
