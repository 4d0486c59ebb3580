import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ErrorCode } from '../../../shared/errors';
import { useT } from '../i18n';
import { parseOptions, renewRecoveryFormSchema, type RenewRecoveryForm } from '../lib/forms';
import { callVp } from '../lib/vp';
import { useCaseFileStore } from '../stores/caseFileStore';
import { useToastStore } from '../stores/toastStore';
import { Alert, Button, Card, PasswordField } from '../ui';
import { RecoveryCodeStep } from './RecoveryCodeStep';
import { useErrorText } from './useErrorText';

/**
 * Settings › Herstelcode: make a new recovery code (the old one stops working), then show and
 * confirm it with the same step as after first run. The new code lives only in this
 * component's state: confirming, leaving Settings or locking drops it.
 */
export function RecoveryCodeSettings({
  recoveryMode,
  focusOnArrival,
}: {
  /** Opened with the recovery code: the passphrase is unknown until a new one is chosen. */
  recoveryMode: boolean;
  /** Arrived from Home's "Nieuwe herstelcode maken": focus (and scroll to) this section. */
  focusOnArrival: boolean;
}) {
  const t = useT();
  const confirmed = useCaseFileStore((s) => s.recoveryCodeConfirmed);
  const [code, setCode] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(focusOnArrival);

  // On arrival from Home, and after the new code was confirmed (the step is gone).
  useEffect(() => {
    if (code === null && focusHeading.current) {
      focusHeading.current = false;
      headingRef.current?.focus({ preventScroll: true });
      headingRef.current?.scrollIntoView({ block: 'start' });
    }
  }, [code]);

  if (code !== null) {
    return (
      <RecoveryCodeStep
        code={code}
        title={t('settings.renewTitle')}
        intro={t('settings.renewIntro')}
        level={2}
        onConfirmed={() => {
          focusHeading.current = true;
          setCode(null);
          useToastStore.getState().show('settings.renewConfirmed');
        }}
      />
    );
  }

  return (
    <Card
      title={t('settings.recoveryTitle')}
      headingId="settings-recovery-code"
      headingRef={headingRef}
      intro={t('settings.recoveryIntro')}
    >
      {recoveryMode ? (
        <Alert tone="info">{t('settings.recoveryAfterReset')}</Alert>
      ) : (
        <div className="stack">
          {confirmed === false ? (
            <Alert tone="warning">{t('settings.recoveryUnconfirmed')}</Alert>
          ) : null}
          <RenewForm onRenewed={setCode} />
        </div>
      )}
    </Card>
  );
}

function RenewForm({ onRenewed }: { onRenewed: (code: string) => void }) {
  const t = useT();
  const errors = useErrorText();
  const [serverError, setServerError] = useState<ErrorCode | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    setFocus,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<RenewRecoveryForm>({
    resolver: zodResolver(renewRecoveryFormSchema, parseOptions),
    defaultValues: { passphrase: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    const result = await callVp('renewRecoveryCode', { passphrase: values.passphrase });
    if (!result.ok) {
      const code = result.error.code;
      if (code === 'WRONG_PASSPHRASE') {
        // A wrong passphrase is a secret too: cleared, with the message at the field.
        setValue('passphrase', '');
        setError('passphrase', { type: 'server', message: `error.${code}` });
        setTimeout(() => setFocus('passphrase'), 0);
      } else {
        setServerError(code);
      }
      return;
    }
    // Main has replaced the code and reset its confirmation: Home asks until it is confirmed.
    useCaseFileStore.getState().setRecoveryCodeConfirmed(false);
    onRenewed(result.value.recoveryCode);
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit} data-testid="renew-recovery-form">
      <PasswordField
        label={t('settings.renewPassphrase')}
        hint={t('settings.renewPassphraseHint')}
        error={errors.field(fieldErrors.passphrase)}
        readOnly={isSubmitting}
        {...register('passphrase')}
      />
      {serverError ? (
        <Alert tone="error" testId="error-alert">
          {errors.code(serverError)}
        </Alert>
      ) : null}
      <div className="btn-row">
        <Button type="submit" busy={isSubmitting} busyLabel={t('settings.renewBusy')}>
          {t('settings.renewSubmit')}
        </Button>
      </div>
    </form>
  );
}
