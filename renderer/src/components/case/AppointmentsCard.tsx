import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { ErrorCode } from '../../../../shared/errors';
import { placeKinds, type Appointment } from '../../../../shared/schemas/appointment';
import type { CaseDetail } from '../../../../shared/schemas/case';
import { useLocale, useT, type T } from '../../i18n';
import type { Locale } from '../../i18n/translate';
import {
  appointmentFormSchema,
  appointmentFormValues,
  emptyAppointmentForm,
  formatWeekday,
  isPast,
  loadCaseAppointments,
  type AppointmentForm,
  type AppointmentFormOutput,
} from '../../lib/appointments';
import { caseParseOptions, minutesValue } from '../../lib/caseForms';
import { formatTime, toDateInputValue } from '../../lib/datetime';
import { callVp } from '../../lib/vp';
import { useAppointmentsStore } from '../../stores/appointmentsStore';
import { useToastStore } from '../../stores/toastStore';
import { Alert, Badge, Button, Card, Dialog, Field, Icon, RadioGroup } from '../../ui';
import { useErrorText } from '../useErrorText';
import '../../agenda.css';

/** "maandag 30 november 2026, 10:00–11:00": the day in words, then the hours. */
export function appointmentWhen(t: T, locale: Locale, appointment: Appointment): string {
  return t('appointments.when', {
    day: formatWeekday(locale, toDateInputValue(appointment.startsAt), true),
    from: formatTime(locale, appointment.startsAt),
    to: formatTime(locale, appointment.endsAt),
  });
}

/**
 * The appointments of a case: planned conversations with a time and a place, each moved,
 * marked done or called off here; the Agenda lists them all and Home the planned ones.
 */
export function AppointmentsCard({ kase }: { kase: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  const errors = useErrorText();
  const ofCase = useAppointmentsStore((s) => s.ofCase);
  const loadError = useAppointmentsStore((s) => s.ofCaseError);
  const items = ofCase?.caseId === kase.id ? ofCase.items : null;
  const [planning, setPlanning] = useState(false);
  const [editingId, setEditingId] = useState<number | null>(null);
  const [cancelling, setCancelling] = useState<Appointment | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const planButton = useRef<HTMLButtonElement>(null);
  const moveButtons = useRef(new Map<number, HTMLButtonElement>());
  const [now] = useState(() => new Date());

  useEffect(() => {
    void loadCaseAppointments(kase.id);
  }, [kase.id]);

  /** After a form or dialog goes away, focus goes where the counsellor can carry on. */
  function focusLater(target: () => HTMLElement | null | undefined) {
    setTimeout(() => (target() ?? headingRef.current)?.focus(), 0);
  }

  async function complete(appointment: Appointment) {
    setBusyId(appointment.id);
    setError(null);
    const result = await callVp('completeAppointment', { id: appointment.id });
    setBusyId(null);
    if (!result.ok) {
      setError(result.error.code);
      return;
    }
    useAppointmentsStore.getState().setOfCase(kase.id, result.value);
    useToastStore.getState().show('appointments.completed');
    // Its buttons are gone now: the card's heading keeps the place.
    focusLater(() => headingRef.current);
  }

  return (
    <Card
      title={t('appointments.title')}
      headingId="case-appointments"
      headingRef={headingRef}
      intro={t('appointments.intro')}
      data-testid="appointments-card"
    >
      <div className="stack-sm">
        {items === null ? (
          loadError ? (
            <Alert
              tone="error"
              testId="error-alert"
              action={
                <Button variant="secondary" onClick={() => void loadCaseAppointments(kase.id)}>
                  {t('appointments.retry')}
                </Button>
              }
            >
              {errors.code(loadError)}
            </Alert>
          ) : (
            <p className="muted" role="status">
              {t('appointments.loading')}
            </p>
          )
        ) : items.length === 0 ? (
          <p className="muted">{t('appointments.empty')}</p>
        ) : (
          <ul
            className="plain-list"
            aria-label={t('appointments.listLabel', { number: kase.caseNumber })}
            data-testid="appointments"
          >
            {items.map((a) => {
              const when = appointmentWhen(t, locale, a);
              const planned = a.status === 'planned';
              return (
                <li key={a.id} className="plain-list-item appointment" data-testid="appointment">
                  <p className="appointment-when">
                    <strong>{when}</strong>
                  </p>
                  <p className="appointment-place">
                    {t(`appointments.placeKind.${a.placeKind}`)}
                    {a.placeText ? <span> · {a.placeText}</span> : null}
                  </p>
                  <p className="badge-row">
                    <Badge tone={planned ? 'primary' : 'muted'} testId="appointment-status">
                      {t(`appointments.status.${a.status}`)}
                    </Badge>
                    {isPast(a, now) ? (
                      <span className="overdue-marker">
                        <Icon name="alert" className="overdue-icon" />
                        {t('appointments.past')}
                      </span>
                    ) : null}
                  </p>
                  {editingId === a.id ? (
                    <AppointmentFormView
                      caseId={kase.id}
                      appointment={a}
                      onDone={() => {
                        setEditingId(null);
                        focusLater(() => moveButtons.current.get(a.id));
                      }}
                    />
                  ) : planned ? (
                    <div className="btn-row appointment-actions">
                      <Button
                        variant="quiet"
                        ref={(el) => {
                          if (!el) return;
                          moveButtons.current.set(a.id, el);
                          return () => {
                            moveButtons.current.delete(a.id);
                          };
                        }}
                        aria-label={t('appointments.rescheduleLabel', { when })}
                        onClick={() => {
                          setPlanning(false);
                          setEditingId(a.id);
                        }}
                      >
                        <Icon name="pencil" />
                        {t('appointments.reschedule')}
                      </Button>
                      <Button
                        variant="quiet"
                        busy={busyId === a.id}
                        aria-label={t('appointments.completeLabel', { when })}
                        onClick={() => void complete(a)}
                      >
                        <Icon name="check" />
                        {t('appointments.complete')}
                      </Button>
                      <Button
                        variant="quiet"
                        aria-label={t('appointments.cancelLabel', { when })}
                        onClick={() => setCancelling(a)}
                      >
                        <Icon name="close" />
                        {t('appointments.cancel')}
                      </Button>
                    </div>
                  ) : null}
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
        {planning ? (
          <AppointmentFormView
            caseId={kase.id}
            appointment={null}
            onDone={() => {
              setPlanning(false);
              focusLater(() => planButton.current);
            }}
          />
        ) : (
          <div className="btn-row">
            <Button
              variant="secondary"
              ref={planButton}
              onClick={() => {
                setEditingId(null);
                setPlanning(true);
              }}
            >
              <Icon name="plus" />
              {t('appointments.plan')}
            </Button>
          </div>
        )}
      </div>
      {cancelling ? (
        <CancelDialog
          appointment={cancelling}
          onClose={() => setCancelling(null)}
          onCancelled={() => {
            setCancelling(null);
            focusLater(() => headingRef.current);
          }}
        />
      ) : null}
    </Card>
  );
}

/** Planning a new appointment, or moving one: date, time, duration and place. */
function AppointmentFormView({
  caseId,
  appointment,
  onDone,
}: {
  caseId: number;
  appointment: Appointment | null;
  onDone: () => void;
}) {
  const t = useT();
  const errors = useErrorText();
  const [serverError, setServerError] = useState<ErrorCode | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setFocus,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<AppointmentForm, unknown, AppointmentFormOutput>({
    resolver: zodResolver(appointmentFormSchema, caseParseOptions),
    defaultValues: appointment ? appointmentFormValues(appointment) : emptyAppointmentForm(),
  });

  useEffect(() => setFocus('date'), [setFocus]);

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    const result = appointment
      ? await callVp('updateAppointment', { id: appointment.id, appointment: values })
      : await callVp('planAppointment', { caseId, ...values });
    if (!result.ok) {
      setServerError(result.error.code);
      return;
    }
    useAppointmentsStore.getState().setOfCase(caseId, result.value);
    useToastStore.getState().show(appointment ? 'appointments.updated' : 'appointments.saved');
    onDone();
  });

  const key = appointment ? `edit-${appointment.id}` : 'new';
  return (
    <form
      className="form sub-form"
      noValidate
      onSubmit={onSubmit}
      aria-label={t(appointment ? 'appointments.editTitle' : 'appointments.planTitle')}
      data-testid={appointment ? 'appointment-edit-form' : 'appointment-form'}
    >
      <h3 className="sub-form-title">
        {t(appointment ? 'appointments.editTitle' : 'appointments.planTitle')}
      </h3>
      <div className="appointment-form-row">
        <Field
          type="date"
          label={t('appointments.date')}
          error={errors.field(fieldErrors.date)}
          {...register('date')}
          readOnly={isSubmitting}
        />
        <Field
          type="time"
          label={t('appointments.time')}
          error={errors.field(fieldErrors.time)}
          {...register('time')}
          readOnly={isSubmitting}
        />
      </div>
      <Field
        className="field-narrow"
        label={t('appointments.duration')}
        hint={t('appointments.durationHint')}
        error={errors.field(fieldErrors.durationMinutes)}
        inputMode="numeric"
        autoComplete="off"
        {...register('durationMinutes', { setValueAs: minutesValue })}
        readOnly={isSubmitting}
      />
      <Controller
        control={control}
        name="placeKind"
        render={({ field }) => (
          <RadioGroup
            legend={t('appointments.placeKind')}
            error={errors.field(fieldErrors.placeKind)}
            name={`appointment-${caseId}-${key}-place`}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            disabled={isSubmitting}
            options={placeKinds.map((k) => ({
              value: k,
              label: t(`appointments.placeKind.${k}`),
            }))}
          />
        )}
      />
      <Field
        label={t('appointments.placeText')}
        hint={t('appointments.placeTextHint')}
        error={errors.field(fieldErrors.placeText)}
        autoComplete="off"
        {...register('placeText')}
        readOnly={isSubmitting}
      />
      {serverError ? (
        <Alert tone="error" testId="error-alert">
          {errors.code(serverError)}
        </Alert>
      ) : null}
      <div className="btn-row">
        <Button type="submit" busy={isSubmitting} busyLabel={t('appointments.busy')}>
          {t(appointment ? 'appointments.saveEdit' : 'appointments.save')}
        </Button>
        <Button variant="secondary" onClick={onDone} disabled={isSubmitting}>
          {t('appointments.closeForm')}
        </Button>
      </div>
    </form>
  );
}

/** Calling an appointment off: asked once, since it cannot be undone (plan a new one). */
function CancelDialog({
  appointment,
  onClose,
  onCancelled,
}: {
  appointment: Appointment;
  onClose: () => void;
  onCancelled: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const errors = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    const result = await callVp('cancelAppointment', { id: appointment.id });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.code);
      return;
    }
    useAppointmentsStore.getState().setOfCase(appointment.caseId, result.value);
    useToastStore.getState().show('appointments.cancelled');
    onCancelled();
  }

  return (
    <Dialog
      testId="cancel-appointment-dialog"
      title={t('appointments.cancelTitle')}
      onClose={() => {
        if (!busy) onClose();
      }}
      actions={
        <>
          <Button
            busy={busy}
            busyLabel={t('appointments.cancelBusy')}
            onClick={() => void confirm()}
          >
            {t('appointments.cancelConfirm')}
          </Button>
          <Button variant="secondary" data-autofocus disabled={busy} onClick={onClose}>
            {t('appointments.cancelBack')}
          </Button>
        </>
      }
    >
      <p>{t('appointments.cancelText', { when: appointmentWhen(t, locale, appointment) })}</p>
      {error ? (
        <Alert tone="error" testId="error-alert" className="dialog-alert">
          {errors.code(error)}
        </Alert>
      ) : null}
    </Dialog>
  );
}
