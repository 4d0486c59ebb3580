import { create } from 'zustand';
import type { ErrorCode } from '../../../shared/errors';
import type { Appointment } from '../../../shared/schemas/appointment';
import { registerStore } from './registry';

export type AgendaMode = 'day' | 'week';

interface AppointmentsState {
  /** The Agenda's view: one day or a week from Monday. */
  mode: AgendaMode;
  /** The day the Agenda shows (or whose week it shows), YYYY-MM-DD; null is today. */
  anchor: string | null;
  /** The Agenda's appointments as main last returned them, for the period in `agendaFor`. */
  agenda: Appointment[] | null;
  /** "from/to" of the period the agenda answers, so a stale list is never shown for another. */
  agendaFor: string;
  agendaError: ErrorCode | null;
  /** The appointments of the case on screen. */
  ofCase: { caseId: number; items: Appointment[] } | null;
  ofCaseError: ErrorCode | null;
}

interface AppointmentsStore extends AppointmentsState {
  setMode(mode: AgendaMode): void;
  setAnchor(anchor: string | null): void;
  setAgenda(agendaFor: string, items: Appointment[]): void;
  setAgendaError(code: ErrorCode | null): void;
  setOfCase(caseId: number, items: Appointment[]): void;
  setOfCaseError(code: ErrorCode | null): void;
}

const initialState = (): AppointmentsState => ({
  mode: 'week',
  anchor: null,
  agenda: null,
  agendaFor: '',
  agendaError: null,
  ofCase: null,
  ofCaseError: null,
});

/** Appointments: the Agenda (view, period, list) and the appointments of the case on screen. */
export const useAppointmentsStore = create<AppointmentsStore>()((set) => ({
  ...initialState(),
  setMode: (mode) => set({ mode }),
  setAnchor: (anchor) => set({ anchor }),
  setAgenda: (agendaFor, agenda) => set({ agenda, agendaFor, agendaError: null }),
  setAgendaError: (agendaError) => set({ agendaError }),
  setOfCase: (caseId, items) => set({ ofCase: { caseId, items }, ofCaseError: null }),
  setOfCaseError: (ofCaseError) => set({ ofCaseError }),
}));

// Place texts may be a reporter's address: a lock forgets them with everything else.
registerStore('appointments', () => useAppointmentsStore.setState(initialState()));
