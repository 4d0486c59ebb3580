import type { CaseSummary } from '../../../shared/schemas/case';
import { emptyFilters, useCasesStore } from '../stores/casesStore';
import { useNavigationStore } from '../stores/navigationStore';

export interface OpenCasesOfOrganisation {
  organisationId: number;
  organisationName: string;
  open: number;
  /** Open cases whose first contact is overdue. */
  overdue: number;
}

/**
 * Home's "Open meldingen": the open cases counted per organisation, most first (then by name,
 * the Dutch way), so the employer with the most work on hand is at the top.
 */
export function openCasesByOrganisation(
  cases: readonly CaseSummary[],
  locale: string,
): OpenCasesOfOrganisation[] {
  const byOrganisation = new Map<number, OpenCasesOfOrganisation>();
  for (const c of cases) {
    if (c.status === 'closed') continue;
    const row = byOrganisation.get(c.organisationId) ?? {
      organisationId: c.organisationId,
      organisationName: c.organisationName,
      open: 0,
      overdue: 0,
    };
    row.open += 1;
    if (c.overdue) row.overdue += 1;
    byOrganisation.set(c.organisationId, row);
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...byOrganisation.values()].sort(
    (a, b) => b.open - a.open || collator.compare(a.organisationName, b.organisationName),
  );
}

/** Opens Meldingen filtered on one organisation's open cases. */
export function showOpenCasesOf(organisationId: number): void {
  const cases = useCasesStore.getState();
  cases.setFilters({ ...emptyFilters(), organisationId, status: 'open' });
  cases.show({ kind: 'list' });
  useNavigationStore.getState().navigate('cases');
}
