import { useEffect, useRef } from 'react';
import { callVp } from '../../lib/vp';
import { useCaseFileStore } from '../../stores/caseFileStore';
import { TourPanel } from './TourPanel';
import { startTour, useTourStore } from './tourStore';

/**
 * Mounted once in the app shell. Right after a counsellor's own case file is first opened —
 * its recovery code confirmed, not opened with the recovery code, not the demo — the tour
 * starts, unless the case file says it was finished or skipped before. It is decided once per
 * unlock, on the first answer about the recovery code, so confirming a new code later in
 * Settings does not bring it up in the middle of that work.
 */
export function FirstRunTour() {
  const confirmed = useCaseFileStore((s) => s.recoveryCodeConfirmed);
  const tour = useTourStore((s) => s.state);
  const decided = useRef(false);

  useEffect(() => {
    if (decided.current || confirmed === null) return;
    decided.current = true;
    const status = useCaseFileStore.getState().status;
    if (!confirmed || status?.demo || status?.unlockedWith === 'recoveryCode') return;
    void callVp('getTourState', {}).then((result) => {
      // An answer that arrives after a lock must not open the tour on the unlock screen.
      if (!result.ok || result.value.done) return;
      if (useCaseFileStore.getState().status?.state !== 'unlocked') return;
      startTour();
    });
  }, [confirmed]);

  return tour.open ? <TourPanel step={tour.step} /> : null;
}
