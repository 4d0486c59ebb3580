import {
  behaviourKinds,
  type BehaviourKind,
  type CaseDetail,
  type CaseFilter,
  type CaseSummary,
  type DueItem,
} from '../../../shared/schemas/case';
import type { Result } from '../../../shared/result';
import { useCaseFileStore } from '../stores/caseFileStore';
import { useCasesStore, type CaseListFilters } from '../stores/casesStore';
import { toDateInputValue } from './datetime';
import { callVp } from './vp';

/** How many cases the list reads at once: all of them in any real practice. */
export const LIST_LIMIT = 20_000;
/** How many search results main returns, best first. */
export const SEARCH_LIMIT = 500;
/** How far ahead Home looks for what is due. */
export const DUE_HORIZON_DAYS = 14;

/** An answer that arrives after a lock must not outlive it. */
function stillUnlocked(): boolean {
  return useCaseFileStore.getState().status?.state === 'unlocked';
}

/** The list's filters as main's CaseFilter. */
export function caseFilter(filters: CaseListFilters): CaseFilter {
  return {
    organisationId: filters.organisationId,
    status: filters.status,
    behaviour: filters.behaviour,
    from: filters.from === '' ? null : filters.from,
    to: filters.to === '' ? null : filters.to,
    overdueOnly: filters.overdueOnly,
    includeMarked: filters.includeMarked,
    limit: LIST_LIMIT,
    offset: 0,
  };
}

/**
 * Search results narrowed by the same filters as the list (main's search ignores them), in
 * main's order (best match first). Days are the local day of the request.
 */
export function filterSummaries(
  summaries: readonly CaseSummary[],
  filters: CaseListFilters,
): CaseSummary[] {
  return summaries.filter((c) => {
    if (!filters.includeMarked && (c.isTest || c.isDuplicate)) return false;
    if (filters.organisationId !== null && c.organisationId !== filters.organisationId) {
      return false;
    }
    if (filters.status === 'open' && c.status === 'closed') return false;
    if (filters.status !== null && filters.status !== 'open' && c.status !== filters.status) {
      return false;
    }
    if (filters.behaviour !== null && !c.behaviours.includes(filters.behaviour)) return false;
    const day = toDateInputValue(c.requestedAt);
    if (filters.from !== '' && day < filters.from) return false;
    if (filters.to !== '' && day > filters.to) return false;
    if (filters.overdueOnly && !c.overdue) return false;
    return true;
  });
}

export function hasFilters(filters: CaseListFilters): boolean {
  return (
    filters.organisationId !== null ||
    filters.status !== null ||
    filters.behaviour !== null ||
    filters.from !== '' ||
    filters.to !== '' ||
    filters.overdueOnly ||
    filters.includeMarked
  );
}

let listRequest = 0;

/**
 * Reads the list for the current filters, or the search results for the current query.
 * Only the newest request's answer is kept, so a slow answer never replaces a newer one.
 */
export async function loadCaseList(): Promise<void> {
  const request = ++listRequest;
  const { filters, query } = useCasesStore.getState();
  const typed = query.trim();
  const result =
    typed === ''
      ? await callVp('listCases', caseFilter(filters))
      : await callVp('searchCases', { query: typed.slice(0, 200), limit: SEARCH_LIMIT });
  if (!stillUnlocked() || request !== listRequest) return;
  const store = useCasesStore.getState();
  if (result.ok) store.setSummaries(result.value, typed);
  else store.setListError(result.error.code);
}

/** Reads one case with its notes, referrals and follow-ups. */
export async function loadCase(id: number): Promise<void> {
  const result = await callVp('getCase', { id });
  if (!stillUnlocked()) return;
  const store = useCasesStore.getState();
  if (result.ok) store.setCurrent(result.value);
  else store.setCurrentError(result.error.code);
}

/** Reads Home's list of what is due: overdue first, then the next two weeks. */
export async function readDueItems(): Promise<Result<DueItem[]>> {
  return callVp('getDueItems', { horizonDays: DUE_HORIZON_DAYS });
}

/** Opens a case from anywhere in the app (Home, the list). */
export function openCase(id: number): void {
  useCasesStore.getState().show({ kind: 'detail', id });
}

export type ReactionState = 'onTime' | 'late' | 'open' | 'lateOpen';

/**
 * Whether the promised reaction time was kept: the first contact made in time (onTime) or
 * too late (late); not made yet and still within the time (open), or past it (lateOpen).
 */
export function reactionState(
  c: Pick<CaseDetail, 'firstContactAt' | 'firstContactDueAt'>,
  now: Date = new Date(),
): ReactionState {
  const due = new Date(c.firstContactDueAt).getTime();
  if (c.firstContactAt !== null) {
    return new Date(c.firstContactAt).getTime() <= due ? 'onTime' : 'late';
  }
  return now.getTime() > due ? 'lateOpen' : 'open';
}

/** Due items split into overdue and coming, each in main's order (by due time). */
export function splitDueItems(items: readonly DueItem[]): {
  overdue: DueItem[];
  upcoming: DueItem[];
} {
  return {
    overdue: items.filter((item) => item.overdue),
    upcoming: items.filter((item) => !item.overdue),
  };
}

/** Kinds of behaviour in the order of the intake form (main sorts them by code). */
export function orderedBehaviours(kinds: readonly BehaviourKind[]): BehaviourKind[] {
  return [...kinds].sort((a, b) => behaviourKinds.indexOf(a) - behaviourKinds.indexOf(b));
}
