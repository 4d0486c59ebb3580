import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { Controller, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import type { ErrorCode } from '../../../shared/errors';
import {
  channels,
  consentLevels,
  integrityBreaches,
  outOfScopeTopics,
  reporterRoles,
  respondentRelations,
  undesirableBehaviours,
  type BehaviourKind,
  type CaseDetail,
} from '../../../shared/schemas/case';
import type { OrganisationSummary, Unit } from '../../../shared/schemas/organisation';
import { DateTimeField } from '../components/DateTimeField';
import { AutosaveNote, DraftOffer } from '../components/DraftOffer';
import { useAutosave, useStoredDraft } from '../components/useDraft';
import { useErrorText } from '../components/useErrorText';
import { useT, type MessageKey } from '../i18n';
import {
  caseParseOptions,
  draftContent,
  emptyIntakeForm,
  intakeFormSchema,
  intakeFormValues,
  mergeDraft,
  type IntakeForm,
  type IntakeFormOutput,
} from '../lib/caseForms';
import { loadCase } from '../lib/cases';
import { nowInstant } from '../lib/datetime';
import { callVp } from '../lib/vp';
import { useCasesStore } from '../stores/casesStore';
import { useNavigationStore } from '../stores/navigationStore';
import { useToastStore } from '../stores/toastStore';
import {
  Alert,
  Button,
  Card,
  CheckboxGroup,
  Field,
  FormSection,
  Icon,
  RadioGroup,
  SelectField,
  TextAreaField,
} from '../ui';
import { Screen } from './Screen';
import '../cases.css';

/** A new case (id null), or an existing case's intake once it has been read. */
export function IntakeFormScreen({ id }: { id: number | null }) {
  const t = useT();
  const errors = useErrorText();
  const current = useCasesStore((s) => s.current);
  const currentError = useCasesStore((s) => s.currentError);
  const kase = id !== null && current?.id === id ? current : null;

  useEffect(() => {
    if (id !== null && useCasesStore.getState().current?.id !== id) void loadCase(id);
  }, [id]);

  if (id === null || kase) return <IntakeDraftGate kase={kase} />;
  return (
    <Screen testId="screen-intake" titleKey="intake.editTitle">
      {currentError ? (
        <Alert tone="error" testId="error-alert">
          {errors.code(currentError)}
        </Alert>
      ) : (
        <p className="muted" role="status">
          {t('case.loading')}
        </p>
      )}
    </Screen>
  );
}

/**
 * Before the form: is there a draft of it? Then the counsellor chooses to continue it or throw
 * it away; otherwise the form opens at once.
 */
function IntakeDraftGate({ kase }: { kase: CaseDetail | null }) {
  const t = useT();
  const formKey = kase ? `intakeEdit:${kase.id}` : 'intake';
  const draft = useStoredDraft(formKey);
  // The values the form starts from without a draft: the case as saved, or a new request now.
  const [base] = useState<IntakeForm>(
    () => (kase ? intakeFormValues(kase) : emptyIntakeForm(nowInstant())) as IntakeForm,
  );
  const [choice, setChoice] = useState<'continue' | 'fresh' | null>(null);
  const { show } = useCasesStore.getState();

  const back = () => (kase ? show({ kind: 'detail', id: kase.id }) : show({ kind: 'list' }));

  let body;
  if (draft.state === 'looking') {
    body = (
      <p className="muted" role="status">
        {t('draft.looking')}
      </p>
    );
  } else if (draft.state === 'found' && choice === null) {
    body = (
      <DraftOffer
        form={formKey}
        savedAt={draft.savedAt}
        onContinue={() => setChoice('continue')}
        onDiscarded={() => setChoice('fresh')}
      />
    );
  } else {
    const continued = draft.state === 'found' && choice === 'continue';
    body = (
      <IntakeFormView
        kase={kase}
        formKey={formKey}
        base={base}
        initial={continued ? mergeDraft(base, draft.values) : base}
        baseline={continued ? draft.content : draftContent(base)}
        onLeave={back}
      />
    );
  }

  return (
    <Screen
      testId="screen-intake"
      titleKey={kase ? 'intake.editTitle' : 'intake.newTitle'}
      subtitle={kase ? t('case.title', { number: kase.caseNumber }) : t('intake.intro')}
      back={
        <Button variant="quiet" onClick={back}>
          <Icon name="back" />
          {kase ? t('case.title', { number: kase.caseNumber }) : t('intake.back')}
        </Button>
      }
    >
      {body}
    </Screen>
  );
}

type FieldName =
  | 'requestedAt'
  | 'firstContactAt'
  | 'channel'
  | 'organisationId'
  | 'unitId'
  | 'reporter.anonymous'
  | 'reporter.name'
  | 'reporter.phone'
  | 'reporter.email'
  | 'reporter.otherContact'
  | 'reporterRole'
  | 'behaviours'
  | 'respondentRelation'
  | 'reporterWishes'
  | 'consent';

/** Field names in the order they appear, for the summary of what to fix. */
const fieldOrder: { name: FieldName; label: MessageKey }[] = [
  { name: 'requestedAt', label: 'intake.requestedAt' },
  { name: 'firstContactAt', label: 'intake.firstContactAt' },
  { name: 'channel', label: 'intake.channel' },
  { name: 'organisationId', label: 'intake.organisation' },
  { name: 'unitId', label: 'intake.unit' },
  { name: 'reporter.anonymous', label: 'intake.anonymous' },
  { name: 'reporter.name', label: 'intake.reporterName' },
  { name: 'reporter.phone', label: 'intake.reporterPhone' },
  { name: 'reporter.email', label: 'intake.reporterEmail' },
  { name: 'reporter.otherContact', label: 'intake.reporterOther' },
  { name: 'reporterRole', label: 'intake.reporterRole' },
  { name: 'behaviours', label: 'intake.section.behaviour' },
  { name: 'respondentRelation', label: 'intake.respondentRelation' },
  { name: 'reporterWishes', label: 'intake.reporterWishes' },
  { name: 'consent', label: 'intake.consent' },
];

function errorAt(
  fieldErrors: FieldErrors<IntakeForm>,
  name: FieldName,
): { message?: string } | undefined {
  if (name.startsWith('reporter.')) {
    const key = name.slice('reporter.'.length) as keyof IntakeForm['reporter'];
    return fieldErrors.reporter?.[key] as { message?: string } | undefined;
  }
  return fieldErrors[name as Exclude<FieldName, `reporter.${string}`>] as
    { message?: string } | undefined;
}

const behaviourGroups: {
  key: 'undesirable' | 'integrity' | 'outOfScope';
  kinds: readonly BehaviourKind[];
}[] = [
  { key: 'undesirable', kinds: undesirableBehaviours },
  { key: 'integrity', kinds: integrityBreaches },
  { key: 'outOfScope', kinds: outOfScopeTopics },
];

/** The active organisations, and (editing) the case's own even when it was archived since. */
function useOrganisationOptions(kase: CaseDetail | null) {
  const [organisations, setOrganisations] = useState<OrganisationSummary[] | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  useEffect(() => {
    let current = true;
    void callVp('listOrganisations', { includeArchived: true }).then((result) => {
      if (!current) return;
      if (!result.ok) {
        setError(result.error.code);
        return;
      }
      setOrganisations(
        result.value
          .filter((o) => o.archivedAt === null || o.id === kase?.organisationId)
          .sort((a, b) => a.legalName.localeCompare(b.legalName, 'nl', { sensitivity: 'base' })),
      );
    });
    return () => {
      current = false;
    };
  }, [kase?.organisationId]);
  return { organisations, error };
}

/** The active units of an organisation, and (editing) the case's own unit. */
function useUnitOptions(organisationId: number | undefined, keepUnitId: number | null) {
  const [units, setUnits] = useState<{ forId: number; units: Unit[] } | null>(null);
  useEffect(() => {
    if (organisationId === undefined) return;
    let current = true;
    void callVp('getOrganisation', { id: organisationId }).then((result) => {
      if (!current) return;
      setUnits({
        forId: organisationId,
        units: result.ok
          ? result.value.units.filter((u) => u.archivedAt === null || u.id === keepUnitId)
          : [],
      });
    });
    return () => {
      current = false;
    };
  }, [organisationId, keepUnitId]);
  return units !== null && units.forId === organisationId ? units.units : [];
}

/**
 * The intake in one calm form. It autosaves as a draft while the counsellor types, checks with
 * the shared schema on saving, and a refused save keeps everything typed.
 */
function IntakeFormView({
  kase,
  formKey,
  base,
  initial,
  baseline,
  onLeave,
}: {
  kase: CaseDetail | null;
  formKey: string;
  base: IntakeForm;
  initial: IntakeForm;
  baseline: string;
  onLeave: () => void;
}) {
  const t = useT();
  const errors = useErrorText();
  const anonymousHintId = useId();
  const { show, setCurrent } = useCasesStore.getState();
  const [serverError, setServerError] = useState<ErrorCode | null>(null);
  const [checkFields, setCheckFields] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    setValue,
    getValues,
    setFocus,
    subscribe,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<IntakeForm, unknown, IntakeFormOutput>({
    resolver: zodResolver(intakeFormSchema, caseParseOptions),
    defaultValues: initial,
  });
  const autosave = useAutosave(formKey, getValues, baseline);
  const { schedule, flush } = autosave;

  useEffect(
    () => subscribe({ formState: { values: true }, callback: () => schedule() }),
    [subscribe, schedule],
  );

  const organisationId = useWatch({ control, name: 'organisationId' });
  const anonymous = useWatch({ control, name: 'reporter.anonymous' });
  const { organisations, error: organisationsError } = useOrganisationOptions(kase);
  const units = useUnitOptions(
    typeof organisationId === 'number' ? organisationId : undefined,
    kase?.unitId ?? null,
  );

  const onSubmit = handleSubmit(
    async (values) => {
      setServerError(null);
      setCheckFields(false);
      await autosave.stop();
      const result = kase
        ? await callVp('updateIntake', { id: kase.id, intake: values })
        : await callVp('recordIntake', values);
      if (!result.ok) {
        autosave.resume();
        setServerError(result.error.code);
        return;
      }
      await autosave.discard();
      setCurrent(result.value);
      show({ kind: 'detail', id: result.value.id });
      useToastStore.getState().show(kase ? 'intake.updated' : 'intake.created');
    },
    () => {
      setServerError(null);
      setCheckFields(true);
    },
  );

  async function cancel() {
    if (draftContent(getValues()) === draftContent(base)) {
      await autosave.discard();
    } else {
      await flush();
      useToastStore.getState().show('intake.keptAsDraft');
    }
    onLeave();
  }

  const fieldError = (name: FieldName) => errors.field(errorAt(fieldErrors, name));
  const toFix = fieldOrder.filter((field) => errorAt(fieldErrors, field.name));
  const text = (name: FieldName) => ({ ...register(name), readOnly: isSubmitting });
  const noOrganisations = organisations !== null && organisations.length === 0;

  return (
    <form
      className="form"
      noValidate
      onSubmit={onSubmit}
      onBlur={() => void flush()}
      data-testid="intake-form"
    >
      <Card>
        <FormSection title={t('intake.section.request')}>
          <Controller
            control={control}
            name="requestedAt"
            render={({ field }) => (
              <DateTimeField
                label={t('intake.requestedAt')}
                hint={t('intake.requestedAtHint')}
                error={fieldError('requestedAt')}
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                readOnly={isSubmitting}
              />
            )}
          />
          <Controller
            control={control}
            name="firstContactAt"
            render={({ field }) => (
              <DateTimeField
                label={t('intake.firstContactAt')}
                hint={t('intake.firstContactAtHint')}
                error={fieldError('firstContactAt')}
                optional
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                readOnly={isSubmitting}
              />
            )}
          />
          <Controller
            control={control}
            name="channel"
            render={({ field }) => (
              <RadioGroup
                legend={t('intake.channel')}
                hint={t('intake.channelHint')}
                error={fieldError('channel')}
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                disabled={isSubmitting}
                options={channels.map((c) => ({ value: c, label: t(`case.channel.${c}`) }))}
              />
            )}
          />
        </FormSection>

        <FormSection title={t('intake.section.organisation')}>
          {organisationsError ? (
            <Alert tone="error" testId="error-alert" className="field-full">
              {errors.code(organisationsError)}
            </Alert>
          ) : noOrganisations ? (
            <Alert
              tone="warning"
              className="field-full"
              action={
                <Button
                  variant="secondary"
                  onClick={() => useNavigationStore.getState().navigate('organisations')}
                >
                  {t('cases.toOrganisations')}
                </Button>
              }
            >
              {t('intake.noOrganisations')}
            </Alert>
          ) : null}
          <Controller
            control={control}
            name="organisationId"
            render={({ field }) => (
              <SelectField
                label={t('intake.organisation')}
                error={fieldError('organisationId')}
                aria-required="true"
                name={field.name}
                ref={field.ref}
                disabled={isSubmitting || organisations === null}
                value={field.value === undefined ? '' : String(field.value)}
                onChange={(event) => {
                  field.onChange(
                    event.target.value === '' ? undefined : Number(event.target.value),
                  );
                  setValue('unitId', null);
                }}
                onBlur={field.onBlur}
              >
                <option value="">
                  {organisations === null
                    ? t('intake.loadingOrganisations')
                    : t('intake.chooseOrganisation')}
                </option>
                {(organisations ?? []).map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.archivedAt === null
                      ? o.legalName
                      : t('cases.filter.archived', { name: o.legalName })}
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
                label={t('intake.unit')}
                hint={t('intake.unitHint')}
                error={fieldError('unitId')}
                name={field.name}
                ref={field.ref}
                disabled={isSubmitting || units.length === 0}
                value={field.value === null || field.value === undefined ? '' : String(field.value)}
                onChange={(event) =>
                  field.onChange(event.target.value === '' ? null : Number(event.target.value))
                }
                onBlur={field.onBlur}
              >
                <option value="">{t('intake.noUnit')}</option>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </SelectField>
            )}
          />
        </FormSection>

        <FormSection title={t('intake.section.reporter')}>
          <div className="field field-full">
            <label className="checkbox">
              <input
                type="checkbox"
                aria-describedby={anonymousHintId}
                disabled={isSubmitting}
                {...register('reporter.anonymous', {
                  onChange: (event: { target: { checked: boolean } }) => {
                    if (!event.target.checked) return;
                    // Anonymous: nothing that identifies the reporter is kept, not even here.
                    for (const name of ['name', 'phone', 'email', 'otherContact'] as const) {
                      setValue(`reporter.${name}`, '');
                    }
                  },
                })}
              />
              <span>{t('intake.anonymous')}</span>
            </label>
            <p className="field-hint checkbox-hint" id={anonymousHintId}>
              {t('intake.anonymousHint')}
            </p>
            {fieldError('reporter.anonymous') ? (
              <p className="field-error" role="alert">
                {fieldError('reporter.anonymous')}
              </p>
            ) : null}
          </div>
          {anonymous ? null : (
            <>
              <Field
                label={t('intake.reporterName')}
                error={fieldError('reporter.name')}
                autoComplete="off"
                {...text('reporter.name')}
              />
              <Field
                type="tel"
                label={t('intake.reporterPhone')}
                error={fieldError('reporter.phone')}
                autoComplete="off"
                {...text('reporter.phone')}
              />
              <Field
                type="email"
                label={t('intake.reporterEmail')}
                error={fieldError('reporter.email')}
                autoComplete="off"
                spellCheck={false}
                {...text('reporter.email')}
              />
              <Field
                label={t('intake.reporterOther')}
                hint={t('intake.reporterOtherHint')}
                error={fieldError('reporter.otherContact')}
                autoComplete="off"
                {...text('reporter.otherContact')}
              />
            </>
          )}
          <Controller
            control={control}
            name="reporterRole"
            render={({ field }) => (
              <RadioGroup
                legend={t('intake.reporterRole')}
                error={fieldError('reporterRole')}
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                disabled={isSubmitting}
                options={reporterRoles.map((r) => ({ value: r, label: t(`case.role.${r}`) }))}
              />
            )}
          />
        </FormSection>

        <FormSection title={t('intake.section.behaviour')} intro={t('intake.behaviourIntro')}>
          <Controller
            control={control}
            name="behaviours"
            render={({ field }) => (
              <div className="field-full behaviour-groups">
                {behaviourGroups.map((group, index) => (
                  <CheckboxGroup
                    key={group.key}
                    testId={`behaviours-${group.key}`}
                    legend={t(`case.behaviourGroup.${group.key}`)}
                    hint={
                      group.key === 'outOfScope'
                        ? t('case.behaviourGroup.outOfScopeHint')
                        : undefined
                    }
                    // The one message for the whole choice, under the last group.
                    error={index === behaviourGroups.length - 1 ? fieldError('behaviours') : null}
                    options={group.kinds.map((kind) => ({
                      value: kind,
                      label: t(`case.behaviour.${kind}`),
                    }))}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    ref={index === 0 ? field.ref : undefined}
                    disabled={isSubmitting}
                  />
                ))}
              </div>
            )}
          />
          <Controller
            control={control}
            name="respondentRelation"
            render={({ field }) => (
              <SelectField
                className="field-full field-half"
                label={t('intake.respondentRelation')}
                hint={t('intake.respondentRelationHint')}
                error={fieldError('respondentRelation')}
                name={field.name}
                ref={field.ref}
                disabled={isSubmitting}
                value={field.value ?? ''}
                onChange={(event) =>
                  field.onChange(event.target.value === '' ? null : event.target.value)
                }
                onBlur={field.onBlur}
              >
                <option value="">{t('intake.relationUnknown')}</option>
                {respondentRelations.map((r) => (
                  <option key={r} value={r}>
                    {t(`case.relation.${r}`)}
                  </option>
                ))}
              </SelectField>
            )}
          />
        </FormSection>

        <FormSection title={t('intake.section.wishes')}>
          <TextAreaField
            className="field-full"
            label={t('intake.reporterWishes')}
            hint={t('intake.reporterWishesHint')}
            error={fieldError('reporterWishes')}
            rows={4}
            {...register('reporterWishes')}
            readOnly={isSubmitting}
          />
          <Controller
            control={control}
            name="consent"
            render={({ field }) => (
              <RadioGroup
                legend={t('intake.consent')}
                hint={t('intake.consentHint')}
                error={fieldError('consent')}
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                disabled={isSubmitting}
                options={consentLevels.map((c) => ({ value: c, label: t(`case.consent.${c}`) }))}
              />
            )}
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
          <p>{t('intake.checkFields')}</p>
          <ul className="error-summary">
            {toFix.map((field) => (
              <li key={field.name}>
                <button type="button" className="link-button" onClick={() => setFocus(field.name)}>
                  {t(field.label)}
                </button>
                {': '}
                {fieldError(field.name)}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <div className="btn-row form-actions">
        <Button type="submit" busy={isSubmitting} busyLabel={t('intake.busy')}>
          {t(kase ? 'intake.saveEdit' : 'intake.save')}
        </Button>
        <Button variant="secondary" onClick={() => void cancel()} disabled={isSubmitting}>
          {t('intake.cancel')}
        </Button>
        <AutosaveNote status={autosave.status} />
      </div>
    </form>
  );
}
