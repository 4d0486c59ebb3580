import type { Organisation, OrganisationSummary } from '../../../shared/schemas/organisation';
import { useCaseFileStore } from '../stores/caseFileStore';
import { useOrganisationsStore } from '../stores/organisationsStore';
import type { OrganisationForm } from './forms';
import { callVp } from './vp';

/** An answer that arrives after a lock must not outlive it. */
function stillUnlocked(): boolean {
  return useCaseFileStore.getState().status?.state === 'unlocked';
}

/** Reads every organisation, archived ones included; the list filters them itself. */
export async function loadOrganisations(): Promise<void> {
  const result = await callVp('listOrganisations', { includeArchived: true });
  if (!stillUnlocked()) return;
  const store = useOrganisationsStore.getState();
  if (result.ok) store.setSummaries(result.value);
  else store.setListError(result.error.code);
}

/** Reads one organisation with its units, for the detail and edit views. */
export async function loadOrganisation(id: number): Promise<void> {
  const result = await callVp('getOrganisation', { id });
  if (!stillUnlocked()) return;
  const store = useOrganisationsStore.getState();
  if (result.ok) store.setCurrent(result.value);
  else store.setCurrentError(result.error.code);
}

/** Lower case, without the spaces, dots and dashes people type inside numbers. */
function searchable(text: string): string {
  return text.toLocaleLowerCase('nl').replace(/[\s.-]+/g, '');
}

/**
 * The organisations the list shows: active ones (archived ones too when asked), whose name,
 * place or KvK number contains the query; sorted by name, archived ones last.
 */
export function visibleOrganisations(
  summaries: readonly OrganisationSummary[],
  options: { query: string; showArchived: boolean },
): OrganisationSummary[] {
  const query = searchable(options.query);
  return summaries
    .filter((o) => options.showArchived || o.archivedAt === null)
    .filter(
      (o) =>
        query === '' ||
        [o.legalName, o.city ?? '', o.kvkNumber ?? ''].some((text) =>
          searchable(text).includes(query),
        ),
    )
    .sort(
      (a, b) =>
        Number(a.archivedAt !== null) - Number(b.archivedAt !== null) ||
        a.legalName.localeCompare(b.legalName, 'nl', { sensitivity: 'base' }),
    );
}

/** A new organisation's form: nothing filled in, the defaults of the shared schema. */
export function emptyOrganisationForm(): OrganisationForm {
  return {
    legalName: '',
    kvkNumber: '',
    vatNumber: '',
    street: '',
    postcode: '',
    city: '',
    country: 'NL',
    billingContactName: '',
    billingEmail: '',
    buyerReference: '',
    purchaseOrderNumber: '',
    employeeCount: null,
    isMember: false,
    reactionTimeHours: 48,
    engagementStart: '',
    engagementEnd: '',
    notes: '',
  };
}

/** An organisation as its edit form starts: what main holds, "not filled in" as empty text. */
export function organisationFormValues(o: Organisation): OrganisationForm {
  return {
    legalName: o.legalName,
    kvkNumber: o.kvkNumber ?? '',
    vatNumber: o.vatNumber ?? '',
    street: o.street ?? '',
    postcode: o.postcode ?? '',
    city: o.city ?? '',
    country: o.country,
    billingContactName: o.billingContactName ?? '',
    billingEmail: o.billingEmail ?? '',
    buyerReference: o.buyerReference ?? '',
    purchaseOrderNumber: o.purchaseOrderNumber ?? '',
    employeeCount: o.employeeCount,
    isMember: o.isMember,
    reactionTimeHours: o.reactionTimeHours,
    engagementStart: o.engagementStart ?? '',
    engagementEnd: o.engagementEnd ?? '',
    notes: o.notes,
  };
}
