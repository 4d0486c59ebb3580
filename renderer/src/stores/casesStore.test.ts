import { afterEach, describe, expect, it } from 'vitest';
import type { CaseDetail, CaseSummary } from '../../../shared/schemas/case';
import { emptyFilters, useCasesStore } from './casesStore';
import { registeredStores, resetAllStores } from './registry';

const summary: CaseSummary = {
  id: 4,
  caseNumber: '2026-004',
  organisationId: 1,
  organisationName: 'Stichting Welzijn Oost',
  unitName: 'Zorg',
  requestedAt: '2026-11-20T08:30:00.000Z',
  firstContactDueAt: '2026-11-21T08:30:00.000Z',
  firstContactAt: null,
  status: 'first_reception',
  behaviours: ['bullying'],
  isTest: false,
  isDuplicate: false,
  overdue: true,
};

const detail: CaseDetail = {
  ...summary,
  unitId: 3,
  channel: 'phone',
  reporter: {
    anonymous: false,
    name: 'Sanne de Vries',
    phone: '06 1234 5678',
    email: null,
    otherContact: null,
  },
  reporterRole: 'employee',
  respondentRelation: 'manager',
  reporterWishes: 'Eerst haar verhaal kwijt.',
  consent: 'nothing',
  outcome: null,
  closedAt: null,
  statusHistory: [{ status: 'first_reception', changedAt: summary.requestedAt }],
  referrals: [],
  followUps: [],
  notes: [],
  createdAt: summary.requestedAt,
  updatedAt: summary.requestedAt,
};

describe('cases store', () => {
  afterEach(() => resetAllStores());

  it('is registered, so a lock forgets every case the renderer held', () => {
    expect(registeredStores()).toContain('cases');
    const initial = { ...useCasesStore.getState() };
    const store = useCasesStore.getState();
    store.setSummaries([summary], 'sanne');
    store.setQuery('sanne');
    store.setFilters({ organisationId: 1, overdueOnly: true, from: '2026-01-01' });
    store.setCurrent(detail);
    store.show({ kind: 'detail', id: 4 });
    store.backToList(4);

    resetAllStores();

    const after = useCasesStore.getState();
    expect(after).toEqual(initial);
    expect(after.summaries).toBeNull();
    expect(after.current).toBeNull();
    expect(after.query).toBe('');
    expect(after.filters).toEqual(emptyFilters());
    expect(after.view).toEqual({ kind: 'list' });
    expect(JSON.stringify(after)).not.toContain('Sanne');
  });

  it('changes only the filters it is given, and clears them all at once', () => {
    const store = useCasesStore.getState();
    store.setFilters({ status: 'open' });
    store.setFilters({ behaviour: 'bullying' });
    expect(useCasesStore.getState().filters).toMatchObject({
      status: 'open',
      behaviour: 'bullying',
    });
    store.clearFilters();
    expect(useCasesStore.getState().filters).toEqual(emptyFilters());
  });

  it('returns to the list with the case to focus, and forgets it on the next view', () => {
    const store = useCasesStore.getState();
    store.show({ kind: 'detail', id: 4 });
    store.backToList(4);
    expect(useCasesStore.getState()).toMatchObject({ view: { kind: 'list' }, focusOnList: 4 });
    store.show({ kind: 'new' });
    expect(useCasesStore.getState().focusOnList).toBeNull();
  });
});
