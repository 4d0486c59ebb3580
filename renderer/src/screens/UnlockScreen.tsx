import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ErrorCode } from '../../../shared/errors';
import type { CaseFileStatus } from '../../../shared/schemas/casefile';
import { AuthLayout } from '../components/AuthLayout';
import { DemoOffer } from '../components/DemoOffer';
import { RestoreBackupButton } from '../components/safety/RestoreBackupButton';
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
import { waitMessage } from '../lib/unlockWait';
import { useUnlockWait, type UnlockWait } from '../lib/useUnlockWait';
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
  // Shared by both forms: wrong passphrases and recovery codes count together (in main).
  const wait = useUnlockWait();
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
            wait={wait}
            onError={setError}
            onSwitch={() => switchMode('recoveryCode')}
          />
        ) : (
          <RecoveryForm
            error={error}
            wait={wait}
            onError={setError}
            onSwitch={() => switchMode('passphrase')}
            onRecoveryUnlock={onRecoveryUnlock}
          />
        )}
      </Card>
      {mode === 'passphrase' ? <DemoOffer variant="link" /> : null}
      {/* A damaged or lost case file: the way back is its backup. */}
      <div className="btn-row safety-restore-offer">
        <RestoreBackupButton hasCaseFile variant="quiet" label="safety.restore.fromUnlock" />
      </div>
    </AuthLayout>
  );
}

interface FormProps {
  error: ErrorCode | null;
  wait: UnlockWait;
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

/** Refusals after which main may make the next attempt wait: ask it how long. */
const MAY_WAIT: readonly ErrorCode[] = [
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_CODE',
  'UNLOCK_DELAYED',
];

/**
 * The countdown while main makes the next attempt wait. Screen readers hear it once when it
 * starts (the live Alert's hidden text) and once when it is over, not every second: the
 * ticking text is hidden from them.
 */
function WaitNotice({ wait }: { wait: UnlockWait }) {
  const t = useT();
  const say = (ms: number) => {
    const { key, params } = waitMessage(ms);
    return t(key, params);
  };
  const over = wait.startedWithMs > 0 && wait.remainingMs === 0;
  return (
    <>
      {wait.remainingMs > 0 ? (
        <Alert tone="info" title={t('unlock.waitTitle')} testId="unlock-wait">
          <span aria-hidden="true" data-testid="unlock-countdown">
            {say(wait.remainingMs)}
          </span>
          <span className="visually-hidden">{say(wait.startedWithMs)}</span> {t('unlock.waitWhy')}
        </Alert>
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {over ? t('unlock.waitOver') : ''}
      </p>
    </>
  );
}

function PassphraseForm({ error, wait, onError, onSwitch }: FormProps) {
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
    if (wait.remainingMs > 0) return;
    onError(null);
    const result = await callVp('unlock', { passphrase: values.passphrase });
    if (result.ok) {
      enter(result.value, 'home');
      return;
    }
    onError(result.error.code);
    if (MAY_WAIT.includes(result.error.code)) void wait.refresh();
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
      <WaitNotice wait={wait} />
      <PasswordField
        label={t('unlock.passphrase')}
        error={errors.field(fieldErrors.passphrase)}
        autoFocus
        readOnly={isSubmitting}
        {...register('passphrase')}
      />
      <div className="btn-row">
        <Button
          type="submit"
          busy={isSubmitting}
          busyLabel={t('unlock.busy')}
          disabled={wait.remainingMs > 0}
        >
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
  wait,
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
    if (wait.remainingMs > 0) return;
    onError(null);
    const result = await callVp('unlockWithRecoveryCode', { recoveryCode: values.recoveryCode });
    if (result.ok) {
      onRecoveryUnlock(values.recoveryCode);
      enter(result.value, 'settings');
      return;
    }
    onError(result.error.code);
    if (MAY_WAIT.includes(result.error.code)) void wait.refresh();
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
      <WaitNotice wait={wait} />
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
        <Button
          type="submit"
          busy={isSubmitting}
          busyLabel={t('unlock.busy')}
          disabled={wait.remainingMs > 0}
        >
          {t('unlock.submitRecovery')}
        </Button>
        <Button variant="quiet" onClick={onSwitch} disabled={isSubmitting}>
          {t('unlock.usePassphrase')}
        </Button>
      </div>
    </form>
  );
}
