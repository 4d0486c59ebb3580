import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ErrorCode } from '../../../shared/errors';
import { formatLongDate, useLocale, useT } from '../i18n';
import { confirmsRecoveryCode, lastGroup } from '../lib/recoveryCode';
import { callVp } from '../lib/vp';
import { useCaseFileStore } from '../stores/caseFileStore';
import { Alert, Button, Card, Field, Icon } from '../ui';
import { useErrorText } from './useErrorText';

/**
 * The code split into groups, each with the separator that follows it, so the element's text
 * is exactly the code as main returned it while the groups can wrap on narrow windows.
 */
function CodeGroups({ code, testId }: { code: string; testId?: string }) {
  const parts = code.split(/([\s-]+)/);
  const groups: { text: string; separator: string }[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    groups.push({ text: parts[i] ?? '', separator: parts[i + 1] ?? '' });
  }
  return (
    <p className="recovery-code" data-testid={testId} translate="no">
      {groups.map((group, i) => (
        <span key={i} className="recovery-code-group">
          {group.text}
          {group.separator ? (
            <span className="recovery-code-sep" aria-hidden="true">
              {group.separator}
            </span>
          ) : null}
        </span>
      ))}
    </p>
  );
}

export interface RecoveryCodeStepProps {
  /** The code just made by main, shown once. */
  code: string;
  title: string;
  intro: string;
  /** h1 on its own screen (first run), h2 as a section of Settings. */
  level: 1 | 2;
  /** Called once main has recorded that the code is saved; the caller then drops the code. */
  onConfirmed: () => void;
}

/**
 * A new recovery code: shown once, with printing, and a check that it was kept. "Verder" tells
 * main the code is saved (confirmRecoveryCodeSaved); until then Home keeps asking, so a code
 * lost to a lock or reload does not go unnoticed. Used after first run and in Settings.
 *
 * The printed sheet is rendered straight into <body>, so printing shows only the sheet from
 * any screen (see the print rules in app.css).
 */
export function RecoveryCodeStep({
  code,
  title,
  intro,
  level,
  onConfirmed,
}: RecoveryCodeStepProps) {
  const t = useT();
  const locale = useLocale();
  const errors = useErrorText();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const continueHintId = useId();
  const [typed, setTyped] = useState('');
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [createdAt] = useState(() => new Date());

  // The code appears where a form or another screen was: tell screen readers what this is.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const matches = confirmsRecoveryCode(typed, code);
  const typedEnough = typed.replace(/[\s-]/g, '').length >= lastGroup(code).length;
  const mismatch = typed.trim().length > 0 && typedEnough && !matches;
  const canContinue = matches && saved;

  async function finish() {
    if (!canContinue || busy) return;
    setBusy(true);
    setError(null);
    const result = await callVp('confirmRecoveryCodeSaved', {});
    setBusy(false);
    if (!result.ok) {
      // The code stays on screen; a LOCKED answer has already reset the app.
      setError(result.error.code);
      return;
    }
    useCaseFileStore.getState().setRecoveryCodeConfirmed(true);
    onConfirmed();
  }

  return (
    <>
      <Card
        className="no-print"
        title={title}
        intro={intro}
        level={level}
        headingId={headingId}
        headingRef={headingRef}
      >
        <div className="recovery-code-box" role="group" aria-label={t('recovery.codeLabel')}>
          <CodeGroups code={code} testId="recovery-code" />
        </div>
        <div className="recovery-keep">
          <p>{t('recovery.keepSafe')}</p>
          <Button variant="secondary" onClick={() => window.print()}>
            <Icon name="printer" />
            {t('recovery.print')}
          </Button>
        </div>
      </Card>

      <Card
        className="no-print"
        title={t('recovery.confirmTitle')}
        intro={t('recovery.confirmIntro')}
      >
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void finish();
          }}
        >
          <Field
            label={t('recovery.confirmField')}
            hint={t('recovery.confirmHint')}
            mono
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
            value={typed}
            readOnly={busy}
            onChange={(event) => setTyped(event.target.value)}
            error={mismatch ? t('recovery.confirmMismatch') : null}
            below={
              matches ? (
                <p className="field-success" role="status">
                  {t('recovery.confirmMatch')}
                </p>
              ) : null
            }
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={saved}
              disabled={busy}
              onChange={(event) => setSaved(event.target.checked)}
            />
            <span>{t('recovery.savedCheckbox')}</span>
          </label>
          {error ? (
            <Alert tone="error" testId="error-alert">
              {errors.code(error)}
            </Alert>
          ) : null}
          <div className="btn-row">
            <Button
              type="submit"
              disabled={!canContinue}
              busy={busy}
              busyLabel={t('recovery.busy')}
              aria-describedby={canContinue ? undefined : continueHintId}
            >
              {t('recovery.continue')}
            </Button>
            {canContinue ? null : (
              <p className="field-note" id={continueHintId}>
                {t('recovery.continueHint')}
              </p>
            )}
          </div>
        </form>
      </Card>

      {createPortal(
        <section className="print-only print-sheet" aria-hidden="true">
          <h1>{t('recovery.printTitle')}</h1>
          <CodeGroups code={code} />
          <p>{t('recovery.printInstruction')}</p>
          <p className="print-date">
            {t('recovery.printDate', { date: formatLongDate(locale, createdAt) })}
          </p>
        </section>,
        document.body,
      )}
    </>
  );
}
