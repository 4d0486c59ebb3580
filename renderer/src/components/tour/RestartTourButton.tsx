import { useT } from '../../i18n';
import { Button } from '../../ui';
import { startTour } from './tourStore';

/**
 * "Rondleiding opnieuw bekijken", for Settings: the tour from its first step, whether it was
 * finished, skipped or never shown. The sidebar it points at is beside every screen, so it
 * starts where the counsellor is, and focus comes back to this button when it ends.
 */
export function RestartTourButton() {
  const t = useT();
  return (
    <Button variant="secondary" data-testid="restart-tour" onClick={startTour}>
      {t('tour.restart')}
    </Button>
  );
}
