import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { ErrorCode } from '../../../../shared/errors';
import { referralKinds, type CaseDetail } from '../../../../shared/schemas/case';
import { formatDate, useLocale, useT } from '../../i18n';
import {
  caseParseOptions,
  referralFormSchema,
  type ReferralForm,
  type ReferralFormOutput,
} from '../../lib/caseForms';
import { todayInputValue } from '../../lib/datetime';
import { callVp } from '../../lib/vp';
import { useCasesStore } from '../../stores/casesStore';
import { useToastStore } from '../../stores/toastStore';
import { Alert, Button, Card, Field, Icon, RadioGroup, TextAreaField } from '../../ui';
import { useErrorText } from '../useErrorText';

/** Referrals (doorverwijzingen): to whom, when, and a short description without names. */
export function ReferralsCard({ kase }: { kase: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);

  function close() {
    setAdding(false);
    // The form goes away: back to the button that opened it (after it is rendered again).
    setTimeout(() => addButton.current?.focus(), 0);
  }

  return (
    <Card title={t('referrals.title')} headingId="case-referrals" data-testid="referrals-card">
      <div className="stack-sm">
        {kase.referrals.length === 0 ? (
          <p className="muted">{t('referrals.empty')}</p>
        ) : (
          <ul className="plain-list" data-testid="referrals">
            {kase.referrals.map((r) => (
              <li key={r.id} className="plain-list-item">
                <p>
                  <strong>{t(`case.referralKind.${r.kind}`)}</strong>
                  <span className="muted"> · {formatDate(locale, r.referredOn)}</span>
                </p>
                {r.description ? <p className="note-body">{r.description}</p> : null}
              </li>
            ))}
          </ul>
        )}
        {adding ? (
          <ReferralForm caseId={kase.id} onDone={close} />
        ) : (
          <div className="btn-row">
            <Button variant="secondary" ref={addButton} onClick={() => setAdding(true)}>
              <Icon name="plus" />
              {t('referrals.add')}
            </Button>
          </div>
        )}
      </div>
    </Card>
  );
}

function ReferralForm({ caseId, onDone }: { caseId: number; onDone: () => void }) {
  const t = useT();
  const errors = useErrorText();
  const [serverError, setServerError] = useState<ErrorCode | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setFocus,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<ReferralForm, unknown, ReferralFormOutput>({
    resolver: zodResolver(referralFormSchema, caseParseOptions),
    defaultValues: {
      caseId,
      kind: undefined,
      referredOn: todayInputValue(),
      description: '',
    },
  });

  // Opened by a click on "Doorverwijzing toevoegen": straight to the first question.
  useEffect(() => setFocus('kind'), [setFocus]);

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    const result = await callVp('addReferral', values);
    if (!result.ok) {
      setServerError(result.error.code);
      return;
    }
    useCasesStore.getState().setCurrent(result.value);
    useToastStore.getState().show('referrals.saved');
    onDone();
  });

  return (
    <form className="form sub-form" noValidate onSubmit={onSubmit} data-testid="referral-form">
      <Controller
        control={control}
        name="kind"
        render={({ field }) => (
          <RadioGroup
            legend={t('referrals.kind')}
            error={errors.field(fieldErrors.kind)}
            name={`referral-${caseId}-kind`}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            disabled={isSubmitting}
            options={referralKinds.map((k) => ({ value: k, label: t(`case.referralKind.${k}`) }))}
          />
        )}
      />
      <Field
        type="date"
        label={t('referrals.date')}
        error={errors.field(fieldErrors.referredOn)}
        {...register('referredOn')}
        readOnly={isSubmitting}
      />
      <TextAreaField
        label={t('referrals.description')}
        hint={t('referrals.descriptionHint')}
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
          {t('referrals.save')}
        </Button>
        <Button variant="secondary" onClick={onDone} disabled={isSubmitting}>
          {t('referrals.cancel')}
        </Button>
      </div>
    </form>
  );
}
