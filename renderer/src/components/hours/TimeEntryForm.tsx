import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { ErrorCode } from '../../../../shared/errors';
import type { TimeEntry } from '../../../../shared/schemas/hours';
import { useT } from '../../i18n';
import {
  activityOrder,
  emptyTimeEntryForm,
  hoursParseOptions,
  loadCasesOf,
  timeEntryFormSchema,
  timeEntryFormValues,
  type TimeEntryForm as FormValues,
  type TimeEntryFormOutput,
} from '../../lib/hours';
import { callVp } from '../../lib/vp';
import { useHoursStore, type OrganisationEntry } from '../../stores/hoursStore';
import { useToastStore } from '../../stores/toastStore';
import { Alert, Button, Field, SelectField } from '../../ui';
import { useErrorText } from '../useErrorText';

/**
 * The hours form, for a new entry (entry null) or to change one: date, duration as typed,
 * kind of work, organisation with its unit and case, kilometres and "cancelled". A save that
 * main refuses keeps everything typed, with main's words under the form.
 */
export function TimeEntryForm({
  entry,
  organisations,
  defaultOrganisationId,
  focusOnMount = false,
  onSaved,
  onCancel,
}: {
  entry: TimeEntry | null;
  organisations: readonly OrganisationEntry[] | null;
  defaultOrganisationId: number | null;
  focusOnMount?: boolean;
  onSaved: (saved: TimeEntry) => void;
  onCancel?: () => void;
}) {
  const t = useT();
  const errors = useErrorText();
  const idPrefix = useId();
  const [serverError, setServerError] = useState<ErrorCode | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setValue,
    setFocus,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<FormValues, unknown, TimeEntryFormOutput>({
    resolver: zodResolver(timeEntryFormSchema, hoursParseOptions),
    defaultValues: entry ? timeEntryFormValues(entry) : emptyTimeEntryForm(defaultOrganisationId),
  });
  const organisationId = useWatch({ control, name: 'organisationId' });
  const cases = useHoursStore((s) =>
    organisationId === undefined ? undefined : s.casesOf[organisationId],
  );

  useEffect(() => {
    if (focusOnMount) setFocus(entry ? 'duration' : 'date');
  }, [focusOnMount, entry, setFocus]);

  useEffect(() => {
    if (organisationId !== undefined) void loadCasesOf(organisationId);
  }, [organisationId]);

  // Active organisations, and (changing an entry) its own even when archived since.
  const organisationOptions = (organisations ?? []).filter(
    (o) => !o.archived || o.id === entry?.organisationId,
  );
  const chosen = organisations?.find((o) => o.id === organisationId) ?? null;
  const units = (chosen?.units ?? []).filter((u) => !u.archived || u.id === entry?.unitId);
  const caseOptions = cases ?? [];

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    const result = entry
      ? await callVp('updateTimeEntry', { id: entry.id, entry: values })
      : await callVp('recordHours', values);
    if (!result.ok) {
      setServerError(result.error.code);
      return;
    }
    useToastStore.getState().show(entry ? 'hours.updated' : 'hours.saved');
    onSaved(result.value);
  });

  const cancelledHint = `${idPrefix}-cancelled-hint`;
  return (
    <form
      className="form hours-form"
      noValidate
      onSubmit={onSubmit}
      aria-label={t(entry ? 'hours.form.editTitle' : 'hours.form.title')}
      data-testid={entry ? 'hours-edit-form' : 'hours-form'}
    >
      {entry ? <h3 className="sub-form-title">{t('hours.form.editTitle')}</h3> : null}
      <div className="hours-form-grid">
        <Field
          type="date"
          label={t('hours.form.date')}
          error={errors.field(fieldErrors.date)}
          {...register('date')}
          readOnly={isSubmitting}
        />
        <Field
          label={t('hours.form.duration')}
          hint={t('hours.form.durationHint')}
          error={errors.field(fieldErrors.duration)}
          autoComplete="off"
          inputMode="decimal"
          {...register('duration')}
          readOnly={isSubmitting}
        />
        <SelectField
          label={t('hours.form.activity')}
          error={errors.field(fieldErrors.activity)}
          {...register('activity')}
          disabled={isSubmitting}
        >
          {activityOrder.map((a) => (
            <option key={a} value={a}>
              {t(`hours.activity.${a}`)}
            </option>
          ))}
        </SelectField>
        <Controller
          control={control}
          name="organisationId"
          render={({ field }) => (
            <SelectField
              label={t('hours.form.organisation')}
              error={errors.field(fieldErrors.organisationId)}
              aria-required="true"
              name={field.name}
              ref={field.ref}
              disabled={isSubmitting || organisations === null}
              value={field.value === undefined ? '' : String(field.value)}
              onChange={(event) => {
                field.onChange(event.target.value === '' ? undefined : Number(event.target.value));
                setValue('unitId', null);
                setValue('caseId', null);
              }}
              onBlur={field.onBlur}
            >
              <option value="">
                {organisations === null
                  ? t('hours.form.loadingOrganisations')
                  : t('hours.form.chooseOrganisation')}
              </option>
              {organisationOptions.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.archived ? t('hours.archivedName', { name: o.name }) : o.name}
                </option>
              ))}
            </SelectField>
          )}
        />
        <Controller
          control={control}
          name="unitId"
          render={({ field }) => (
            <SelectField
              label={t('hours.form.unit')}
              hint={t('hours.form.unitHint')}
              error={errors.field(fieldErrors.unitId)}
              name={field.name}
              ref={field.ref}
              disabled={isSubmitting || units.length === 0}
              value={field.value === null || field.value === undefined ? '' : String(field.value)}
              onChange={(event) =>
                field.onChange(event.target.value === '' ? null : Number(event.target.value))
              }
              onBlur={field.onBlur}
            >
              <option value="">{t('hours.form.noUnit')}</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.archived ? t('hours.archivedName', { name: u.name }) : u.name}
                </option>
              ))}
            </SelectField>
          )}
        />
        <Controller
          control={control}
          name="caseId"
          render={({ field }) => (
            <SelectField
              label={t('hours.form.case')}
              hint={t('hours.form.caseHint')}
              error={errors.field(fieldErrors.caseId)}
              name={field.name}
              ref={field.ref}
              disabled={isSubmitting || caseOptions.length === 0}
              value={field.value === null || field.value === undefined ? '' : String(field.value)}
              onChange={(event) =>
                field.onChange(event.target.value === '' ? null : Number(event.target.value))
              }
              onBlur={field.onBlur}
            >
              <option value="">{t('hours.form.noCase')}</option>
              {caseOptions.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.closed ? t('hours.form.closedCase', { number: c.caseNumber }) : c.caseNumber}
                </option>
              ))}
            </SelectField>
          )}
        />
        <Field
          className="field-narrow"
          label={t('hours.form.kilometres')}
          hint={t('hours.form.kilometresHint')}
          error={errors.field(fieldErrors.kilometres)}
          inputMode="numeric"
          autoComplete="off"
          {...register('kilometres')}
          readOnly={isSubmitting}
        />
        <div className="field hours-form-check">
          <label className="checkbox">
            <input
              type="checkbox"
              aria-describedby={cancelledHint}
              disabled={isSubmitting}
              {...register('cancelled')}
            />
            <span>{t('hours.form.cancelled')}</span>
          </label>
          <p className="field-hint checkbox-hint" id={cancelledHint}>
            {t('hours.form.cancelledHint')}
          </p>
        </div>
      </div>
      {serverError ? (
        <Alert tone="error" testId="error-alert">
          {errors.code(serverError)}
        </Alert>
      ) : null}
      <div className="btn-row">
        <Button type="submit" busy={isSubmitting} busyLabel={t('hours.form.busy')}>
          {t(entry ? 'hours.form.saveEdit' : 'hours.form.save')}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel} disabled={isSubmitting}>
            {t('hours.form.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
