import { create } from 'zustand';
import type { ErrorCode } from '../../../shared/errors';
import type { Organisation, OrganisationSummary } from '../../../shared/schemas/organisation';
import { registerStore } from './registry';

/** Where the counsellor is within Organisaties. */
export type OrganisationView =
  | { kind: 'list' }
  | { kind: 'new' }
  | { kind: 'detail'; id: number }
  | { kind: 'edit'; id: number };

interface OrganisationsState {
  view: OrganisationView;
  /** Every organisation, archived ones included (the list hides those); null until read. */
  summaries: OrganisationSummary[] | null;
  listError: ErrorCode | null;
  /** The organisation open in the detail or edit view, as main last returned it. */
  current: Organisation | null;
  currentError: ErrorCode | null;
  showArchived: boolean;
  filter: string;
  /** Back from a detail view: the list focuses this organisation's row instead of its title. */
  focusOnList: number | null;
}

interface OrganisationsStore extends OrganisationsState {
  show(view: OrganisationView): void;
  /** Back to the list, with focus on the row of the organisation just left. */
  backToList(fromId: number | null): void;
  clearFocusOnList(): void;
  setSummaries(summaries: OrganisationSummary[]): void;
  setListError(code: ErrorCode | null): void;
  /** An organisation as main returned it (after reading or changing it); the list follows. */
  setCurrent(organisation: Organisation): void;
  setCurrentError(code: ErrorCode | null): void;
  setShowArchived(showArchived: boolean): void;
  setFilter(filter: string): void;
}

const initialState = (): OrganisationsState => ({
  view: { kind: 'list' },
  summaries: null,
  listError: null,
  current: null,
  currentError: null,
  showArchived: false,
  filter: '',
  focusOnList: null,
});

export function toSummary(organisation: Organisation): OrganisationSummary {
  return {
    id: organisation.id,
    legalName: organisation.legalName,
    city: organisation.city,
    kvkNumber: organisation.kvkNumber,
    isMember: organisation.isMember,
    reactionTimeHours: organisation.reactionTimeHours,
    archivedAt: organisation.archivedAt,
    unitCount: organisation.units.filter((unit) => unit.archivedAt === null).length,
  };
}

/** Organisations (opdrachtgevers): the list, the one open, and the list's filter. */
export const useOrganisationsStore = create<OrganisationsStore>()((set) => ({
  ...initialState(),
  show: (view) => set({ view, currentError: null, focusOnList: null }),
  backToList: (fromId) => set({ view: { kind: 'list' }, currentError: null, focusOnList: fromId }),
  clearFocusOnList: () => set({ focusOnList: null }),
  setSummaries: (summaries) => set({ summaries, listError: null }),
  setListError: (listError) => set({ listError }),
  setCurrent: (organisation) =>
    set((s) => {
      const summary = toSummary(organisation);
      const known = s.summaries?.some((item) => item.id === summary.id) ?? false;
      return {
        current: organisation,
        currentError: null,
        summaries:
          s.summaries === null
            ? null
            : known
              ? s.summaries.map((item) => (item.id === summary.id ? summary : item))
              : [...s.summaries, summary],
      };
    }),
  setCurrentError: (currentError) => set({ currentError }),
  setShowArchived: (showArchived) => set({ showArchived }),
  setFilter: (filter) => set({ filter }),
}));

registerStore('organisations', () => useOrganisationsStore.setState(initialState()));
