import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ErrorCode } from '../../../shared/errors';
import type { CaseFileStatus } from '../../../shared/schemas/casefile';
import { AuthLayout } from '../components/AuthLayout';
import { DemoOffer } from '../components/DemoOffer';
import { useErrorText } from '../components/useErrorText';
import { useScreenFocus } from '../components/useScreenFocus';
import { useT } from '../i18n';
import {
  parseOptions,
  recoveryUnlockFormSchema,
  unlockFormSchema,
  type RecoveryUnlockForm,
  type UnlockForm,
} from '../lib/forms';
import { loadStatus } from '../lib/session';
import { callVp } from '../lib/vp';
import { useCaseFileStore } from '../stores/caseFileStore';
import { useNavigationStore } from '../stores/navigationStore';
import { Alert, Button, Card, Field, PasswordField } from '../ui';

type Mode = 'passphrase' | 'recoveryCode';

function enter(status: CaseFileStatus, route: 'home' | 'settings') {
  useNavigationStore.getState().navigate(route);
  useCaseFileStore.getState().setStatus(status);
}

/**
 * Unlock with the passphrase, or with the recovery code. After a recovery-code unlock the code
 * goes to `onRecoveryUnlock` (kept in the app's component state, never in a store) so the
 * counsellor can set a new passphrase without typing it again.
 */
export function UnlockScreen({ onRecoveryUnlock }: { onRecoveryUnlock: (code: string) => void }) {
  const t = useT();
  const [mode, setMode] = useState<Mode>('passphrase');
  const [error, setError] = useState<ErrorCode | null>(null);
  const headingRef = useScreenFocus<HTMLHeadingElement>('unlock.title', false);

  function switchMode(next: Mode) {
    setError(null);
    setMode(next);
  }

  return (
    <AuthLayout testId="screen-unlock">
      <Card>
        <div className="card-header">
          <h1 ref={headingRef} tabIndex={-1}>
            {t('unlock.title')}
          </h1>
          <p className="card-intro">
            {mode === 'passphrase' ? t('unlock.intro') : t('unlock.recoveryIntro')}
          </p>
        </div>
        {mode === 'passphrase' ? (
          <PassphraseForm
            error={error}
            onError={setError}
            onSwitch={() => switchMode('recoveryCode')}
          />
        ) : (
          <RecoveryForm
            error={error}
            onError={setError}
            onSwitch={() => switchMode('passphrase')}
            onRecoveryUnlock={onRecoveryUnlock}
          />
        )}
      </Card>
      {mode === 'passphrase' ? <DemoOffer variant="link" /> : null}
    </AuthLayout>
  );
}

interface FormProps {
  error: ErrorCode | null;
  onError: (code: ErrorCode | null) => void;
  onSwitch: () => void;
}

function ErrorAlert({ code }: { code: ErrorCode }) {
  const errors = useErrorText();
  return (
    <Alert tone="error" testId="error-alert">
      {errors.code(code)}
    </Alert>
  );
}

function PassphraseForm({ error, onError, onSwitch }: FormProps) {
  const t = useT();
  const errors = useErrorText();
  const {
    register,
    handleSubmit,
    setValue,
    setFocus,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<UnlockForm>({
    resolver: zodResolver(unlockFormSchema, parseOptions),
    defaultValues: { passphrase: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    onError(null);
    const result = await callVp('unlock', { passphrase: values.passphrase });
    if (result.ok) {
      enter(result.value, 'home');
      return;
    }
    onError(result.error.code);
    if (result.error.code === 'NO_CASE_FILE') {
      void loadStatus();
      return;
    }
    // A wrong passphrase is a secret too: clear it, and keep the cursor in the field.
    setValue('passphrase', '');
    setFocus('passphrase');
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {error ? <ErrorAlert code={error} /> : null}
      <PasswordField
        label={t('unlock.passphrase')}
        error={errors.field(fieldErrors.passphrase)}
        autoFocus
        readOnly={isSubmitting}
        {...register('passphrase')}
      />
      <div className="btn-row">
        <Button type="submit" busy={isSubmitting} busyLabel={t('unlock.busy')}>
          {t('unlock.submit')}
        </Button>
        <Button variant="quiet" onClick={onSwitch} disabled={isSubmitting}>
          {t('unlock.useRecoveryCode')}
        </Button>
      </div>
    </form>
  );
}

function RecoveryForm({
  error,
  onError,
  onSwitch,
  onRecoveryUnlock,
}: FormProps & { onRecoveryUnlock: (code: string) => void }) {
  const t = useT();
  const errors = useErrorText();
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<RecoveryUnlockForm>({
    resolver: zodResolver(recoveryUnlockFormSchema, parseOptions),
    defaultValues: { recoveryCode: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    onError(null);
    const result = await callVp('unlockWithRecoveryCode', { recoveryCode: values.recoveryCode });
    if (result.ok) {
      onRecoveryUnlock(values.recoveryCode);
      enter(result.value, 'settings');
      return;
    }
    onError(result.error.code);
    if (result.error.code === 'NO_CASE_FILE') {
      void loadStatus();
      return;
    }
    // The code stays, so a typo in 32 characters can be corrected rather than retyped.
    setFocus('recoveryCode');
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {error ? <ErrorAlert code={error} /> : null}
      <Field
        label={t('unlock.recoveryCode')}
        hint={t('unlock.recoveryCodeHint')}
        error={errors.field(fieldErrors.recoveryCode)}
        mono
        autoFocus
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        readOnly={isSubmitting}
        {...register('recoveryCode')}
      />
      <div className="btn-row">
        <Button type="submit" busy={isSubmitting} busyLabel={t('unlock.busy')}>
          {t('unlock.submitRecovery')}
        </Button>
        <Button variant="quiet" onClick={onSwitch} disabled={isSubmitting}>
          {t('unlock.usePassphrase')}
        </Button>
      </div>
    </form>
  );
}
