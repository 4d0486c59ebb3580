import { useEffect, useRef } from 'react';
import type { MessageKey } from '../i18n/nl';
import { useT } from '../i18n';

/**
 * On a screen change: move focus to the screen's heading (so screen readers announce where
 * they are) unless told not to, and set the window title (`title`, else the key's text).
 */
export function useScreenFocus<T extends HTMLElement>(
  titleKey: MessageKey,
  focus = true,
  title?: string,
) {
  const t = useT();
  const ref = useRef<T>(null);
  const windowTitle = title ?? t(titleKey);
  const appName = t('app.name');
  useEffect(() => {
    document.title = `${windowTitle} – ${appName}`;
  }, [windowTitle, appName]);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return ref;
}
