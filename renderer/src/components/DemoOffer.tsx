import { useState } from 'react';
import type { ErrorCode } from '../../../shared/errors';
import { useT } from '../i18n';
import { openDemoCaseFile } from '../lib/session';
import { Alert, Button, Card } from '../ui';
import { useErrorText } from './useErrorText';

interface DemoOfferProps {
  /**
   * 'card': a calm card of its own below the first-run form; 'link': a quiet button under the
   * unlock form.
   */
  variant: 'card' | 'link';
  /** While the screen's own form is busy, the demo cannot be opened. */
  blocked?: boolean;
  /** Tells the screen while the demo is being opened (main may need a few seconds). */
  onBusyChange?: (busy: boolean) => void;
}

/** Opens the demo practice with fictitious data, before the counsellor's own case file. */
export function DemoOffer({ variant, blocked = false, onBusyChange }: DemoOfferProps) {
  const t = useT();
  const errors = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);

  async function open() {
    if (busy || blocked) return;
    setError(null);
    setBusy(true);
    onBusyChange?.(true);
    const code = await openDemoCaseFile();
    // On success the app shell replaces this screen; only a failure stays here.
    if (code !== null) {
      setError(code);
      setBusy(false);
      onBusyChange?.(false);
    }
  }

  const alert = error ? (
    <Alert tone="error" testId="error-alert">
      {errors.code(error)}
    </Alert>
  ) : null;
  const button = (
    <Button
      variant={variant === 'card' ? 'secondary' : 'quiet'}
      busy={busy}
      busyLabel={t('demo.opening')}
      disabled={blocked}
      onClick={() => void open()}
    >
      {t('demo.open')}
    </Button>
  );

  if (variant === 'link') {
    return (
      <div className="demo-link" data-testid="demo-offer">
        {alert}
        <p className="muted">{t('demo.unlockIntro')}</p>
        {button}
      </div>
    );
  }
  return (
    <Card
      className="demo-offer"
      title={t('demo.title')}
      intro={t('demo.intro')}
      headingId="demo-offer-title"
      data-testid="demo-offer"
    >
      <div className="stack">
        {alert}
        <div className="btn-row">{button}</div>
      </div>
    </Card>
  );
}
