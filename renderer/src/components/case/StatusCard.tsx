import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { ErrorCode } from '../../../../shared/errors';
import {
  caseOutcomes,
  statusTransitions,
  type CaseDetail,
  type CaseStatus,
} from '../../../../shared/schemas/case';
import { useLocale, useT } from '../../i18n';
import {
  caseParseOptions,
  closeFormSchema,
  type CloseForm,
  type CloseFormOutput,
} from '../../lib/caseForms';
import { formatDateTime, nowInstant } from '../../lib/datetime';
import { callVp } from '../../lib/vp';
import { useCasesStore } from '../../stores/casesStore';
import { useToastStore } from '../../stores/toastStore';
import { Alert, Button, Card, Dialog, RadioGroup } from '../../ui';
import { StatusBadge } from '../CaseBadges';
import { DateTimeField } from '../DateTimeField';
import { useErrorText } from '../useErrorText';

/**
 * The status: where the case is, the statuses it may move on to (one click each; closing asks
 * for the outcome first), and when each status began.
 */
export function StatusCard({ kase }: { kase: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  const errors = useErrorText();
  const nextId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState<CaseStatus | null>(null);
  const [closing, setClosing] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const next = statusTransitions[kase.status];

  async function change(status: CaseStatus) {
    setBusy(status);
    setError(null);
    const result = await callVp('changeCaseStatus', {
      id: kase.id,
      status,
      at: nowInstant(),
      outcome: null,
    });
    setBusy(null);
    if (!result.ok) {
      setError(result.error.code);
      return;
    }
    useCasesStore.getState().setCurrent(result.value);
    useToastStore.getState().show('case.status.changed');
    // The button pressed is gone (that is the status now): focus the card instead.
    headingRef.current?.focus();
  }

  return (
    <Card
      title={t('case.status.title')}
      headingId="case-status"
      headingRef={headingRef}
      data-testid="status-card"
    >
      <div className="stack-sm">
        <p className="status-current">
          <span>{t('case.status.current')}</span> <StatusBadge status={kase.status} />
        </p>
        {kase.status === 'closed' ? (
          <div className="muted" data-testid="case-outcome">
            {kase.outcome ? (
              <p>{t('case.status.outcome', { outcome: t(`case.outcome.${kase.outcome}`) })}</p>
            ) : null}
            {kase.closedAt ? (
              <p>{t('case.status.closedOn', { when: formatDateTime(locale, kase.closedAt) })}</p>
            ) : null}
          </div>
        ) : null}
        {error && !closing ? (
          <Alert tone="error" testId="error-alert">
            {errors.code(error)}
          </Alert>
        ) : null}
        <div role="group" aria-labelledby={nextId}>
          <p id={nextId} className="field-label status-next-label">
            {t('case.status.next')}
          </p>
          <div className="btn-row status-buttons">
            {next.map((status) => (
              <Button
                key={status}
                variant={status === 'closed' ? 'primary' : 'secondary'}
                busy={busy === status}
                busyLabel={t('case.status.busy')}
                disabled={busy !== null && busy !== status}
                onClick={() => (status === 'closed' ? setClosing(true) : void change(status))}
              >
                {kase.status === 'closed' && status === 'in_progress'
                  ? t('case.status.reopen')
                  : t(`case.status.${status}`)}
              </Button>
            ))}
          </div>
        </div>
        <details className="status-history">
          <summary>{t('case.status.history')}</summary>
          <ol>
            {kase.statusHistory.map((change, index) => (
              <li key={`${change.changedAt}-${index}`}>
                {t('case.status.historyItem', {
                  status: t(`case.status.${change.status}`),
                  when: formatDateTime(locale, change.changedAt),
                })}
              </li>
            ))}
          </ol>
        </details>
      </div>
      {closing ? (
        <CloseDialog
          kase={kase}
          onClose={() => setClosing(false)}
          onClosed={() => {
            setClosing(false);
            headingRef.current?.focus();
          }}
        />
      ) : null}
    </Card>
  );
}

/** Closing a case: the outcome (needed for the annual report) and when. */
function CloseDialog({
  kase,
  onClose,
  onClosed,
}: {
  kase: CaseDetail;
  onClose: () => void;
  onClosed: () => void;
}) {
  const t = useT();
  const errors = useErrorText();
  const [serverError, setServerError] = useState<ErrorCode | null>(null);
  const {
    control,
    handleSubmit,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<CloseForm, unknown, CloseFormOutput>({
    resolver: zodResolver(closeFormSchema, caseParseOptions),
    defaultValues: { id: kase.id, status: 'closed', at: nowInstant(), outcome: null },
  });

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    const result = await callVp('changeCaseStatus', values);
    if (!result.ok) {
      setServerError(result.error.code);
      return;
    }
    useCasesStore.getState().setCurrent(result.value);
    useToastStore.getState().show('case.close.done');
    onClosed();
  });

  return (
    <Dialog
      testId="close-dialog"
      title={t('case.close.title')}
      onClose={() => {
        if (!isSubmitting) onClose();
      }}
      actions={
        <>
          <Button
            type="submit"
            form="close-case-form"
            busy={isSubmitting}
            busyLabel={t('case.close.busy')}
          >
            {t('case.close.confirm')}
          </Button>
          <Button variant="secondary" disabled={isSubmitting} onClick={onClose}>
            {t('case.close.cancel')}
          </Button>
        </>
      }
    >
      <form id="close-case-form" className="form" noValidate onSubmit={onSubmit}>
        <p>{t('case.close.text')}</p>
        <Controller
          control={control}
          name="outcome"
          render={({ field }) => (
            <RadioGroup
              legend={t('case.close.outcome')}
              error={errors.field(fieldErrors.outcome)}
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              disabled={isSubmitting}
              options={caseOutcomes.map((o) => ({ value: o, label: t(`case.outcome.${o}`) }))}
            />
          )}
        />
        <Controller
          control={control}
          name="at"
          render={({ field }) => (
            <DateTimeField
              label={t('case.close.at')}
              error={errors.field(fieldErrors.at)}
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              readOnly={isSubmitting}
            />
          )}
        />
        {serverError ? (
          <Alert tone="error" testId="error-alert" className="dialog-alert">
            {errors.code(serverError)}
          </Alert>
        ) : null}
      </form>
    </Dialog>
  );
}
