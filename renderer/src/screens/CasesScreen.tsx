import { useEffect } from 'react';
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

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/** The shortcut as shown next to "Nieuwe melding". */
export const newCaseShortcut = isMac ? '⌘ N' : 'Ctrl N';

/**
 * Ctrl+N (Cmd+N on a Mac) starts a new case from anywhere in the unlocked app, unless a dialog
 * is open or the intake is already on screen (then nothing typed is put aside).
 */
export function useNewCaseShortcut(): void {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== 'n') return;
      event.preventDefault();
      if (document.querySelector('dialog[open]')) return;
      const onIntake =
        useNavigationStore.getState().route === 'cases' &&
        useCasesStore.getState().view.kind === 'new';
      if (!onIntake) startNewCase();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
