import { create } from 'zustand';
import { callVp } from '../../lib/vp';
import { registerStore } from '../../stores/registry';
import { closedTour, endsTour, tourReducer, type TourAction, type TourState } from './tourSteps';

interface TourStore {
  state: TourState;
  dispatch(action: TourAction): void;
}

/**
 * The first-run tour's step. Finishing or skipping it is told to main, which keeps it in the
 * case file (never in the browser's storage: it belongs to this case file and must not
 * outlive it). A failed answer is not shown: at worst the tour comes once more.
 */
export const useTourStore = create<TourStore>()((set, get) => ({
  state: closedTour,
  dispatch(action) {
    const before = get().state;
    if (endsTour(before, action)) void callVp('markTourDone', {});
    set({ state: tourReducer(before, action) });
  },
}));

registerStore('tour', () => useTourStore.setState({ state: closedTour }));

/** Opens the tour at its first step (first run, or "Rondleiding opnieuw bekijken"). */
export function startTour(): void {
  useTourStore.getState().dispatch('start');
}
