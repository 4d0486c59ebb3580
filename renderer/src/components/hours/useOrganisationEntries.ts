import { useEffect } from 'react';
import { loadOrganisationEntries } from '../../lib/hours';
import { useHoursStore } from '../../stores/hoursStore';

/**
 * Every organisation with its units, read afresh when a screen that needs them opens (an
 * organisation may have been added or renamed meanwhile); the last list shows until then.
 */
export function useOrganisationEntries() {
  const organisations = useHoursStore((s) => s.organisations);
  const error = useHoursStore((s) => s.organisationsError);
  useEffect(() => {
    void loadOrganisationEntries();
  }, []);
  return { organisations, error, retry: () => void loadOrganisationEntries() };
}
