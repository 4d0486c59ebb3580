import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ErrorCode } from '../../../shared/errors';
import { exportIcsInputSchema, type IcsExport } from '../../../shared/schemas/appointment';
import { useT } from '../i18n';
import { addDays } from '../lib/appointments';
import { caseParseOptions } from '../lib/caseForms';
import { callVp } from '../lib/vp';
import { useToastStore } from '../stores/toastStore';
import { Alert, Button, Card, Field, Icon, TextAreaField } from '../ui';
import { useErrorText } from './useErrorText';
import '../agenda.css';

type IcsForm = z.input<typeof exportIcsInputSchema>;
type IcsFormOutput = z.output<typeof exportIcsInputSchema>;

/** How far an agenda file reaches by default: eight weeks from the shown period. */
const DEFAULT_DAYS = 56;

/**
 * The agenda file (.ics) of a period: made by main, shown here exactly as it would be saved,
 * to copy or (where the window can save downloads) to save. Main writes only "VP afspraak",
 * the time and the kind of place; the place text only when "Plaats meenemen" is ticked.
 */
export function IcsExportCard({ from }: { from: string }) {
  const t = useT();
  const errors = useErrorText();
  const includeHintId = useId();
  const [result, setResult] = useState<IcsExport | null>(null);
  const [serverError, setServerError] = useState<ErrorCode | null>(null);
  const previewRef = useRef<HTMLTextAreaElement | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [copyFailed, setCopyFailed] = useState(false);
  const [lastValues, setLastValues] = useState<IcsFormOutput | null>(null);
  const [saving, setSaving] = useState(false);
  const {
    register,
    handleSubmit,
    subscribe,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<IcsForm, unknown, IcsFormOutput>({
    resolver: zodResolver(exportIcsInputSchema, caseParseOptions),
    defaultValues: { from, to: addDays(from, DEFAULT_DAYS - 1), includePlace: false },
  });

  // A preview always answers the choices on screen: changing one drops it.
  useEffect(
    () => subscribe({ formState: { values: true }, callback: () => setResult(null) }),
    [subscribe],
  );

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    setCopyFailed(false);
    const answer = await callVp('exportAppointmentsIcs', values);
    if (!answer.ok) {
      setServerError(answer.error.code);
      setResult(null);
      return;
    }
    setResult(answer.value);
    setLastValues(values);
  });

  // A new file's outcome is announced (role=status) and takes focus, so the preview is next.
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  /**
   * Saves the file shown where the counsellor chooses (main's save dialog; main makes the same
   * file again from the same choices and records that it left the machine).
   */
  async function save() {
    if (!lastValues) return;
    setSaving(true);
    setServerError(null);
    const answer = await callVp('saveAppointmentsIcs', lastValues);
    setSaving(false);
    if (!answer.ok) {
      setServerError(answer.error.code);
      return;
    }
    if (answer.value.saved && answer.value.fileName) {
      useToastStore.getState().show('ics.saved', { name: answer.value.fileName });
    }
  }

  async function copy() {
    if (!result) return;
    setCopyFailed(false);
    try {
      await navigator.clipboard.writeText(result.text);
      useToastStore.getState().show('ics.copied');
      return;
    } catch {
      // The desktop app grants no clipboard permission; a copy of the selection needs none.
    }
    const preview = previewRef.current;
    preview?.focus();
    preview?.select();
    if (preview && document.execCommand('copy')) {
      useToastStore.getState().show('ics.copied');
    } else {
      setCopyFailed(true);
    }
  }

  return (
    <Card
      title={t('ics.title')}
      headingId="ics-export"
      intro={t('ics.intro')}
      data-testid="ics-export"
    >
      <form className="form" noValidate onSubmit={onSubmit} data-testid="ics-form">
        <div className="appointment-form-row">
          <Field
            type="date"
            label={t('ics.from')}
            error={errors.field(fieldErrors.from)}
            {...register('from')}
            readOnly={isSubmitting}
          />
          <Field
            type="date"
            label={t('ics.to')}
            error={errors.field(fieldErrors.to)}
            {...register('to')}
            readOnly={isSubmitting}
          />
        </div>
        <div>
          <label className="checkbox">
            <input
              type="checkbox"
              aria-describedby={includeHintId}
              disabled={isSubmitting}
              {...register('includePlace')}
            />
            <span>{t('ics.includePlace')}</span>
          </label>
          <p className="field-hint checkbox-hint" id={includeHintId}>
            {t('ics.includePlaceHint')}
          </p>
        </div>
        {serverError ? (
          <Alert tone="error" testId="error-alert">
            {errors.code(serverError)}
          </Alert>
        ) : null}
        <div className="btn-row">
          <Button type="submit" variant="secondary" busy={isSubmitting} busyLabel={t('ics.busy')}>
            <Icon name="calendar" />
            {t('ics.make')}
          </Button>
        </div>
      </form>

      {result ? (
        <div className="ics-result stack-sm" data-testid="ics-result">
          <div ref={resultRef} tabIndex={-1} className="ics-summary">
            {result.count === 0 ? (
              <Alert tone="info">{t('ics.none')}</Alert>
            ) : (
              <Alert tone="success">
                {result.count === 1 ? t('ics.countOne') : t('ics.count', { count: result.count })}
              </Alert>
            )}
            {result.placesWithheld > 0 ? (
              <Alert tone="warning" testId="ics-withheld">
                {result.placesWithheld === 1
                  ? t('ics.withheldOne')
                  : t('ics.withheld', { count: result.placesWithheld })}
              </Alert>
            ) : null}
          </div>
          {result.count > 0 ? (
            <>
              <TextAreaField
                label={t('ics.preview')}
                hint={t('ics.previewHint')}
                className="ics-preview"
                readOnly
                rows={12}
                spellCheck={false}
                value={result.text}
                ref={previewRef}
                data-testid="ics-preview"
              />
              <div className="btn-row">
                <Button variant="secondary" onClick={() => void copy()}>
                  {t('ics.copy')}
                </Button>
                <Button
                  variant="secondary"
                  busy={saving}
                  busyLabel={t('ics.saving')}
                  onClick={() => void save()}
                  data-testid="ics-download"
                >
                  {t('ics.download')}
                </Button>
              </div>
              {copyFailed ? <Alert tone="warning">{t('ics.copyFailed')}</Alert> : null}
            </>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
