import { create } from 'zustand';
import { registerStore } from './registry';

export const routes = [
  'home',
  'cases',
  'agenda',
  'organisations',
  'hours',
  'invoices',
  'reports',
  'settings',
] as const;
export type Route = (typeof routes)[number];

/**
 * A section a screen scrolls to and focuses on arrival, instead of its title: Home's reminders
 * lead straight to the card where they are handled (all in Settings).
 */
export type NavigationTarget = 'recoveryCode' | 'backups' | 'retention';

interface NavigationStore {
  route: Route;
  target: NavigationTarget | null;
  navigate(route: Route, target?: NavigationTarget): void;
}

const initialState = (): Pick<NavigationStore, 'route' | 'target'> => ({
  route: 'home',
  target: null,
});

export const useNavigationStore = create<NavigationStore>()((set) => ({
  ...initialState(),
  navigate: (route, target) => set({ route, target: target ?? null }),
}));

registerStore('navigation', () => useNavigationStore.setState(initialState()));
