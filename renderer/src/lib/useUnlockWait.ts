import { useCallback, useEffect, useState } from 'react';
import { callVp } from './vp';

export interface UnlockWait {
  /** Milliseconds until main accepts the next attempt; 0 when one may be made now. */
  remainingMs: number;
  /** The wait as it was when it started (for the one announcement to screen readers). */
  startedWithMs: number;
  /** Asks main again: on opening the screen, and after every refused attempt. */
  refresh(): Promise<void>;
}

/**
 * The wait after wrong unlock attempts, as main counts it (it holds the count, so a reload of
 * the window shows the same wait). Counted down here with setTimeout and Date.now; main
 * refuses an early attempt anyway, and the screen then asks again.
 */
export function useUnlockWait(): UnlockWait {
  const [until, setUntil] = useState(0);
  const [startedWithMs, setStartedWithMs] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  const apply = useCallback((waitMs: number) => {
    const at = Date.now();
    setNow(at);
    setUntil(at + waitMs);
    setStartedWithMs(waitMs);
  }, []);

  const refresh = useCallback(async () => {
    const result = await callVp('getUnlockDelay', {});
    if (result.ok) apply(result.value.waitMs);
  }, [apply]);

  // On opening the screen: a reload of the window does not end a wait main still holds.
  useEffect(() => {
    let current = true;
    void callVp('getUnlockDelay', {}).then((result) => {
      if (current && result.ok) apply(result.value.waitMs);
    });
    return () => {
      current = false;
    };
  }, [apply]);

  // One tick per second of the countdown, landing on the whole seconds it shows.
  useEffect(() => {
    const remaining = until - now;
    if (remaining <= 0) return;
    const timer = setTimeout(() => setNow(Date.now()), remaining % 1000 || 1000);
    return () => clearTimeout(timer);
  }, [until, now]);

  return { remainingMs: Math.max(0, until - now), startedWithMs, refresh };
}
