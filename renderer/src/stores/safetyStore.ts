import { create } from 'zustand';
import { registerStore } from './registry';

/** What a restore did, for Home to say once the restored file is open. Names, never paths. */
export interface RestoreNotice {
  folderName: string;
  /** The folder the previous case file was kept in; null when there was none (first run). */
  keptAs: string | null;
}

interface SafetyStore {
  restored: RestoreNotice | null;
  setRestored(notice: RestoreNotice | null): void;
}

const initialState = (): Pick<SafetyStore, 'restored'> => ({ restored: null });

export const useSafetyStore = create<SafetyStore>()((set) => ({
  ...initialState(),
  setRestored: (restored) => set({ restored }),
}));

registerStore('safety', () => useSafetyStore.setState(initialState()));
