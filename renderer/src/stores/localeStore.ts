import { create } from 'zustand';
import type { Locale } from '../i18n/translate';
import { registerStore } from './registry';

const STORAGE_KEY = 'vp.locale';

/** The language preference is not case data; it is kept across restarts in localStorage. */
function readPreference(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

function writePreference(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Without storage the choice lasts until the app closes.
  }
}

interface LocaleStore {
  locale: Locale;
  setLocale(locale: Locale): void;
}

export const useLocaleStore = create<LocaleStore>()((set) => ({
  locale: readPreference(),
  setLocale(locale) {
    writePreference(locale);
    set({ locale });
  },
}));

// Its initial state is the saved preference, so a lock keeps the counsellor's language.
registerStore('locale', () => useLocaleStore.setState({ locale: readPreference() }));
