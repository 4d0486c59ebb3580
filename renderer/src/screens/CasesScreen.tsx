import { useCasesStore } from '../stores/casesStore';
import { useNavigationStore } from '../stores/navigationStore';
import { CaseDetailScreen } from './CaseDetailScreen';
import { CaseListScreen } from './CaseListScreen';
import { IntakeFormScreen } from './IntakeFormScreen';

/**
 * Meldingen: the list, a new case (the intake), one case, or its intake to edit. Each view is
 * a screen of its own (keyed), so arriving at one moves focus to its title.
 */
export function CasesScreen() {
  const view = useCasesStore((s) => s.view);
  switch (view.kind) {
    case 'list':
      return <CaseListScreen key="list" />;
    case 'new':
      return <IntakeFormScreen key="new" id={null} />;
    case 'detail':
      return <CaseDetailScreen key={`detail-${view.id}`} id={view.id} />;
    case 'edit':
      return <IntakeFormScreen key={`edit-${view.id}`} id={view.id} />;
  }
}

/** Opens a new intake, from anywhere in the app. */
export function startNewCase(): void {
  useCasesStore.getState().show({ kind: 'new' });
  useNavigationStore.getState().navigate('cases');
}
