import { useState } from 'react';
import { useLocale, useT } from '../i18n';
import { formatDateTime, formatTime } from '../lib/datetime';
import { callVp } from '../lib/vp';
import { Alert, Button } from '../ui';
import type { AutosaveStatus } from './useDraft';

/** "Er is een concept van …": continue where the counsellor left off, or throw it away. */
export function DraftOffer({
  form,
  savedAt,
  onContinue,
  onDiscarded,
}: {
  form: string;
  savedAt: string;
  onContinue: () => void;
  onDiscarded: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const [busy, setBusy] = useState(false);

  async function discard() {
    setBusy(true);
    await callVp('discardDraft', { form });
    setBusy(false);
    onDiscarded();
  }

  return (
    <Alert
      tone="info"
      testId="draft-offer"
      title={t('draft.offer', { when: formatDateTime(locale, savedAt) })}
      action={
        <div className="btn-row">
          <Button onClick={onContinue} disabled={busy}>
            {t('draft.continue')}
          </Button>
          <Button variant="secondary" busy={busy} onClick={() => void discard()}>
            {t('draft.discard')}
          </Button>
        </div>
      }
    >
      {t('draft.offerText')}
    </Alert>
  );
}

/** The autosave's state beside a form's buttons, in a polite live region. */
export function AutosaveNote({ status }: { status: AutosaveStatus }) {
  const t = useT();
  const locale = useLocale();
  let text = '';
  if (status.state === 'saving') text = t('draft.saving');
  else if (status.state === 'saved')
    text = t('draft.saved', { time: formatTime(locale, status.at) });
  else if (status.state === 'failed') text = t('draft.failed');
  return (
    <p
      className={status.state === 'failed' ? 'autosave-note autosave-failed' : 'autosave-note'}
      role="status"
      data-testid="autosave-status"
    >
      {text}
    </p>
  );
}
