import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import type { ErrorCode } from '../../../shared/errors';
import type { Organisation } from '../../../shared/schemas/organisation';
import { useErrorText } from '../components/useErrorText';
import { useT, type MessageKey } from '../i18n';
import {
  countValue,
  organisationFormSchema,
  parseOptions,
  type OrganisationForm,
  type OrganisationFormOutput,
} from '../lib/forms';
import {
  emptyOrganisationForm,
  loadOrganisation,
  organisationFormValues,
} from '../lib/organisations';
import { callVp } from '../lib/vp';
import { useOrganisationsStore } from '../stores/organisationsStore';
import { useToastStore } from '../stores/toastStore';
import {
  Alert,
  Button,
  Card,
  Field,
  FormSection,
  Icon,
  RadioGroup,
  TextAreaField,
  Tooltip,
} from '../ui';
import { Screen } from './Screen';

/** A new organisation (id null), or an existing one's edit form once it has been read. */
export function OrganisationFormScreen({ id }: { id: number | null }) {
  const t = useT();
  const errors = useErrorText();
  const current = useOrganisationsStore((s) => s.current);
  const currentError = useOrganisationsStore((s) => s.currentError);
  const organisation = id !== null && current?.id === id ? current : null;

  useEffect(() => {
    if (id !== null && useOrganisationsStore.getState().current?.id !== id) {
      void loadOrganisation(id);
    }
  }, [id]);

  if (id === null || organisation) {
    return <OrganisationFormView organisation={organisation} />;
  }
  return (
    <Screen testId="screen-organisation-form" titleKey="organisations.form.editTitle">
      {currentError ? (
        <Alert tone="error" testId="error-alert">
          {errors.code(currentError)}
        </Alert>
      ) : (
        <p className="muted" role="status">
          {t('organisations.loadingOne')}
        </p>
      )}
    </Screen>
  );
}

/** Field names in the order they appear, for the summary of what to fix. */
const fieldOrder: { name: FieldPath<OrganisationForm>; label: MessageKey }[] = [
  { name: 'legalName', label: 'organisations.field.legalName' },
  { name: 'kvkNumber', label: 'organisations.field.kvkNumber' },
  { name: 'vatNumber', label: 'organisations.field.vatNumber' },
  { name: 'street', label: 'organisations.field.street' },
  { name: 'postcode', label: 'organisations.field.postcode' },
  { name: 'city', label: 'organisations.field.city' },
  { name: 'country', label: 'organisations.field.country' },
  { name: 'billingContactName', label: 'organisations.field.billingContactName' },
  { name: 'billingEmail', label: 'organisations.field.billingEmail' },
  { name: 'purchaseOrderNumber', label: 'organisations.field.purchaseOrderNumber' },
  { name: 'buyerReference', label: 'organisations.field.buyerReference' },
  { name: 'employeeCount', label: 'organisations.field.employeeCount' },
  { name: 'isMember', label: 'organisations.field.isMember' },
  { name: 'reactionTimeHours', label: 'organisations.field.reactionTime' },
  { name: 'engagementStart', label: 'organisations.field.engagementStart' },
  { name: 'engagementEnd', label: 'organisations.field.engagementEnd' },
  { name: 'notes', label: 'organisations.field.notes' },
];

/**
 * One calm form in sections. It checks with the shared schema as the counsellor saves; a
 * refused save (a KvK number already in use, a full disk) keeps everything typed.
 */
function OrganisationFormView({ organisation }: { organisation: Organisation | null }) {
  const t = useT();
  const errors = useErrorText();
  const { show, setCurrent } = useOrganisationsStore.getState();
  const [serverError, setServerError] = useState<ErrorCode | null>(null);
  const [checkFields, setCheckFields] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<OrganisationForm, unknown, OrganisationFormOutput>({
    resolver: zodResolver(organisationFormSchema, parseOptions),
    defaultValues: organisation ? organisationFormValues(organisation) : emptyOrganisationForm(),
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setServerError(null);
      setCheckFields(false);
      const result = organisation
        ? await callVp('updateOrganisation', { id: organisation.id, organisation: values })
        : await callVp('createOrganisation', values);
      if (!result.ok) {
        const code = result.error.code;
        setServerError(code);
        if (code === 'ORGANISATION_EXISTS') {
          setError('kvkNumber', { type: 'server', message: 'organisations.form.kvkExists' });
          setTimeout(() => setFocus('kvkNumber'), 0);
        }
        return;
      }
      setCurrent(result.value);
      show({ kind: 'detail', id: result.value.id });
      useToastStore
        .getState()
        .show(organisation ? 'organisations.updated' : 'organisations.created');
    },
    () => {
      // react-hook-form has moved focus to the first field to fix; the summary lists them all.
      setServerError(null);
      setCheckFields(true);
    },
  );

  const cancel = () =>
    organisation ? show({ kind: 'detail', id: organisation.id }) : show({ kind: 'list' });

  const fieldError = (name: keyof OrganisationForm) => errors.field(fieldErrors[name]);
  const toFix = fieldOrder.filter((field) => fieldErrors[field.name]);
  // A text field's wiring: registered, and read-only while saving.
  const text = (name: FieldPath<OrganisationForm>) => ({
    ...register(name),
    readOnly: isSubmitting,
  });

  return (
    <Screen
      testId="screen-organisation-form"
      titleKey={organisation ? 'organisations.form.editTitle' : 'organisations.form.newTitle'}
      subtitle={organisation ? organisation.legalName : t('organisations.form.intro')}
      back={
        <Button variant="quiet" onClick={cancel}>
          <Icon name="back" />
          {organisation ? organisation.legalName : t('organisations.back')}
        </Button>
      }
    >
      <form className="form" noValidate onSubmit={onSubmit} data-testid="organisation-form">
        <Card>
          <FormSection title={t('organisations.form.details')}>
            <Field
              className="field-full"
              label={t('organisations.field.legalName')}
              hint={t('organisations.field.legalNameHint')}
              error={fieldError('legalName')}
              aria-required="true"
              autoComplete="organization"
              {...text('legalName')}
            />
            <Field
              label={t('organisations.field.kvkNumber')}
              hint={t('organisations.field.kvkNumberHint')}
              error={fieldError('kvkNumber')}
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              mono
              {...text('kvkNumber')}
            />
            <Field
              label={t('organisations.field.vatNumber')}
              hint={t('organisations.field.vatNumberHint')}
              error={fieldError('vatNumber')}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              mono
              {...text('vatNumber')}
            />
          </FormSection>

          <FormSection title={t('organisations.form.address')}>
            <Field
              className="field-full"
              label={t('organisations.field.street')}
              error={fieldError('street')}
              autoComplete="off"
              {...text('street')}
            />
            <Field
              label={t('organisations.field.postcode')}
              error={fieldError('postcode')}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              {...text('postcode')}
            />
            <Field
              label={t('organisations.field.city')}
              error={fieldError('city')}
              autoComplete="off"
              {...text('city')}
            />
            <Field
              className="field-full field-narrow"
              label={t('organisations.field.country')}
              hint={t('organisations.field.countryHint')}
              error={fieldError('country')}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              {...text('country')}
            />
          </FormSection>

          <FormSection
            title={t('organisations.form.billing')}
            intro={
              <>
                {t('organisations.form.billingIntro')}{' '}
                <Tooltip label={t('help.billingLabel')} testId="help-billing">
                  {t('help.billing')}
                </Tooltip>
              </>
            }
          >
            <Field
              label={t('organisations.field.billingContactName')}
              error={fieldError('billingContactName')}
              autoComplete="off"
              {...text('billingContactName')}
            />
            <Field
              type="email"
              label={t('organisations.field.billingEmail')}
              error={fieldError('billingEmail')}
              autoComplete="off"
              spellCheck={false}
              {...text('billingEmail')}
            />
            <Field
              label={t('organisations.field.purchaseOrderNumber')}
              hint={t('organisations.field.purchaseOrderNumberHint')}
              error={fieldError('purchaseOrderNumber')}
              autoComplete="off"
              spellCheck={false}
              {...text('purchaseOrderNumber')}
            />
            <Field
              label={t('organisations.field.buyerReference')}
              hint={t('organisations.field.buyerReferenceHint')}
              error={fieldError('buyerReference')}
              autoComplete="off"
              spellCheck={false}
              {...text('buyerReference')}
            />
          </FormSection>

          <FormSection title={t('organisations.form.agreements')}>
            <Field
              className="field-full field-narrow"
              label={t('organisations.field.employeeCount')}
              hint={t('organisations.field.employeeCountHint')}
              error={fieldError('employeeCount')}
              inputMode="numeric"
              autoComplete="off"
              {...register('employeeCount', { setValueAs: countValue })}
              readOnly={isSubmitting}
            />
            <Controller
              control={control}
              name="isMember"
              render={({ field }) => (
                <RadioGroup
                  legend={t('organisations.field.isMember')}
                  hint={t('organisations.field.isMemberHint')}
                  error={fieldError('isMember')}
                  name={field.name}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  disabled={isSubmitting}
                  options={[
                    { value: true, label: t('organisations.field.yes') },
                    { value: false, label: t('organisations.field.no') },
                  ]}
                />
              )}
            />
            <Controller
              control={control}
              name="reactionTimeHours"
              render={({ field }) => (
                <RadioGroup
                  legend={t('organisations.field.reactionTime')}
                  hint={t('organisations.field.reactionTimeHint')}
                  error={fieldError('reactionTimeHours')}
                  name={field.name}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  disabled={isSubmitting}
                  options={([24, 48] as const).map((hours) => ({
                    value: hours,
                    label: t('organisations.field.reactionTimeOption', { hours }),
                  }))}
                />
              )}
            />
            <Field
              type="date"
              label={t('organisations.field.engagementStart')}
              hint={t('organisations.field.engagementStartHint')}
              error={fieldError('engagementStart')}
              {...text('engagementStart')}
            />
            <Field
              type="date"
              label={t('organisations.field.engagementEnd')}
              hint={t('organisations.field.engagementEndHint')}
              error={fieldError('engagementEnd')}
              {...text('engagementEnd')}
            />
          </FormSection>

          <FormSection
            title={t('organisations.form.notes')}
            intro={
              <>
                {t('help.organisationNotesIntro')}{' '}
                <Tooltip label={t('help.organisationNotesLabel')} testId="help-organisation-notes">
                  {t('help.organisationNotes')}
                </Tooltip>
              </>
            }
          >
            <TextAreaField
              className="field-full"
              label={t('organisations.field.notes')}
              hint={t('organisations.field.notesHint')}
              error={fieldError('notes')}
              {...register('notes')}
              readOnly={isSubmitting}
            />
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
                <li key={field.name}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setFocus(field.name)}
                  >
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
          <Button type="submit" busy={isSubmitting} busyLabel={t('organisations.form.busy')}>
            {t(organisation ? 'organisations.form.saveEdit' : 'organisations.form.saveNew')}
          </Button>
          <Button variant="secondary" onClick={cancel} disabled={isSubmitting}>
            {t('organisations.form.cancel')}
          </Button>
        </div>
      </form>
    </Screen>
  );
}
