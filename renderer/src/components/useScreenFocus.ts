import { useEffect, useRef } from 'react';
import type { MessageKey } from '../i18n/nl';
import { useT } from '../i18n';

/**
 * On a screen change: move focus to the screen's heading (so screen readers announce where
 * they are) unless told not to, and set the window title.
 */
export function useScreenFocus<T extends HTMLElement>(titleKey: MessageKey, focus = true) {
  const t = useT();
  const ref = useRef<T>(null);
  const title = t(titleKey);
  const appName = t('app.name');
  useEffect(() => {
    document.title = `${title} – ${appName}`;
  }, [title, appName]);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return ref;
}
