import { useEffect } from 'react';
import { DEFAULT_SAFETY_SETTINGS } from '../../../shared/schemas/safety';
import { applyIdleLockMinutes, startIdleLock } from './idleLock';
import { lockCaseFile } from './session';
import { callVp } from './vp';

/**
 * While the app is unlocked: lock after the idle-lock setting without input (lib/idleLock).
 * It starts at once on the default term, so no moment goes unwatched while the setting is
 * read; a setting that cannot be read leaves the default. lockCaseFile saves drafts first.
 */
export function useIdleLock(): void {
  useEffect(() => {
    let active = true;
    const stop = startIdleLock(DEFAULT_SAFETY_SETTINGS.idleLockMinutes, () => {
      void lockCaseFile();
    });
    void callVp('getSafetySettings', {}).then((result) => {
      if (active && result.ok) applyIdleLockMinutes(result.value.idleLockMinutes);
    });
    return () => {
      active = false;
      stop();
    };
  }, []);
}
