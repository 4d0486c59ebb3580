import { useOrganisationsStore } from '../stores/organisationsStore';
import { OrganisationDetailScreen } from './OrganisationDetailScreen';
import { OrganisationFormScreen } from './OrganisationFormScreen';
import { OrganisationListScreen } from './OrganisationListScreen';

/**
 * Organisaties: the list, a new organisation, one organisation, or its edit form. Each view is
 * a screen of its own (keyed), so arriving at one moves focus to its title.
 */
export function OrganisationsScreen() {
  const view = useOrganisationsStore((s) => s.view);
  switch (view.kind) {
    case 'list':
      return <OrganisationListScreen key="list" />;
    case 'new':
      return <OrganisationFormScreen key="new" id={null} />;
    case 'detail':
      return <OrganisationDetailScreen key={`detail-${view.id}`} id={view.id} />;
    case 'edit':
      return <OrganisationFormScreen key={`edit-${view.id}`} id={view.id} />;
  }
}
