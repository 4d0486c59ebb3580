import { useEffect, useRef } from 'react';

/**
 * Arrived from one of Home's reminders: the card's heading takes focus and scrolls into view
 * once, instead of the screen's title (as Settings does for the recovery code).
 */
export function useArrivalFocus(onArrival: boolean) {
  const ref = useRef<HTMLHeadingElement>(null);
  const pending = useRef(onArrival);
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView({ block: 'start' });
  }, []);
  return ref;
}
