import type { MessageKey } from '../../i18n/nl';
import type { Route } from '../../stores/navigationStore';

/** Where a step points: a section in the sidebar, or the lock button beneath it. */
export type TourTarget = { kind: 'nav'; route: Route } | { kind: 'lock' };

export interface TourStep {
  id: 'organisations' | 'cases' | 'billing' | 'safety';
  title: MessageKey;
  text: MessageKey;
  /** The first target is the one the text stands beside; all are highlighted. */
  targets: readonly TourTarget[];
  /** The shortcut the text names, if any ({shortcut}). */
  shortcut?: 'newCase' | 'lock';
}

/**
 * The first-run tour, in the order a counsellor starts working: the employers and their
 * contracts first (a case needs an organisation), then cases and notes, then hours and
 * invoices, and last how the case file stays safe.
 */
export const tourSteps: readonly TourStep[] = [
  {
    id: 'organisations',
    title: 'tour.organisations.title',
    text: 'tour.organisations.text',
    targets: [{ kind: 'nav', route: 'organisations' }],
  },
  {
    id: 'cases',
    title: 'tour.cases.title',
    text: 'tour.cases.text',
    targets: [
      { kind: 'nav', route: 'cases' },
      { kind: 'nav', route: 'agenda' },
    ],
    shortcut: 'newCase',
  },
  {
    id: 'billing',
    title: 'tour.billing.title',
    text: 'tour.billing.text',
    targets: [
      { kind: 'nav', route: 'hours' },
      { kind: 'nav', route: 'invoices' },
    ],
  },
  {
    id: 'safety',
    title: 'tour.safety.title',
    text: 'tour.safety.text',
    targets: [{ kind: 'lock' }, { kind: 'nav', route: 'settings' }],
    shortcut: 'lock',
  },
];

/** Hidden, or open at a step (0-based). */
export type TourState = { open: false } | { open: true; step: number };

export type TourAction = 'start' | 'next' | 'back' | 'skip';

export const closedTour: TourState = { open: false };

/**
 * The tour's state machine. Pure. "next" on the last step finishes the tour; "back" on the
 * first stays; "skip" closes from anywhere. Nothing happens to a closed tour but "start".
 */
export function tourReducer(
  state: TourState,
  action: TourAction,
  stepCount: number = tourSteps.length,
): TourState {
  if (action === 'start') return stepCount > 0 ? { open: true, step: 0 } : closedTour;
  if (!state.open) return state;
  switch (action) {
    case 'next':
      return state.step + 1 < stepCount ? { open: true, step: state.step + 1 } : closedTour;
    case 'back':
      return { open: true, step: Math.max(0, state.step - 1) };
    case 'skip':
      return closedTour;
  }
}

/** Whether an action ends an open tour (finished or skipped): then it is remembered as done. */
export function endsTour(state: TourState, action: TourAction, stepCount = tourSteps.length) {
  return state.open && !tourReducer(state, action, stepCount).open;
}
