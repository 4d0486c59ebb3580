import { toNestErrors } from '@hookform/resolvers';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  Controller,
  get,
  useFieldArray,
  useForm,
  useWatch,
  type FieldPath,
  type Resolver,
} from 'react-hook-form';
import type { ErrorCode } from '../../../../shared/errors';
import {
  pricedActivityKinds,
  type Contract,
  type ContractInput,
  type PricedActivityKind,
} from '../../../../shared/schemas/contract';
import type { Organisation } from '../../../../shared/schemas/organisation';
import { formatDate, useLocale, useT, type T } from '../../i18n';
import { draftContent } from '../../lib/caseForms';
import {
  checkContractForm,
  emptyBandFields,
  emptyQuoteFields,
  stillToFillIn,
  type ContractForm,
  type SubscriptionKind,
} from '../../lib/contracts';
import { callVp } from '../../lib/vp';
import { useContractsStore } from '../../stores/contractsStore';
import { useToastStore } from '../../stores/toastStore';
import {
  Alert,
  Button,
  Card,
  Field,
  FormSection,
  Icon,
  RadioGroup,
  SelectField,
  type FieldProps,
} from '../../ui';
import { AutosaveNote } from '../DraftOffer';
import { useAutosave } from '../useDraft';
import { useErrorText } from '../useErrorText';
import './contracts.css';

type Path = FieldPath<ContractForm>;

/**
 * One calm form for a contract, in sections from Looptijd to Betalingstermijn. Amounts are
 * typed in euros and checked as cents with the shared contract schema when saving; amounts a
 * template leaves open are marked "Vul dit bedrag in" until filled in. It autosaves as a draft
 * (inside the case file) while the counsellor types; a refused save keeps everything typed.
 */
export function ContractFormView({
  organisation,
  contractId,
  formKey,
  base,
  initial,
  baseline,
  openContract,
}: {
  organisation: Organisation;
  /** null: a new contract. */
  contractId: number | null;
  formKey: string;
  /** The values without a draft (to tell "nothing changed"); null: continued from a draft. */
  base: ContractForm | null;
  initial: ContractForm;
  baseline: string;
  /** A contract of this organisation without an end, when making a new one. */
  openContract: Contract | null;
}) {
  const t = useT();
  const locale = useLocale();
  const errors = useErrorText();
  const [serverError, setServerError] = useState<ErrorCode | null>(null);
  const [checkFields, setCheckFields] = useState(false);
  // The resolver reads the language at the moment of checking (amounts are typed in it).
  const localeRef = useRef(locale);
  useEffect(() => {
    localeRef.current = locale;
  });

  const resolver: Resolver<ContractForm, unknown, ContractInput> = (values, _context, options) => {
    const check = checkContractForm(values, organisation.id, localeRef.current);
    if (check.ok) return { values: check.value, errors: {} };
    const flat = Object.fromEntries(
      Object.entries(check.errors).map(([path, message]) => [path, { type: 'schema', message }]),
    );
    return { values: {}, errors: toNestErrors<ContractForm>(flat, options) };
  };

  const {
    register,
    control,
    handleSubmit,
    getValues,
    setError,
    setFocus,
    subscribe,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<ContractForm, unknown, ContractInput>({ resolver, defaultValues: initial });
  const bands = useFieldArray({ control, name: 'bands' });
  const quotes = useFieldArray({ control, name: 'quotes' });
  const values = useWatch({ control }) as ContractForm;
  const autosave = useAutosave(formKey, getValues, baseline);
  const { schedule, flush } = autosave;

  useEffect(
    () => subscribe({ formState: { values: true }, callback: () => schedule() }),
    [subscribe, schedule],
  );

  const open = new Set(stillToFillIn(values));
  const errorOf = (path: string) => errors.field(get(fieldErrors, path) as { message?: string });
  const text = (path: Path) => ({ ...register(path), readOnly: isSubmitting });

  const onSubmit = handleSubmit(
    async (input) => {
      setServerError(null);
      setCheckFields(false);
      await autosave.stop();
      const result =
        contractId === null
          ? await callVp('createContract', input)
          : await callVp('updateContract', { id: contractId, contract: input });
      if (!result.ok) {
        autosave.resume();
        const code = result.error.code;
        setServerError(code);
        if (code === 'CONTRACT_OVERLAP') {
          setError('validFrom', { type: 'server', message: 'contracts.form.overlapField' });
          setTimeout(() => setFocus('validFrom'), 0);
        }
        return;
      }
      await autosave.discard();
      useContractsStore.getState().saved(result.value);
      useToastStore.getState().show(contractId === null ? 'contracts.saved' : 'contracts.updated');
    },
    () => {
      setServerError(null);
      setCheckFields(true);
    },
  );

  async function cancel() {
    if (base !== null && draftContent(getValues()) === draftContent(base)) {
      await autosave.discard();
    } else {
      await flush();
      useToastStore.getState().show('contracts.keptAsDraft');
    }
    useContractsStore.getState().close(true);
  }

  /** An amount in euros, marked while a template's open amount is still empty. */
  const amount = (
    path: Path,
    label: string,
    props: Partial<FieldProps> & { unit?: string } = {},
  ) => {
    const { unit, hint, className, ...rest } = props;
    const toFill = open.has(path);
    return (
      <Field
        key={path}
        className={['field-amount', toFill ? 'field-fill-in' : '', className ?? '']
          .filter(Boolean)
          .join(' ')}
        label={label}
        hint={hint}
        below={
          toFill ? (
            <span className="fill-in-mark" data-testid="fill-in-mark">
              <Icon name="alert" className="fill-in-icon" />
              {t('contracts.fillIn.mark')}
            </span>
          ) : undefined
        }
        error={errorOf(path)}
        inputMode="decimal"
        autoComplete="off"
        trailing={unit ? <span className="field-unit">{unit}</span> : undefined}
        {...rest}
        {...text(path)}
      />
    );
  };

  /** A whole number with its unit beside it (%, dagen, minuten, medewerkers). */
  const number = (
    path: Path,
    label: string,
    props: Partial<FieldProps> & { unit?: string } = {},
  ) => {
    const { unit, className, ...rest } = props;
    return (
      <Field
        key={path}
        className={['field-amount', className ?? ''].filter(Boolean).join(' ')}
        label={label}
        error={errorOf(path)}
        inputMode="numeric"
        autoComplete="off"
        trailing={unit ? <span className="field-unit">{unit}</span> : undefined}
        {...rest}
        {...text(path)}
      />
    );
  };

  function setSubscriptionKind(kind: SubscriptionKind) {
    if (kind === 'banded' && getValues('bands').length === 0) bands.append(emptyBandFields());
  }

  const toFix = orderedPaths(values)
    .filter((path) => get(fieldErrors, path))
    .map((path) => ({ path, label: labelOf(t, path) }));
  const fillInCount = open.size;
  const vatRate = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(
    values.vatRateBasisPoints / 100,
  );

  return (
    <form
      className="form contract-form"
      noValidate
      onSubmit={onSubmit}
      onBlur={() => void flush()}
      data-testid="contract-form"
    >
      {fillInCount > 0 ? (
        <Alert tone="warning" testId="fill-in-notice">
          {fillInCount === 1
            ? t('contracts.fillIn.noticeOne')
            : t('contracts.fillIn.notice', { count: fillInCount })}
        </Alert>
      ) : null}
      {openContract ? (
        <Alert tone="info" testId="open-contract-notice">
          {t('contracts.form.openContract', {
            date: formatDate(locale, openContract.validFrom),
          })}
        </Alert>
      ) : null}

      <Card>
        <FormSection title={t('contracts.section.validity')}>
          <Field
            type="date"
            label={t('contracts.field.validFrom')}
            error={errorOf('validFrom')}
            aria-required="true"
            {...text('validFrom')}
          />
          <Field
            type="date"
            label={t('contracts.field.validUntil')}
            hint={t('contracts.field.validUntilHint')}
            error={errorOf('validUntil')}
            {...text('validUntil')}
          />
        </FormSection>

        <FormSection
          title={t('contracts.section.subscription')}
          intro={partyText(t, organisation)}
          testId="section-subscription"
        >
          <Controller
            control={control}
            name="subscriptionKind"
            render={({ field }) => (
              <RadioGroup
                legend={t('contracts.field.subscriptionKind')}
                hint={t('contracts.field.subscriptionKindHint')}
                error={errorOf('subscriptionKind')}
                name={field.name}
                value={field.value}
                onChange={(kind) => {
                  field.onChange(kind);
                  setSubscriptionKind(kind);
                }}
                onBlur={field.onBlur}
                ref={field.ref}
                disabled={isSubmitting}
                options={(['none', 'fixed', 'banded'] as const).map((kind) => ({
                  value: kind,
                  label: t(`contracts.subscription.${kind}`),
                }))}
              />
            )}
          />
          {values.subscriptionKind === 'fixed' ? (
            <>
              {amount('subscriptionPrice.amount', t('contracts.field.yearPrice'), {
                unit: t('contracts.unit.perYear'),
                'aria-required': 'true',
              })}
              {amount('subscriptionPrice.member', t('contracts.field.memberYearPrice'), {
                unit: t('contracts.unit.perYear'),
                hint: t('contracts.field.memberPriceHint'),
              })}
            </>
          ) : null}
          {values.subscriptionKind === 'banded' ? (
            <div className="field-full band-list" data-testid="bands">
              {bands.fields.map((band, index) => (
                <fieldset key={band.id} className="term-row" data-testid="band">
                  <legend className="term-row-legend">
                    {t('contracts.band.legend', { number: index + 1 })}
                  </legend>
                  <div className="term-row-grid term-row-grid-band">
                    {number(`bands.${index}.min`, t('contracts.field.bandMin'), {
                      'aria-required': 'true',
                    })}
                    {number(`bands.${index}.max`, t('contracts.field.bandMax'), {
                      placeholder: t('contracts.field.bandMaxPlaceholder'),
                    })}
                    {amount(`bands.${index}.amount`, t('contracts.field.bandPrice'), {
                      'aria-required': 'true',
                    })}
                    {amount(`bands.${index}.member`, t('contracts.field.bandMemberPrice'))}
                    <Button
                      variant="quiet"
                      className="term-row-remove"
                      aria-label={t('contracts.band.removeLabel', { number: index + 1 })}
                      disabled={isSubmitting}
                      onClick={() => bands.remove(index)}
                    >
                      {t('contracts.band.remove')}
                    </Button>
                  </div>
                </fieldset>
              ))}
              {errorOf('bands') || errorOf('bands.root') ? (
                <p className="field-error" role="alert">
                  {errorOf('bands') ?? errorOf('bands.root')}
                </p>
              ) : null}
              <div className="btn-row">
                <Button
                  variant="secondary"
                  disabled={isSubmitting || bands.fields.length >= 20}
                  onClick={() => bands.append(emptyBandFields())}
                >
                  <Icon name="plus" />
                  {t('contracts.band.add')}
                </Button>
              </div>
              <p className="field-hint">{t('contracts.band.hint')}</p>
            </div>
          ) : null}
        </FormSection>

        <FormSection
          title={t('contracts.section.rates')}
          intro={t('contracts.section.ratesIntro')}
          testId="section-rates"
        >
          <div className="field-full activity-list">
            {pricedActivityKinds.map((kind) => (
              <ActivityRow
                key={kind}
                kind={kind}
                t={t}
                billing={values.activities?.[kind]?.billing ?? 'hourly'}
                select={
                  <SelectField
                    label={t('contracts.field.billing')}
                    error={errorOf(`activities.${kind}.billing`)}
                    disabled={isSubmitting}
                    {...register(`activities.${kind}.billing`)}
                  >
                    <option value="hourly">{t('contracts.billing.hourly')}</option>
                    {kind === 'consult' ? (
                      <option value="per_consult">{t('contracts.billing.per_consult')}</option>
                    ) : null}
                    <option value="not_billed">{t('contracts.billing.not_billed')}</option>
                  </SelectField>
                }
                amount={amount}
              />
            ))}
          </div>
        </FormSection>

        <FormSection title={t('contracts.section.freeFirst')}>
          <Controller
            control={control}
            name="freeFirst"
            render={({ field }) => (
              <RadioGroup
                legend={t('contracts.field.freeFirst')}
                hint={t('contracts.field.freeFirstHint')}
                error={errorOf('freeFirst')}
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                disabled={isSubmitting}
                options={(['none', 'first_consult', 'first_hour'] as const).map((kind) => ({
                  value: kind,
                  label: t(`contracts.freeFirst.${kind}`),
                }))}
              />
            )}
          />
        </FormSection>

        <FormSection title={t('contracts.section.travel')}>
          {amount('kilometreRate', t('contracts.field.kilometreRate'), {
            unit: t('contracts.unit.perKilometre'),
            hint: t('contracts.field.kilometreRateHint'),
            className: 'field-full',
          })}
        </FormSection>

        <FormSection title={t('contracts.section.cancellation')}>
          {number('cancellationPercent', t('contracts.field.cancellationPercent'), {
            unit: '%',
            hint: t('contracts.field.cancellationPercentHint'),
            className: 'field-full',
          })}
        </FormSection>

        <FormSection
          title={t('contracts.section.quotes')}
          intro={t('contracts.section.quotesIntro')}
          testId="section-quotes"
        >
          <div className="field-full quote-list">
            {quotes.fields.length === 0 ? (
              <p className="muted">{t('contracts.quote.none')}</p>
            ) : null}
            {quotes.fields.map((quote, index) => (
              <fieldset key={quote.id} className="term-row" data-testid="quote">
                <legend className="term-row-legend">
                  {t('contracts.quote.legend', { number: index + 1 })}
                </legend>
                <div className="term-row-grid term-row-grid-quote">
                  <Field
                    className="quote-label"
                    label={t('contracts.field.quoteLabel')}
                    placeholder={t('contracts.field.quoteLabelPlaceholder')}
                    error={errorOf(`quotes.${index}.label`)}
                    aria-required="true"
                    autoComplete="off"
                    {...text(`quotes.${index}.label`)}
                  />
                  {amount(`quotes.${index}.amount`, t('contracts.field.quoteAmount'), {
                    'aria-required': 'true',
                  })}
                  <Field
                    type="date"
                    label={t('contracts.field.quoteDate')}
                    error={errorOf(`quotes.${index}.date`)}
                    aria-required="true"
                    {...text(`quotes.${index}.date`)}
                  />
                  <Button
                    variant="quiet"
                    className="term-row-remove"
                    aria-label={t('contracts.quote.removeLabel', { number: index + 1 })}
                    disabled={isSubmitting}
                    onClick={() => quotes.remove(index)}
                  >
                    {t('contracts.quote.remove')}
                  </Button>
                </div>
              </fieldset>
            ))}
            <div className="btn-row">
              <Button
                variant="secondary"
                disabled={isSubmitting}
                onClick={() => quotes.append(emptyQuoteFields())}
              >
                <Icon name="plus" />
                {t('contracts.quote.add')}
              </Button>
            </div>
          </div>
        </FormSection>

        <FormSection title={t('contracts.section.rounding')}>
          <Controller
            control={control}
            name="roundingMode"
            render={({ field }) => (
              <RadioGroup
                legend={t('contracts.field.roundingMode')}
                hint={t('contracts.field.roundingModeHint')}
                error={errorOf('roundingMode')}
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                disabled={isSubmitting}
                options={(['none', 'up', 'nearest'] as const).map((mode) => ({
                  value: mode,
                  label: t(`contracts.rounding.${mode}`),
                }))}
              />
            )}
          />
          {values.roundingMode !== 'none'
            ? number('roundingStep', t('contracts.field.roundingStep'), {
                unit: t('contracts.unit.minutes'),
                hint: t('contracts.field.roundingStepHint'),
                className: 'field-full',
              })
            : null}
        </FormSection>

        <FormSection title={t('contracts.section.vat')}>
          <Controller
            control={control}
            name="vatCategory"
            render={({ field }) => (
              <RadioGroup
                legend={t('contracts.field.vat')}
                hint={t('contracts.field.vatHint')}
                error={errorOf('vatCategory')}
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                disabled={isSubmitting}
                options={[
                  { value: 'S', label: t('contracts.vat.S', { rate: vatRate }) },
                  { value: 'E', label: t('contracts.vat.E') },
                ]}
              />
            )}
          />
          {values.vatCategory === 'E' ? (
            <Field
              className="field-full"
              label={t('contracts.field.exemptionReason')}
              hint={t('contracts.field.exemptionReasonHint')}
              placeholder={t('contracts.field.exemptionReasonPlaceholder')}
              error={errorOf('exemptionReason')}
              aria-required="true"
              autoComplete="off"
              {...text('exemptionReason')}
            />
          ) : null}
        </FormSection>

        <FormSection title={t('contracts.section.payment')}>
          {number('paymentTermDays', t('contracts.field.paymentTermDays'), {
            unit: t('contracts.unit.days'),
            hint: t('contracts.field.paymentTermDaysHint'),
            className: 'field-full',
            'aria-required': 'true',
          })}
        </FormSection>
      </Card>

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
              <li key={field.path}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => focusPath(field.path, setFocus)}
                >
                  {field.label}
                </button>
                {': '}
                {errorOf(field.path)}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <div className="btn-row form-actions">
        <Button type="submit" busy={isSubmitting} busyLabel={t('contracts.form.busy')}>
          {t(contractId === null ? 'contracts.form.saveNew' : 'contracts.form.saveEdit')}
        </Button>
        <Button variant="secondary" onClick={() => void cancel()} disabled={isSubmitting}>
          {t('contracts.form.cancel')}
        </Button>
        <AutosaveNote status={autosave.status} />
      </div>
    </form>
  );
}

/** One kind of work: how it is billed, and its rate (and members' rate) when it is. */
function ActivityRow({
  kind,
  t,
  billing,
  select,
  amount,
}: {
  kind: PricedActivityKind;
  t: T;
  billing: string;
  select: ReactNode;
  amount: (path: Path, label: string, props?: Partial<FieldProps> & { unit?: string }) => ReactNode;
}) {
  const perConsult = billing === 'per_consult';
  return (
    <fieldset className="term-row activity-row" data-testid={`activity-${kind}`}>
      <legend className="term-row-legend">{t(`contracts.activity.${kind}`)}</legend>
      <p className="field-hint activity-hint">{t(`contracts.activity.${kind}.hint`)}</p>
      <div className="term-row-grid term-row-grid-activity">
        {select}
        {billing === 'not_billed' ? null : (
          <>
            {amount(
              `activities.${kind}.rate.amount`,
              t(perConsult ? 'contracts.field.fee' : 'contracts.field.rate'),
              {
                unit: t(perConsult ? 'contracts.unit.perConsult' : 'contracts.unit.perHour'),
                'aria-required': 'true',
              },
            )}
            {amount(
              `activities.${kind}.rate.member`,
              t(perConsult ? 'contracts.field.memberFee' : 'contracts.field.memberRate'),
              { unit: t(perConsult ? 'contracts.unit.perConsult' : 'contracts.unit.perHour') },
            )}
          </>
        )}
      </div>
    </fieldset>
  );
}

/** What the organisation's details mean for this contract: its band and its member price. */
function partyText(t: T, o: Organisation): string {
  const size =
    o.employeeCount === null
      ? t('contracts.party.noCount')
      : t('contracts.party.count', { count: o.employeeCount });
  return `${size} ${t(o.isMember ? 'contracts.party.member' : 'contracts.party.nonMember')}`;
}

/** The form's fields as they are on screen, top to bottom, for the summary of what to fix. */
function orderedPaths(v: ContractForm): string[] {
  const paths = ['validFrom', 'validUntil', 'subscriptionKind'];
  if (v.subscriptionKind === 'fixed')
    paths.push('subscriptionPrice.amount', 'subscriptionPrice.member');
  if (v.subscriptionKind === 'banded') {
    paths.push('bands');
    (v.bands ?? []).forEach((_, i) =>
      paths.push(`bands.${i}.min`, `bands.${i}.max`, `bands.${i}.amount`, `bands.${i}.member`),
    );
  }
  for (const kind of pricedActivityKinds) {
    paths.push(`activities.${kind}.billing`);
    if (v.activities?.[kind]?.billing !== 'not_billed') {
      paths.push(`activities.${kind}.rate.amount`, `activities.${kind}.rate.member`);
    }
  }
  paths.push('freeFirst', 'kilometreRate', 'cancellationPercent');
  (v.quotes ?? []).forEach((_, i) =>
    paths.push(`quotes.${i}.label`, `quotes.${i}.amount`, `quotes.${i}.date`),
  );
  paths.push('roundingMode');
  if (v.roundingMode !== 'none') paths.push('roundingStep');
  paths.push('vatCategory');
  if (v.vatCategory === 'E') paths.push('exemptionReason');
  paths.push('paymentTermDays');
  return paths;
}

/** A field's name in the summary, with the row it is in: "Staffel 2: Van". */
function labelOf(t: T, path: string): string {
  const parts = path.split('.');
  const [head, second, third, fourth] = parts;
  if (head === 'bands') {
    if (second === undefined) return t('contracts.section.subscription');
    const row = t('contracts.band.legend', { number: Number(second) + 1 });
    const field = {
      min: 'contracts.field.bandMin',
      max: 'contracts.field.bandMax',
      amount: 'contracts.field.bandPrice',
      member: 'contracts.field.bandMemberPrice',
    } as const;
    return `${row}: ${t(field[(third as keyof typeof field) ?? 'min'] ?? field.min)}`;
  }
  if (head === 'activities' && second) {
    const activity = t(`contracts.activity.${second as PricedActivityKind}`);
    if (third === 'billing') return `${activity}: ${t('contracts.field.billing')}`;
    return `${activity}: ${t(fourth === 'member' ? 'contracts.field.memberRate' : 'contracts.field.rate')}`;
  }
  if (head === 'quotes' && second !== undefined) {
    const row = t('contracts.quote.legend', { number: Number(second) + 1 });
    const field = {
      label: 'contracts.field.quoteLabel',
      amount: 'contracts.field.quoteAmount',
      date: 'contracts.field.quoteDate',
    } as const;
    return `${row}: ${t(field[(third as keyof typeof field) ?? 'label'] ?? field.label)}`;
  }
  const labels: Record<string, Parameters<T>[0]> = {
    validFrom: 'contracts.field.validFrom',
    validUntil: 'contracts.field.validUntil',
    subscriptionKind: 'contracts.field.subscriptionKind',
    'subscriptionPrice.amount': 'contracts.field.yearPrice',
    'subscriptionPrice.member': 'contracts.field.memberYearPrice',
    freeFirst: 'contracts.field.freeFirst',
    kilometreRate: 'contracts.field.kilometreRate',
    cancellationPercent: 'contracts.field.cancellationPercent',
    roundingMode: 'contracts.field.roundingMode',
    roundingStep: 'contracts.field.roundingStep',
    vatCategory: 'contracts.field.vat',
    exemptionReason: 'contracts.field.exemptionReason',
    paymentTermDays: 'contracts.field.paymentTermDays',
  };
  const key = labels[path];
  return key ? t(key) : path;
}

function focusPath(path: string, setFocus: (name: Path) => void) {
  if (path === 'bands') return;
  setFocus(path as Path);
}
