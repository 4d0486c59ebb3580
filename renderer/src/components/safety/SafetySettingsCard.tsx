import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ErrorCode } from '../../../../shared/errors';
import {
  DEFAULT_SAFETY_SETTINGS,
  safetySettingsSchema,
  type SafetySettings,
} from '../../../../shared/schemas/safety';
import { useT, type MessageKey } from '../../i18n';
import { countValue, parseOptions } from '../../lib/forms';
import { applyIdleLockMinutes } from '../../lib/idleLock';
import { callVp } from '../../lib/vp';
import { useToastStore } from '../../stores/toastStore';
import { Alert, Button, Card, Field } from '../../ui';
import { useErrorText } from '../useErrorText';

/** The three terms, in the order of the form, with their texts. */
const fields: {
  name: keyof SafetySettings;
  label: MessageKey;
  hint: MessageKey;
  error: MessageKey;
  unit: MessageKey;
}[] = [
  {
    name: 'idleLockMinutes',
    label: 'safety.settings.idleLockMinutes',
    hint: 'safety.settings.idleLockMinutesHint',
    error: 'safety.settings.idleLockMinutesError',
    unit: 'safety.settings.minutes',
  },
  {
    name: 'backupReminderDays',
    label: 'safety.settings.backupReminderDays',
    hint: 'safety.settings.backupReminderDaysHint',
    error: 'safety.settings.backupReminderDaysError',
    unit: 'safety.settings.days',
  },
  {
    name: 'retentionMonthsAfterClosing',
    label: 'safety.settings.retentionMonths',
    hint: 'safety.settings.retentionMonthsHint',
    error: 'safety.settings.retentionMonthsError',
    unit: 'safety.settings.months',
  },
];

/**
 * Settings › Termijnen: idle lock (minutes), backup reminder (days) and retention term (months
 * after closing) in one form, checked with the shared schema. A refused save keeps the values.
 */
export function SafetySettingsCard({ onSaved }: { onSaved: () => void }) {
  const t = useT();
  const errors = useErrorText();
  const [loadError, setLoadError] = useState<ErrorCode | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [serverError, setServerError] = useState<ErrorCode | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<SafetySettings>({
    resolver: zodResolver(safetySettingsSchema, parseOptions),
    defaultValues: { ...DEFAULT_SAFETY_SETTINGS },
  });

  useEffect(() => {
    let current = true;
    void callVp('getSafetySettings', {}).then((result) => {
      if (!current) return;
      if (result.ok) {
        reset(result.value);
        setLoaded(true);
      } else setLoadError(result.error.code);
    });
    return () => {
      current = false;
    };
  }, [reset]);

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    const result = await callVp('saveSafetySettings', values);
    if (!result.ok) {
      setServerError(result.error.code);
      return;
    }
    reset(result.value);
    // The new term applies at once, not only from the next unlock.
    applyIdleLockMinutes(result.value.idleLockMinutes);
    useToastStore.getState().show('safety.settings.saved');
    onSaved();
  });

  return (
    <Card
      title={t('safety.settings.title')}
      headingId="settings-safety-terms"
      intro={t('safety.settings.intro')}
      data-testid="safety-settings"
    >
      {loadError ? (
        <Alert tone="error" testId="error-alert">
          {errors.code(loadError)}
        </Alert>
      ) : !loaded ? (
        <p className="muted" role="status">
          {t('safety.loading')}
        </p>
      ) : (
        <form className="form" noValidate onSubmit={onSubmit}>
          {fields.map((field) => (
            <Field
              key={field.name}
              className="field-full field-amount"
              label={t(field.label)}
              hint={t(field.hint)}
              // The schema says "a whole number"; the field says which, and within what.
              error={fieldErrors[field.name] ? t(field.error) : undefined}
              inputMode="numeric"
              autoComplete="off"
              trailing={<span className="field-unit">{t(field.unit)}</span>}
              {...register(field.name, { setValueAs: countValue })}
              readOnly={isSubmitting}
            />
          ))}
          {serverError ? (
            <Alert tone="error" testId="error-alert">
              {errors.code(serverError)}
            </Alert>
          ) : null}
          <div className="btn-row">
            <Button type="submit" busy={isSubmitting} busyLabel={t('safety.settings.busy')}>
              {t('safety.settings.save')}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
