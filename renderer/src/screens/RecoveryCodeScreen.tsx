import { useId, useState } from 'react';
import { AuthLayout } from '../components/AuthLayout';
import { useScreenFocus } from '../components/useScreenFocus';
import { formatLongDate, useLocale, useT } from '../i18n';
import { confirmsRecoveryCode, lastGroup } from '../lib/recoveryCode';
import { useCaseFileStore } from '../stores/caseFileStore';
import { useNavigationStore } from '../stores/navigationStore';
import { Button, Card, Field, Icon } from '../ui';

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

/** Shows the recovery code once, offers printing, and asks for proof it was kept. */
export function RecoveryCodeScreen({ code }: { code: string }) {
  const t = useT();
  const locale = useLocale();
  const headingRef = useScreenFocus<HTMLHeadingElement>('recovery.title');
  const [typed, setTyped] = useState('');
  const [saved, setSaved] = useState(false);
  const [createdAt] = useState(() => new Date());
  const continueHintId = useId();

  const matches = confirmsRecoveryCode(typed, code);
  const typedEnough = typed.replace(/[\s-]/g, '').length >= lastGroup(code).length;
  const mismatch = typed.trim().length > 0 && typedEnough && !matches;
  const canContinue = matches && saved;

  function finish() {
    if (!canContinue) return;
    useNavigationStore.getState().navigate('home');
    // The code is dropped from memory here; it is never shown again.
    useCaseFileStore.getState().setPendingRecoveryCode(null);
  }

  return (
    <AuthLayout testId="screen-recovery" wide>
      <Card className="no-print">
        <div className="card-header">
          <h1 ref={headingRef} tabIndex={-1}>
            {t('recovery.title')}
          </h1>
          <p className="card-intro">{t('recovery.intro')}</p>
        </div>
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
            finish();
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
              onChange={(event) => setSaved(event.target.checked)}
            />
            <span>{t('recovery.savedCheckbox')}</span>
          </label>
          <div className="btn-row">
            <Button
              type="submit"
              disabled={!canContinue}
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

      <section className="print-only print-sheet" aria-hidden="true">
        <h1>{t('recovery.printTitle')}</h1>
        <CodeGroups code={code} />
        <p>{t('recovery.printInstruction')}</p>
        <p className="print-date">
          {t('recovery.printDate', { date: formatLongDate(locale, createdAt) })}
        </p>
      </section>
    </AuthLayout>
  );
}
