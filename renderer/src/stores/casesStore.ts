import { create } from 'zustand';
import type { ErrorCode } from '../../../shared/errors';
import type {
  BehaviourKind,
  CaseDetail,
  CaseStatus,
  CaseSummary,
} from '../../../shared/schemas/case';
import { registerStore } from './registry';

/** Where the counsellor is within Meldingen. */
export type CaseView =
  | { kind: 'list' }
  | { kind: 'new' }
  | { kind: 'detail'; id: number }
  | { kind: 'edit'; id: number };

/** The list's filters, as the form shows them ('' is "all"). */
export interface CaseListFilters {
  organisationId: number | null;
  status: CaseStatus | 'open' | null;
  behaviour: BehaviourKind | null;
  /** YYYY-MM-DD or ''. */
  from: string;
  to: string;
  overdueOnly: boolean;
  includeMarked: boolean;
}

export const emptyFilters = (): CaseListFilters => ({
  organisationId: null,
  status: null,
  behaviour: null,
  from: '',
  to: '',
  overdueOnly: false,
  includeMarked: false,
});

interface CasesState {
  view: CaseView;
  filters: CaseListFilters;
  /** What is typed in the search box; a search replaces the filtered list while not empty. */
  query: string;
  /** The list as main last returned it for the filters (or the search); null until read. */
  summaries: CaseSummary[] | null;
  /** The query the summaries answer ('' for the filtered list). */
  summariesFor: string;
  listError: ErrorCode | null;
  /** The case open in the detail or edit view, as main last returned it. */
  current: CaseDetail | null;
  currentError: ErrorCode | null;
  /** Back from a case: the list focuses this case's row instead of its title. */
  focusOnList: number | null;
}

interface CasesStore extends CasesState {
  show(view: CaseView): void;
  backToList(fromId: number | null): void;
  clearFocusOnList(): void;
  setFilters(filters: Partial<CaseListFilters>): void;
  clearFilters(): void;
  setQuery(query: string): void;
  setSummaries(summaries: CaseSummary[], forQuery: string): void;
  setListError(code: ErrorCode | null): void;
  /** A case as main returned it (after reading or changing it). */
  setCurrent(detail: CaseDetail): void;
  setCurrentError(code: ErrorCode | null): void;
}

const initialState = (): CasesState => ({
  view: { kind: 'list' },
  filters: emptyFilters(),
  query: '',
  summaries: null,
  summariesFor: '',
  listError: null,
  current: null,
  currentError: null,
  focusOnList: null,
});

/** Cases (meldingen): the list with its filters and search, and the case open. */
export const useCasesStore = create<CasesStore>()((set) => ({
  ...initialState(),
  show: (view) => set({ view, currentError: null, focusOnList: null }),
  backToList: (fromId) => set({ view: { kind: 'list' }, currentError: null, focusOnList: fromId }),
  clearFocusOnList: () => set({ focusOnList: null }),
  setFilters: (filters) => set((s) => ({ filters: { ...s.filters, ...filters } })),
  clearFilters: () => set({ filters: emptyFilters() }),
  setQuery: (query) => set({ query }),
  setSummaries: (summaries, summariesFor) => set({ summaries, summariesFor, listError: null }),
  setListError: (listError) => set({ listError }),
  setCurrent: (current) => set({ current, currentError: null }),
  setCurrentError: (currentError) => set({ currentError }),
}));

registerStore('cases', () => useCasesStore.setState(initialState()));
