import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import type { ErrorCode } from '../../../../shared/errors';
import type { PracticeSettings } from '../../../../shared/schemas/practice';
import { countryName, useLocale, useT, type MessageKey } from '../../i18n';
import { countValue, parseOptions } from '../../lib/forms';
import {
  emptyPracticeForm,
  formatIban,
  practiceFormSchema,
  practiceFormValues,
  type PracticeForm,
  type PracticeFormOutput,
} from '../../lib/practice';
import { callVp } from '../../lib/vp';
import { useCaseFileStore } from '../../stores/caseFileStore';
import { useToastStore } from '../../stores/toastStore';
import {
  Alert,
  Button,
  Card,
  DetailList,
  EmptyState,
  Field,
  FormSection,
  Icon,
  RadioGroup,
  type DetailItem,
} from '../../ui';
import { useErrorText } from '../useErrorText';
import '../contracts/contracts.css';

type Loaded =
  | { state: 'loading' }
  | { state: 'error'; code: ErrorCode }
  | { state: 'ready'; settings: PracticeSettings | null };

/**
 * Settings › Praktijkgegevens: the counsellor's own business details, the seller on every
 * invoice. Read-only once filled in, with "Wijzigen"; until then a calm word on why invoices
 * need them. Saving goes through the shared schema; a refused save keeps what was typed.
 */
export function PracticeSettingsCard() {
  const t = useT();
  const errors = useErrorText();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [editing, setEditing] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Set when the form closes; the heading is focused once the card shows its details again.
  const focusHeading = useRef(false);

  async function load() {
    setLoaded({ state: 'loading' });
    const result = await callVp('getPracticeSettings', {});
    if (useCaseFileStore.getState().status?.state !== 'unlocked') return;
    setLoaded(
      result.ok
        ? { state: 'ready', settings: result.value }
        : { state: 'error', code: result.error.code },
    );
  }

  useEffect(() => {
    let current = true;
    void callVp('getPracticeSettings', {}).then((result) => {
      if (!current) return;
      setLoaded(
        result.ok
          ? { state: 'ready', settings: result.value }
          : { state: 'error', code: result.error.code },
      );
    });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (!editing && focusHeading.current) {
      focusHeading.current = false;
      headingRef.current?.focus();
    }
  });

  function closeForm(saved: PracticeSettings | null) {
    if (saved) setLoaded({ state: 'ready', settings: saved });
    focusHeading.current = true;
    setEditing(false);
  }

  let body;
  if (loaded.state === 'loading') {
    body = (
      <p className="muted" role="status">
        {t('practice.loading')}
      </p>
    );
  } else if (loaded.state === 'error') {
    body = (
      <Alert
        tone="error"
        testId="error-alert"
        action={
          <Button variant="secondary" onClick={() => void load()}>
            {t('practice.retry')}
          </Button>
        }
      >
        {errors.code(loaded.code)}
      </Alert>
    );
  } else if (editing) {
    body = (
      <PracticeSettingsForm
        settings={loaded.settings}
        onSaved={(settings) => closeForm(settings)}
        onCancel={() => closeForm(null)}
      />
    );
  } else if (loaded.settings === null) {
    body = (
      <EmptyState
        icon="receipt"
        title={t('practice.emptyTitle')}
        action={<Button onClick={() => setEditing(true)}>{t('practice.fillIn')}</Button>}
      >
        {t('practice.emptyText')}
      </EmptyState>
    );
  } else {
    body = <PracticeDetails settings={loaded.settings} onEdit={() => setEditing(true)} />;
  }

  return (
    <Card
      title={t('practice.title')}
      headingId="settings-practice"
      headingRef={headingRef}
      intro={t('practice.intro')}
      data-testid="practice-settings"
    >
      {body}
    </Card>
  );
}

/** The details as they go on an invoice, grouped as in the form. */
function PracticeDetails({
  settings: p,
  onEdit,
}: {
  settings: PracticeSettings;
  onEdit: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const sections: { title: string; items: DetailItem[] }[] = [
    {
      title: t('practice.section.practice'),
      items: [
        { label: t('practice.field.name'), value: p.name },
        { label: t('practice.field.tradingName'), value: p.tradingName },
        { label: t('practice.field.kvkNumber'), value: p.kvkNumber },
        {
          label: t('practice.field.vatNumber'),
          value: p.vatNumber ?? t('practice.detail.noVat'),
        },
      ],
    },
    {
      title: t('practice.section.address'),
      items: [
        { label: t('practice.field.street'), value: p.street },
        {
          label: t('practice.detail.place'),
          value: `${p.postcode} ${p.city}`,
        },
        { label: t('practice.field.country'), value: countryName(locale, p.country) },
      ],
    },
    {
      title: t('practice.section.payment'),
      items: [
        { label: t('practice.field.iban'), value: formatIban(p.iban) },
        { label: t('practice.field.bic'), value: p.bic },
        {
          label: t('practice.field.paymentTermDays'),
          value: t('practice.detail.days', { days: p.paymentTermDays }),
        },
      ],
    },
    {
      title: t('practice.section.contact'),
      items: [
        { label: t('practice.field.email'), value: p.email },
        { label: t('practice.field.phone'), value: p.phone },
      ],
    },
    {
      title: t('practice.section.invoices'),
      items: [
        {
          label: t('practice.field.invoiceLanguage'),
          value: t(p.invoiceLanguage === 'nl' ? 'language.nl' : 'language.en'),
        },
        {
          label: t('practice.field.eInvoiceProfile'),
          value: t(`practice.profile.${p.eInvoiceProfile}`),
        },
        {
          label: t('practice.field.anonymityThreshold'),
          value: t('practice.detail.threshold', { count: p.anonymityThreshold }),
        },
      ],
    },
  ];
  return (
    <div className="stack">
      <div className="detail-sections practice-details">
        {sections.map((section) => (
          <section key={section.title} className="detail-section">
            <h3>{section.title}</h3>
            <DetailList items={section.items} empty={t('organisations.notFilled')} />
          </section>
        ))}
      </div>
      <div className="btn-row">
        <Button variant="secondary" onClick={onEdit}>
          <Icon name="pencil" />
          {t('practice.edit')}
        </Button>
      </div>
    </div>
  );
}

/** Field names in the order they appear, for the summary of what to fix. */
const fieldOrder: { name: FieldPath<PracticeForm>; label: MessageKey }[] = [
  { name: 'name', label: 'practice.field.name' },
  { name: 'tradingName', label: 'practice.field.tradingName' },
  { name: 'kvkNumber', label: 'practice.field.kvkNumber' },
  { name: 'vatNumber', label: 'practice.field.vatNumber' },
  { name: 'street', label: 'practice.field.street' },
  { name: 'postcode', label: 'practice.field.postcode' },
  { name: 'city', label: 'practice.field.city' },
  { name: 'country', label: 'practice.field.country' },
  { name: 'iban', label: 'practice.field.iban' },
  { name: 'bic', label: 'practice.field.bic' },
  { name: 'paymentTermDays', label: 'practice.field.paymentTermDays' },
  { name: 'email', label: 'practice.field.email' },
  { name: 'phone', label: 'practice.field.phone' },
  { name: 'invoiceLanguage', label: 'practice.field.invoiceLanguage' },
  { name: 'eInvoiceProfile', label: 'practice.field.eInvoiceProfile' },
  { name: 'anonymityThreshold', label: 'practice.field.anonymityThreshold' },
];

function PracticeSettingsForm({
  settings,
  onSaved,
  onCancel,
}: {
  settings: PracticeSettings | null;
  onSaved: (settings: PracticeSettings) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const errors = useErrorText();
  const [serverError, setServerError] = useState<ErrorCode | null>(null);
  const [checkFields, setCheckFields] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    setFocus,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<PracticeForm, unknown, PracticeFormOutput>({
    resolver: zodResolver(practiceFormSchema, parseOptions),
    defaultValues: settings ? practiceFormValues(settings) : emptyPracticeForm(),
  });

  useEffect(() => {
    setFocus('name');
  }, [setFocus]);

  const onSubmit = handleSubmit(
    async (values) => {
      setServerError(null);
      setCheckFields(false);
      const result = await callVp('savePracticeSettings', values);
      if (!result.ok) {
        setServerError(result.error.code);
        return;
      }
      useToastStore.getState().show('practice.saved');
      onSaved(result.value);
    },
    () => {
      setServerError(null);
      setCheckFields(true);
    },
  );

  const fieldError = (name: keyof PracticeForm) => errors.field(fieldErrors[name]);
  const toFix = fieldOrder.filter((field) => fieldErrors[field.name]);
  const text = (name: FieldPath<PracticeForm>) => ({ ...register(name), readOnly: isSubmitting });

  return (
    <form className="form" noValidate onSubmit={onSubmit} data-testid="practice-form">
      <FormSection title={t('practice.section.practice')}>
        <Field
          className="field-full"
          label={t('practice.field.name')}
          hint={t('practice.field.nameHint')}
          error={fieldError('name')}
          aria-required="true"
          autoComplete="organization"
          {...text('name')}
        />
        <Field
          className="field-full"
          label={t('practice.field.tradingName')}
          hint={t('practice.field.tradingNameHint')}
          error={fieldError('tradingName')}
          autoComplete="off"
          {...text('tradingName')}
        />
        <Field
          className="field-full field-code"
          label={t('practice.field.kvkNumber')}
          hint={t('practice.field.kvkNumberHint')}
          error={fieldError('kvkNumber')}
          aria-required="true"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          mono
          {...text('kvkNumber')}
        />
        <Field
          className="field-full field-code"
          label={t('practice.field.vatNumber')}
          hint={t('practice.field.vatNumberHint')}
          error={fieldError('vatNumber')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          mono
          {...text('vatNumber')}
        />
      </FormSection>

      <FormSection title={t('practice.section.address')}>
        <Field
          className="field-full"
          label={t('practice.field.street')}
          error={fieldError('street')}
          aria-required="true"
          autoComplete="street-address"
          {...text('street')}
        />
        <Field
          label={t('practice.field.postcode')}
          error={fieldError('postcode')}
          aria-required="true"
          autoComplete="postal-code"
          autoCapitalize="characters"
          spellCheck={false}
          {...text('postcode')}
        />
        <Field
          label={t('practice.field.city')}
          error={fieldError('city')}
          aria-required="true"
          autoComplete="address-level2"
          {...text('city')}
        />
        <Field
          className="field-full field-narrow"
          label={t('practice.field.country')}
          hint={t('practice.field.countryHint')}
          error={fieldError('country')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          {...text('country')}
        />
      </FormSection>

      <FormSection title={t('practice.section.payment')}>
        <Field
          className="field-full field-code"
          label={t('practice.field.iban')}
          hint={t('practice.field.ibanHint')}
          error={fieldError('iban')}
          aria-required="true"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          mono
          {...text('iban')}
        />
        <Field
          className="field-full field-code"
          label={t('practice.field.bic')}
          hint={t('practice.field.bicHint')}
          error={fieldError('bic')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          mono
          {...text('bic')}
        />
        <Field
          className="field-full field-amount"
          label={t('practice.field.paymentTermDays')}
          hint={t('practice.field.paymentTermDaysHint')}
          error={fieldError('paymentTermDays')}
          inputMode="numeric"
          autoComplete="off"
          trailing={<span className="field-unit">{t('contracts.unit.days')}</span>}
          {...register('paymentTermDays', { setValueAs: countValue })}
          readOnly={isSubmitting}
        />
      </FormSection>

      <FormSection title={t('practice.section.contact')} intro={t('practice.section.contactIntro')}>
        <Field
          type="email"
          label={t('practice.field.email')}
          error={fieldError('email')}
          autoComplete="email"
          spellCheck={false}
          {...text('email')}
        />
        <Field
          type="tel"
          label={t('practice.field.phone')}
          error={fieldError('phone')}
          autoComplete="tel"
          {...text('phone')}
        />
      </FormSection>

      <FormSection
        title={t('practice.section.invoices')}
        intro={t('practice.section.invoicesIntro')}
      >
        <Controller
          control={control}
          name="invoiceLanguage"
          render={({ field }) => (
            <RadioGroup
              legend={t('practice.field.invoiceLanguage')}
              hint={t('practice.field.invoiceLanguageHint')}
              error={fieldError('invoiceLanguage')}
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              disabled={isSubmitting}
              options={[
                { value: 'nl', label: t('language.nl') },
                { value: 'en', label: t('language.en') },
              ]}
            />
          )}
        />
        <Controller
          control={control}
          name="eInvoiceProfile"
          render={({ field }) => (
            <RadioGroup
              legend={t('practice.field.eInvoiceProfile')}
              hint={t('practice.field.eInvoiceProfileHint')}
              error={fieldError('eInvoiceProfile')}
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              disabled={isSubmitting}
              options={[
                { value: 'nlcius', label: t('practice.profile.nlcius') },
                { value: 'peppol', label: t('practice.profile.peppol') },
              ]}
            />
          )}
        />
        <Field
          className="field-full field-amount"
          label={t('practice.field.anonymityThreshold')}
          hint={t('practice.field.anonymityThresholdHint')}
          error={fieldError('anonymityThreshold')}
          inputMode="numeric"
          autoComplete="off"
          trailing={<span className="field-unit">{t('practice.unit.cases')}</span>}
          {...register('anonymityThreshold', { setValueAs: countValue })}
          readOnly={isSubmitting}
        />
      </FormSection>

      {serverError ? (
        <Alert tone="error" testId="error-alert">
          {errors.code(serverError)}
        </Alert>
      ) : checkFields && toFix.length > 0 ? (
        <Alert tone="error" testId="error-alert">
          <p>{errors.code('INVALID_INPUT')}</p>
          <p>{t('organisations.form.checkFields')}</p>
          <ul className="error-summary">
            {toFix.map((field) => (
              <li key={field.name}>
                <button type="button" className="link-button" onClick={() => setFocus(field.name)}>
                  {t(field.label)}
                </button>
                {': '}
                {errors.field(fieldErrors[field.name])}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <div className="btn-row">
        <Button type="submit" busy={isSubmitting} busyLabel={t('practice.busy')}>
          {t('practice.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={isSubmitting}>
          {t('practice.cancel')}
        </Button>
      </div>
    </form>
  );
}
