import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ErrorCode } from '../../../../shared/errors';
import type { ImportHandoverOutput } from '../../../../shared/schemas/handover';
import { useT } from '../../i18n';
import { parseOptions } from '../../lib/forms';
import { callVp } from '../../lib/vp';
import { Alert, Button, FormSection, PasswordField } from '../../ui';
import { useErrorText } from '../useErrorText';
import { handoverImportFormSchema, type HandoverImportForm as Form } from './handoverForms';

/**
 * Reading a handover in: the passphrase from the departing colleague, then main asks for the
 * package's folder, checks it whole and merges it in one go. Renumbered cases are listed, so
 * the counsellor knows the number a case now has. A wrong passphrase is shown at the field.
 */
export function HandoverImportForm({ onImported }: { onImported?: () => void }) {
  const t = useT();
  const errors = useErrorText();
  const [serverError, setServerError] = useState<ErrorCode | null>(null);
  const [done, setDone] = useState<ImportHandoverOutput | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<Form>({
    resolver: zodResolver(handoverImportFormSchema, parseOptions),
    defaultValues: { passphrase: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    setDone(null);
    const result = await callVp('importHandover', values);
    if (!result.ok) {
      if (result.error.code === 'WRONG_PASSPHRASE') {
        setError(
          'passphrase',
          { type: 'server', message: 'error.WRONG_PASSPHRASE' },
          { shouldFocus: true },
        );
      } else {
        setServerError(result.error.code);
      }
      return;
    }
    if (!result.value.imported) return;
    setDone(result.value);
    reset({ passphrase: '' });
    onImported?.();
  });

  return (
    <FormSection title={t('handover.import.title')} intro={t('handover.import.intro')}>
      <form
        className="form field-full"
        noValidate
        onSubmit={onSubmit}
        data-testid="handover-import-form"
      >
        {done ? (
          <Alert tone="success" testId="handover-imported">
            <p>
              {t('handover.import.done', {
                folder: done.folderName ?? '',
                numbers: done.cases.join(', '),
              })}
            </p>
            {done.renumbered.map((r) => (
              <p key={r.from}>{t('handover.import.renumbered', { from: r.from, to: r.to })}</p>
            ))}
            {done.organisationsAdded.length > 0 ? (
              <p>
                {t('handover.import.organisationsAdded', {
                  names: done.organisationsAdded.join(', '),
                })}
              </p>
            ) : null}
          </Alert>
        ) : null}
        <PasswordField
          label={t('handover.import.passphrase')}
          error={errors.field(fieldErrors.passphrase)}
          readOnly={isSubmitting}
          autoComplete="off"
          {...register('passphrase')}
        />
        {serverError ? (
          <Alert tone="error" testId="error-alert">
            {errors.code(serverError)}
          </Alert>
        ) : null}
        <div className="btn-row">
          <Button type="submit" busy={isSubmitting} busyLabel={t('handover.import.busy')}>
            {t('handover.import.submit')}
          </Button>
        </div>
      </form>
    </FormSection>
  );
}
