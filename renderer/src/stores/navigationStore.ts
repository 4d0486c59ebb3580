import { create } from 'zustand';
import { registerStore } from './registry';

export const routes = [
  'home',
  'cases',
  'organisations',
  'hours',
  'invoices',
  'reports',
  'settings',
] as const;
export type Route = (typeof routes)[number];

interface NavigationStore {
  route: Route;
  navigate(route: Route): void;
}

const initialState = (): Pick<NavigationStore, 'route'> => ({ route: 'home' });

export const useNavigationStore = create<NavigationStore>()((set) => ({
  ...initialState(),
  navigate: (route) => set({ route }),
}));

registerStore('navigation', () => useNavigationStore.setState(initialState()));
