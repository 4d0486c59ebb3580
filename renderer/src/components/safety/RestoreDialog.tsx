import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import type { ErrorCode } from '../../../../shared/errors';
import { currentSecretSchema } from '../../../../shared/schemas/casefile';
import { useT } from '../../i18n';
import { parseOptions } from '../../lib/forms';
import { applyRestore } from '../../lib/safety';
import { callVp } from '../../lib/vp';
import { Alert, Button, Dialog, Field, PasswordField, RadioGroup } from '../../ui';
import { useErrorText } from '../useErrorText';

type RestoreForm = z.input<typeof currentSecretSchema>;

/** A wrong secret is said at its field; anything else above the buttons. */
const secretErrors: readonly ErrorCode[] = ['WRONG_PASSPHRASE', 'WRONG_RECOVERY_CODE'];

/**
 * "Back-up terugzetten": says what happens (the current case file is kept as a dated copy,
 * never overwritten without one), asks for the secret that opened the backup on the day it was
 * made, then main opens the folder dialog and restores. Afterwards every store is reset and
 * the restored file is shown (lib/safety applyRestore). A refusal keeps what was typed, except
 * a wrong passphrase, which is a secret and is cleared.
 */
export function RestoreDialog({
  hasCaseFile,
  onClose,
}: {
  /** False on first run: there is no current case file to keep. */
  hasCaseFile: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const errors = useErrorText();
  const [serverError, setServerError] = useState<ErrorCode | null>(null);
  const [noFolder, setNoFolder] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    setFocus,
    clearErrors,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<RestoreForm>({
    resolver: zodResolver(currentSecretSchema, parseOptions),
    defaultValues: { kind: 'passphrase', value: '' },
  });
  const kind = useWatch({ control, name: 'kind' });

  const onSubmit = handleSubmit(async (secret) => {
    setServerError(null);
    setNoFolder(false);
    const result = await callVp('restoreBackup', { secret });
    if (!result.ok) {
      const code = result.error.code;
      if (secretErrors.includes(code)) {
        if (secret.kind === 'passphrase') setValue('value', '');
        setError('value', { type: 'server', message: `error.${code}` });
        setTimeout(() => setFocus('value'), 0);
      } else {
        setServerError(code);
      }
      return;
    }
    if (!result.value.restored) {
      setNoFolder(true);
      return;
    }
    applyRestore(result.value);
  });

  const close = () => {
    if (!isSubmitting) onClose();
  };

  return (
    <Dialog
      title={t('safety.restore.title')}
      onClose={close}
      testId="restore-dialog"
      actions={
        <>
          <Button
            type="submit"
            form="restore-form"
            busy={isSubmitting}
            busyLabel={t('safety.restore.busy')}
          >
            {t('safety.restore.submit')}
          </Button>
          <Button variant="secondary" onClick={close} disabled={isSubmitting}>
            {t('safety.restore.cancel')}
          </Button>
        </>
      }
    >
      <div className="stack">
        <p>{t('safety.restore.explain')}</p>
        <p>{t(hasCaseFile ? 'safety.restore.keep' : 'safety.restore.keepNone')}</p>
        <form id="restore-form" className="form" noValidate onSubmit={onSubmit}>
          <p className="field-hint">{t('safety.restore.secretIntro')}</p>
          <Controller
            control={control}
            name="kind"
            render={({ field }) => (
              <RadioGroup
                legend={t('safety.restore.method')}
                name={field.name}
                value={field.value}
                onChange={(value) => {
                  // The other kind of secret: what was typed does not carry over.
                  field.onChange(value);
                  setValue('value', '');
                  clearErrors('value');
                }}
                onBlur={field.onBlur}
                ref={field.ref}
                disabled={isSubmitting}
                options={[
                  { value: 'passphrase', label: t('safety.restore.method.passphrase') },
                  { value: 'recoveryCode', label: t('safety.restore.method.recoveryCode') },
                ]}
              />
            )}
          />
          {kind === 'passphrase' ? (
            <PasswordField
              key="passphrase"
              label={t('safety.restore.passphrase')}
              error={errors.field(fieldErrors.value)}
              readOnly={isSubmitting}
              data-autofocus
              {...register('value')}
            />
          ) : (
            <Field
              key="recoveryCode"
              label={t('safety.restore.recoveryCode')}
              hint={t('unlock.recoveryCodeHint')}
              error={errors.field(fieldErrors.value)}
              mono
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="characters"
              readOnly={isSubmitting}
              {...register('value')}
            />
          )}
        </form>
        {noFolder ? (
          <Alert tone="info" testId="restore-no-folder">
            {t('safety.restore.noFolder')}
          </Alert>
        ) : null}
        {serverError ? (
          <Alert tone="error" testId="error-alert">
            {errors.code(serverError)}
          </Alert>
        ) : null}
      </div>
    </Dialog>
  );
}
