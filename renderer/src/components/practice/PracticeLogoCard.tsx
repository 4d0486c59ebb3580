import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { ErrorCode } from '../../../../shared/errors';
import { errorKey, useT, type MessageKey } from '../../i18n';
import { logoDataUrl, readLogoFile, type PracticeLogo } from '../../lib/practice';
import { callVp } from '../../lib/vp';
import { useToastStore } from '../../stores/toastStore';
import { Alert, Button, Card, Field, Icon } from '../../ui';
import { useErrorText } from '../useErrorText';
import '../contracts/contracts.css';

type Loaded =
  | { state: 'loading' }
  | { state: 'error'; code: ErrorCode }
  | { state: 'ready'; logo: PracticeLogo | null };

/**
 * Settings › Logo: a PNG or JPEG of at most 1 MB for the top of every PDF invoice. Choosing a
 * file saves it at once (main checks the bytes); the preview is a data: image, which the CSP
 * allows for img-src. "Logo verwijderen" takes it off the invoices again.
 */
export function PracticeLogoCard() {
  const t = useT();
  const errors = useErrorText();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [busy, setBusy] = useState<'saving' | 'removing' | null>(null);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let current = true;
    void callVp('getPracticeLogo', {}).then((result) => {
      if (!current) return;
      setLoaded(
        result.ok
          ? { state: 'ready', logo: result.value }
          : { state: 'error', code: result.error.code },
      );
    });
    return () => {
      current = false;
    };
  }, []);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // The same file may be chosen again after a problem: the input is emptied each time.
    event.target.value = '';
    if (!file) return;
    setProblem(null);
    const read = await readLogoFile(file);
    if (!read.ok) {
      setProblem(read.message);
      return;
    }
    setBusy('saving');
    const result = await callVp('savePracticeLogo', { logo: read.logo });
    setBusy(null);
    if (!result.ok) {
      // Main checks the bytes: a file that only looks like a PNG or JPEG is refused.
      setProblem(
        result.error.code === 'INVALID_INPUT'
          ? 'practice.logo.unreadable'
          : errorKey(result.error.code),
      );
      return;
    }
    setLoaded({ state: 'ready', logo: read.logo });
    useToastStore.getState().show('practice.logo.saved');
  }

  async function remove() {
    setProblem(null);
    setBusy('removing');
    const result = await callVp('savePracticeLogo', { logo: null });
    setBusy(null);
    if (!result.ok) {
      setProblem(errorKey(result.error.code));
      return;
    }
    setLoaded({ state: 'ready', logo: null });
    useToastStore.getState().show('practice.logo.removed');
    // The remove button is gone: focus goes to the file field that adds one again.
    setTimeout(() => fileInput.current?.focus(), 0);
  }

  let body;
  if (loaded.state === 'loading') {
    body = (
      <p className="muted" role="status">
        {t('practice.logo.loading')}
      </p>
    );
  } else if (loaded.state === 'error') {
    body = (
      <Alert tone="error" testId="error-alert">
        {errors.code(loaded.code)}
      </Alert>
    );
  } else {
    const logo = loaded.logo;
    body = (
      <div className="logo-setting">
        <div className="logo-preview" data-testid="logo-preview">
          {logo ? (
            <img src={logoDataUrl(logo)} alt={t('practice.logo.previewAlt')} />
          ) : (
            <p className="muted">{t('practice.logo.none')}</p>
          )}
        </div>
        <div className="logo-actions">
          <Field
            ref={fileInput}
            type="file"
            accept="image/png,image/jpeg"
            label={t(logo ? 'practice.logo.replace' : 'practice.logo.choose')}
            hint={t('practice.logo.hint')}
            error={problem ? t(problem) : null}
            disabled={busy !== null}
            onChange={(event) => void choose(event)}
          />
          {busy === 'saving' ? (
            <p className="muted" role="status">
              {t('practice.logo.saving')}
            </p>
          ) : null}
          {logo ? (
            <div className="btn-row">
              <Button
                variant="secondary"
                busy={busy === 'removing'}
                busyLabel={t('practice.logo.removing')}
                disabled={busy === 'saving'}
                onClick={() => void remove()}
              >
                <Icon name="close" />
                {t('practice.logo.remove')}
              </Button>
            </div>
          ) : null}
        </div>
      </div>
    );
  }

  return (
    <Card
      title={t('practice.logo.title')}
      headingId="settings-logo"
      intro={t('practice.logo.intro')}
      data-testid="practice-logo"
    >
      {body}
    </Card>
  );
}
