import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { ErrorCode } from '../../../shared/errors';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/schemas/casefile';
import { useT } from '../i18n';
import {
  changePassphraseFormSchema,
  parseOptions,
  type ChangePassphraseForm as Form,
} from '../lib/forms';
import { loadEstimator } from '../lib/loadEstimator';
import { loadStatus } from '../lib/session';
import { callVp } from '../lib/vp';
import { useNavigationStore } from '../stores/navigationStore';
import { useToastStore } from '../stores/toastStore';
import { Alert, Button, Field, Icon, PasswordField } from '../ui';
import { StrengthMeter } from './StrengthMeter';
import { useErrorText } from './useErrorText';

export interface ChangePassphraseFormProps {
  /** The session was opened with the recovery code: that is the current secret. */
  recoveryMode: boolean;
  /** The recovery code just typed on the unlock screen, if the app still has it. */
  recoverySecret: string | null;
}

/**
 * Change the passphrase. A failed save keeps the new passphrase fields as typed; nothing typed
 * here is ever logged or kept after the form is gone.
 */
export function ChangePassphraseForm({ recoveryMode, recoverySecret }: ChangePassphraseFormProps) {
  const t = useT();
  const errors = useErrorText();
  const [serverError, setServerError] = useState<ErrorCode | null>(null);
  const [prefilled, setPrefilled] = useState(recoveryMode && recoverySecret !== null);
  const {
    register,
    handleSubmit,
    control,
    setError,
    setValue,
    setFocus,
    reset,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<Form>({
    resolver: zodResolver(changePassphraseFormSchema, parseOptions),
    defaultValues: {
      currentKind: recoveryMode ? 'recoveryCode' : 'passphrase',
      current: recoveryMode ? (recoverySecret ?? '') : '',
      next: '',
      confirm: '',
    },
  });
  const next = useWatch({ control, name: 'next' });
  const currentKind = useWatch({ control, name: 'currentKind' });

  useEffect(() => {
    void loadEstimator();
  }, []);

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    const estimate = await loadEstimator();
    if (!estimate(values.next).acceptable) {
      setError('next', { type: 'weak', message: 'validation.weak' }, { shouldFocus: true });
      return;
    }
    const result = await callVp('changePassphrase', {
      current: { kind: values.currentKind, value: values.current },
      next: values.next,
    });
    if (!result.ok) {
      const code = result.error.code;
      if (code === 'WRONG_PASSPHRASE' || code === 'WRONG_RECOVERY_CODE') {
        // Shown at the field that needs fixing; the new passphrase fields keep what was typed.
        if (code === 'WRONG_RECOVERY_CODE') setPrefilled(false);
        if (code === 'WRONG_PASSPHRASE') setValue('current', '');
        setError('current', { type: 'server', message: `error.${code}` });
        // Focus once the (possibly just shown) field has rendered.
        setTimeout(() => setFocus('current'), 0);
      } else {
        setServerError(code);
      }
      return;
    }
    reset({ currentKind: 'passphrase', current: '', next: '', confirm: '' });
    setPrefilled(false);
    useToastStore.getState().show('settings.saved');
    if (recoveryMode) useNavigationStore.getState().navigate('home');
    // Main now counts the session as opened with the passphrase.
    void loadStatus();
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {currentKind === 'recoveryCode' && prefilled ? (
        <p className="field-note field-note-ok">
          <Icon name="check" className="field-note-icon" />
          {t('settings.recoveryCodeFilled')}
        </p>
      ) : currentKind === 'recoveryCode' ? (
        <Field
          label={t('settings.currentRecoveryCode')}
          hint={t('unlock.recoveryCodeHint')}
          error={errors.field(fieldErrors.current)}
          mono
          autoComplete="off"
          spellCheck={false}
          readOnly={isSubmitting}
          {...register('current')}
        />
      ) : (
        <PasswordField
          label={t('settings.currentPassphrase')}
          error={errors.field(fieldErrors.current)}
          readOnly={isSubmitting}
          {...register('current')}
        />
      )}
      <PasswordField
        label={t('settings.newPassphrase')}
        hint={t('firstRun.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
        error={errors.field(fieldErrors.next)}
        readOnly={isSubmitting}
        below={<StrengthMeter passphrase={next} />}
        {...register('next')}
      />
      <PasswordField
        label={t('settings.confirmPassphrase')}
        error={errors.field(fieldErrors.confirm)}
        readOnly={isSubmitting}
        {...register('confirm')}
      />
      {serverError ? (
        <Alert tone="error" testId="error-alert">
          {errors.code(serverError)}
        </Alert>
      ) : null}
      <div className="btn-row">
        <Button type="submit" busy={isSubmitting} busyLabel={t('settings.busy')}>
          {t('settings.submit')}
        </Button>
      </div>
    </form>
  );
}
