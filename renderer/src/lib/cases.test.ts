import { describe, expect, it } from 'vitest';
import type { CaseSummary, DueItem } from '../../../shared/schemas/case';
import { emptyFilters } from '../stores/casesStore';
import {
  caseFilter,
  filterSummaries,
  hasFilters,
  LIST_LIMIT,
  orderedBehaviours,
  reactionState,
  splitDueItems,
} from './cases';

function summary(overrides: Partial<CaseSummary>): CaseSummary {
  return {
    id: 1,
    caseNumber: '2026-001',
    organisationId: 1,
    organisationName: 'Stichting Welzijn Oost',
    unitName: null,
    requestedAt: '2026-11-20T08:30:00.000Z',
    firstContactDueAt: '2026-11-21T08:30:00.000Z',
    firstContactAt: null,
    status: 'first_reception',
    behaviours: ['bullying'],
    isTest: false,
    isDuplicate: false,
    overdue: false,
    ...overrides,
  };
}

describe('the case list', () => {
  it('asks main for everything, filtered as chosen', () => {
    expect(caseFilter(emptyFilters())).toEqual({
      organisationId: null,
      status: null,
      behaviour: null,
      from: null,
      to: null,
      overdueOnly: false,
      includeMarked: false,
      limit: LIST_LIMIT,
      offset: 0,
    });
    expect(
      caseFilter({ ...emptyFilters(), status: 'open', from: '2026-01-01', to: '2026-12-31' }),
    ).toMatchObject({ status: 'open', from: '2026-01-01', to: '2026-12-31' });
    expect(hasFilters(emptyFilters())).toBe(false);
    expect(hasFilters({ ...emptyFilters(), overdueOnly: true })).toBe(true);
  });

  it('narrows search results by the same filters as the list, keeping their order', () => {
    const found = [
      summary({ id: 3, status: 'closed' }),
      summary({ id: 1, overdue: true, behaviours: ['gossip', 'threat'] }),
      summary({ id: 2, organisationId: 2, isTest: true }),
      // 23:30 UTC on the 30th is already 1 December in the Netherlands.
      summary({ id: 4, requestedAt: '2026-11-30T23:30:00.000Z' }),
    ];
    const ids = (filters: Partial<ReturnType<typeof emptyFilters>>) =>
      filterSummaries(found, { ...emptyFilters(), ...filters }).map((c) => c.id);
    expect(ids({})).toEqual([3, 1, 4]);
    expect(ids({ includeMarked: true })).toEqual([3, 1, 2, 4]);
    expect(ids({ status: 'open' })).toEqual([1, 4]);
    expect(ids({ status: 'closed' })).toEqual([3]);
    expect(ids({ behaviour: 'threat' })).toEqual([1]);
    expect(ids({ overdueOnly: true })).toEqual([1]);
    expect(ids({ organisationId: 2, includeMarked: true })).toEqual([2]);
    expect(ids({ from: '2026-12-01' })).toEqual([4]);
    expect(ids({ to: '2026-11-30' })).toEqual([3, 1]);
  });

  it('shows kinds of behaviour in the order of the form, not of their codes', () => {
    expect(orderedBehaviours(['theft_fraud', 'workload', 'bullying', 'abuse_of_power'])).toEqual([
      'bullying',
      'abuse_of_power',
      'theft_fraud',
      'workload',
    ]);
  });
});

describe('the reaction time', () => {
  const due = '2026-11-21T08:30:00.000Z';
  it('was kept when the first contact came in time, missed when it came later', () => {
    expect(
      reactionState({ firstContactDueAt: due, firstContactAt: '2026-11-21T08:30:00.000Z' }),
    ).toBe('onTime');
    expect(
      reactionState({ firstContactDueAt: due, firstContactAt: '2026-11-21T08:31:00.000Z' }),
    ).toBe('late');
  });

  it('is open until the due moment passes without a first contact', () => {
    const case_ = { firstContactDueAt: due, firstContactAt: null };
    expect(reactionState(case_, new Date('2026-11-21T08:00:00.000Z'))).toBe('open');
    expect(reactionState(case_, new Date('2026-11-21T09:00:00.000Z'))).toBe('lateOpen');
  });
});

describe('what is due', () => {
  it('puts the overdue ones apart, each group in main’s order', () => {
    const item = (caseId: number, overdue: boolean): DueItem => ({
      kind: 'first_contact',
      caseId,
      caseNumber: `2026-00${caseId}`,
      organisationName: 'Stichting Welzijn Oost',
      dueAt: '2026-11-21T08:30:00.000Z',
      overdue,
      followUpId: null,
      description: '',
    });
    const { overdue, upcoming } = splitDueItems([item(1, true), item(2, true), item(3, false)]);
    expect(overdue.map((i) => i.caseId)).toEqual([1, 2]);
    expect(upcoming.map((i) => i.caseId)).toEqual([3]);
  });
});
