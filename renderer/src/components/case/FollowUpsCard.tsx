import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { ErrorCode } from '../../../../shared/errors';
import { type CaseDetail, type FollowUpKind } from '../../../../shared/schemas/case';
import { useLocale, useT } from '../../i18n';
import {
  caseParseOptions,
  followUpFormSchema,
  type FollowUpForm,
  type FollowUpFormOutput,
} from '../../lib/caseForms';
import { formatDateTime, fromInputValue, toInputValue } from '../../lib/datetime';
import { callVp } from '../../lib/vp';
import { useCasesStore } from '../../stores/casesStore';
import { useToastStore } from '../../stores/toastStore';
import { Alert, Button, Card, Icon, RadioGroup, TextAreaField } from '../../ui';
import { DateTimeField } from '../DateTimeField';
import { useErrorText } from '../useErrorText';

/**
 * The kinds offered for a new follow-up. A conversation with a time and a place is an
 * appointment (AppointmentsCard), so the older follow-up kind 'appointment' is not offered any
 * more; follow-ups of that kind already in the file still show and can be marked done.
 */
const newFollowUpKinds: readonly FollowUpKind[] = ['follow_up', 'aftercare'];

/** A week from now at the same time, to the hour: a calm default for the next follow-up. */
function nextWeek(now: Date = new Date()): string {
  const local = toInputValue(new Date(now.getTime() + 7 * 86_400_000));
  return fromInputValue(`${local.slice(0, 14)}00`);
}

/**
 * Follow-ups, appointments and aftercare: planned moments, each marked done when it happened.
 * Open ones past their time say "Te laat" in words; Home lists them too.
 */
export function FollowUpsCard({ kase }: { kase: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  const errors = useErrorText();
  const [adding, setAdding] = useState(false);
  const [busyId, setBusyId] = useState<number | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const toggles = useRef(new Map<number, HTMLButtonElement>());
  const focusToggle = useRef<number | null>(null);
  const [now] = useState(() => Date.now());

  useEffect(() => {
    if (focusToggle.current === null) return;
    toggles.current.get(focusToggle.current)?.focus();
    focusToggle.current = null;
  });

  async function setDone(id: number, done: boolean) {
    setBusyId(id);
    setError(null);
    const result = await callVp('completeFollowUp', { id, done });
    setBusyId(null);
    if (!result.ok) {
      setError(result.error.code);
      return;
    }
    focusToggle.current = id;
    useCasesStore.getState().setCurrent(result.value);
  }

  function close() {
    setAdding(false);
    setTimeout(() => addButton.current?.focus(), 0);
  }

  return (
    <Card title={t('followUps.title')} headingId="case-follow-ups" data-testid="follow-ups-card">
      <div className="stack-sm">
        {kase.followUps.length === 0 ? (
          <p className="muted">{t('followUps.empty')}</p>
        ) : (
          <ul className="plain-list" data-testid="follow-ups">
            {kase.followUps.map((f) => {
              const what = t(`case.followUpKind.${f.kind}`);
              const when = formatDateTime(locale, f.dueAt);
              const overdue = f.doneAt === null && new Date(f.dueAt).getTime() < now;
              return (
                <li key={f.id} className="plain-list-item follow-up" data-testid="follow-up">
                  <p>
                    <strong>{what}</strong>
                    <span className="muted"> · {t('followUps.plannedAt', { when })}</span>
                  </p>
                  {f.description ? <p className="note-body">{f.description}</p> : null}
                  <div className="follow-up-state">
                    {f.doneAt ? (
                      <span className="done-marker">
                        <Icon name="check" className="done-icon" />
                        {t('followUps.doneAt', { when: formatDateTime(locale, f.doneAt) })}
                      </span>
                    ) : overdue ? (
                      <span className="overdue-marker">
                        <Icon name="alert" className="overdue-icon" />
                        {t('followUps.overdue')}
                      </span>
                    ) : null}
                    <Button
                      variant="quiet"
                      ref={(el) => {
                        if (!el) return;
                        toggles.current.set(f.id, el);
                        return () => {
                          toggles.current.delete(f.id);
                        };
                      }}
                      busy={busyId === f.id}
                      aria-label={t(f.doneAt ? 'followUps.undoLabel' : 'followUps.markDoneLabel', {
                        what,
                        when,
                      })}
                      onClick={() => void setDone(f.id, f.doneAt === null)}
                    >
                      {t(f.doneAt ? 'followUps.undo' : 'followUps.markDone')}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        {error ? (
          <Alert tone="error" testId="error-alert">
            {errors.code(error)}
          </Alert>
        ) : null}
        {adding ? (
          <FollowUpForm caseId={kase.id} onDone={close} />
        ) : (
          <div className="btn-row">
            <Button variant="secondary" ref={addButton} onClick={() => setAdding(true)}>
              <Icon name="plus" />
              {t('followUps.add')}
            </Button>
          </div>
        )}
      </div>
    </Card>
  );
}

function FollowUpForm({ caseId, onDone }: { caseId: number; onDone: () => void }) {
  const t = useT();
  const errors = useErrorText();
  const [serverError, setServerError] = useState<ErrorCode | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setFocus,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<FollowUpForm, unknown, FollowUpFormOutput>({
    resolver: zodResolver(followUpFormSchema, caseParseOptions),
    defaultValues: { caseId, kind: 'follow_up', dueAt: nextWeek(), description: '' },
  });

  useEffect(() => setFocus('kind'), [setFocus]);

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    const result = await callVp('addFollowUp', values);
    if (!result.ok) {
      setServerError(result.error.code);
      return;
    }
    useCasesStore.getState().setCurrent(result.value);
    useToastStore.getState().show('followUps.saved');
    onDone();
  });

  return (
    <form className="form sub-form" noValidate onSubmit={onSubmit} data-testid="follow-up-form">
      <p className="field-hint">{t('followUps.formHint')}</p>
      <Controller
        control={control}
        name="kind"
        render={({ field }) => (
          <RadioGroup
            legend={t('followUps.kind')}
            error={errors.field(fieldErrors.kind)}
            name={`follow-up-${caseId}-kind`}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            disabled={isSubmitting}
            options={newFollowUpKinds.map((k) => ({
              value: k,
              label: t(`case.followUpKind.${k}`),
            }))}
          />
        )}
      />
      <Controller
        control={control}
        name="dueAt"
        render={({ field }) => (
          <DateTimeField
            label={t('followUps.dueAt')}
            error={errors.field(fieldErrors.dueAt)}
            name={field.name}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            readOnly={isSubmitting}
          />
        )}
      />
      <TextAreaField
        label={t('followUps.description')}
        hint={t('followUps.descriptionHint')}
        error={errors.field(fieldErrors.description)}
        rows={2}
        {...register('description')}
        readOnly={isSubmitting}
      />
      {serverError ? (
        <Alert tone="error" testId="error-alert">
          {errors.code(serverError)}
        </Alert>
      ) : null}
      <div className="btn-row">
        <Button type="submit" busy={isSubmitting} busyLabel={t('case.saving')}>
          {t('followUps.save')}
        </Button>
        <Button variant="secondary" onClick={onDone} disabled={isSubmitting}>
          {t('followUps.cancel')}
        </Button>
      </div>
    </form>
  );
}
