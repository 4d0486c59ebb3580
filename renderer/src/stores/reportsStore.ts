import { create } from 'zustand';
import type { Locale } from '../i18n/translate';
import { registerStore } from './registry';

/** The parts of the Jaarverslagen screen. */
export type ReportsSection = 'annual' | 'overview';

interface ReportsState {
  section: ReportsSection;
  /** The organisation of the annual report; null is the first in the list. */
  organisationId: number | null;
  /** The year of the annual report; null is last year. */
  year: number | null;
  language: Locale;
  /** The year of the practice overview; null is last year. */
  overviewYear: number | null;
  overviewLanguage: Locale;
}

interface ReportsStore extends ReportsState {
  showSection(section: ReportsSection): void;
  choose(choice: Partial<Pick<ReportsState, 'organisationId' | 'year' | 'language'>>): void;
  chooseOverview(choice: { year?: number; language?: Locale }): void;
}

const initialState = (): ReportsState => ({
  section: 'annual',
  organisationId: null,
  year: null,
  language: 'nl',
  overviewYear: null,
  overviewLanguage: 'nl',
});

/** Jaarverslagen: which part is on screen and what was chosen (no figures: main holds them). */
export const useReportsStore = create<ReportsStore>()((set) => ({
  ...initialState(),
  showSection: (section) => set({ section }),
  choose: (choice) => set(choice),
  chooseOverview: ({ year, language }) =>
    set((s) => ({
      overviewYear: year ?? s.overviewYear,
      overviewLanguage: language ?? s.overviewLanguage,
    })),
}));

registerStore('reports', () => useReportsStore.setState(initialState()));
