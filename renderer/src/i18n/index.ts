import { useCallback } from 'react';
import { useLocaleStore } from '../stores/localeStore';
import type { MessageKey } from './nl';
import { translate, type MessageParams } from './translate';

export type { MessageKey } from './nl';
export { errorKey } from './errors';
export {
  countryName,
  formatDate,
  formatLongDate,
  intlLocale,
  isMessageKey,
  translate,
} from './translate';
export type { Locale, MessageParams } from './translate';

export type T = (key: MessageKey, params?: MessageParams) => string;

/** t() in the current locale, outside React (e.g. for document.title). */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(useLocaleStore.getState().locale, key, params);
}

/** t() bound to the current locale; components re-render when the language changes. */
export function useT(): T {
  const locale = useLocaleStore((s) => s.locale);
  return useCallback((key, params) => translate(locale, key, params), [locale]);
}

export function useLocale() {
  return useLocaleStore((s) => s.locale);
}
