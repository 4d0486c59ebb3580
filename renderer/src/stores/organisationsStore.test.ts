import { afterEach, describe, expect, it } from 'vitest';
import type { Organisation } from '../../../shared/schemas/organisation';
import { useOrganisationsStore } from './organisationsStore';
import { resetAllStores } from './registry';

function organisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    id: 7,
    legalName: 'Bouwbedrijf De Vries B.V.',
    kvkNumber: '87654321',
    vatNumber: null,
    street: null,
    postcode: null,
    city: 'Zwolle',
    country: 'NL',
    billingContactName: null,
    billingEmail: null,
    buyerReference: null,
    purchaseOrderNumber: null,
    employeeCount: null,
    isMember: false,
    reactionTimeHours: 48,
    engagementStart: null,
    engagementEnd: null,
    notes: '',
    archivedAt: null,
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
    units: [],
    ...overrides,
  };
}

describe('organisations store', () => {
  afterEach(() => resetAllStores());

  it('keeps the list in step with an organisation main returned', () => {
    const store = useOrganisationsStore.getState();
    store.setSummaries([]);
    store.setCurrent(organisation());
    expect(useOrganisationsStore.getState().summaries).toEqual([
      expect.objectContaining({ id: 7, legalName: 'Bouwbedrijf De Vries B.V.', unitCount: 0 }),
    ]);

    store.setCurrent(
      organisation({
        reactionTimeHours: 24,
        units: [
          { id: 1, organisationId: 7, name: 'Kantoor', archivedAt: null },
          { id: 2, organisationId: 7, name: 'Werkplaats', archivedAt: '2026-02-01T09:00:00Z' },
        ],
      }),
    );
    const [summary] = useOrganisationsStore.getState().summaries ?? [];
    // Only active units count, as in main's list.
    expect(summary).toMatchObject({ reactionTimeHours: 24, unitCount: 1 });
  });

  it('does not invent a list that was never read', () => {
    useOrganisationsStore.getState().setCurrent(organisation());
    expect(useOrganisationsStore.getState().summaries).toBeNull();
  });

  it('returns to the list with the organisation to focus, and forgets it on the next view', () => {
    const store = useOrganisationsStore.getState();
    store.show({ kind: 'detail', id: 7 });
    store.backToList(7);
    expect(useOrganisationsStore.getState()).toMatchObject({
      view: { kind: 'list' },
      focusOnList: 7,
    });
    store.show({ kind: 'new' });
    expect(useOrganisationsStore.getState().focusOnList).toBeNull();
  });
});
