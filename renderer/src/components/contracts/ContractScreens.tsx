import { useEffect, useState, type ReactNode } from 'react';
import type { Organisation } from '../../../../shared/schemas/organisation';
import { useLocale, useT, type T } from '../../i18n';
import { draftContent, mergeDraft } from '../../lib/caseForms';
import {
  contractFormValues,
  contractValidity,
  defaultValidFrom,
  emptyContractForm,
  loadContractTemplates,
  openEndedContract,
  templateFormValues,
  type ContractForm,
  type ContractTemplate,
} from '../../lib/contracts';
import { todayInputValue } from '../../lib/datetime';
import { callVp } from '../../lib/vp';
import { Screen } from '../../screens/Screen';
import { useContractsStore, type ContractView } from '../../stores/contractsStore';
import { Alert, Badge, Button, Icon } from '../../ui';
import { DraftOffer } from '../DraftOffer';
import { useStoredDraft } from '../useDraft';
import { useErrorText } from '../useErrorText';
import { ContractFormView } from './ContractFormView';
import './contracts.css';

/** A new contract or one contract's edit form, in place of the organisation's page. */
export function ContractScreen({
  view,
  organisation,
}: {
  view: Exclude<ContractView, { kind: 'none' }>;
  organisation: Organisation;
}) {
  return view.kind === 'new' ? (
    <NewContract organisation={organisation} />
  ) : (
    <EditContract organisation={organisation} contractId={view.contractId} />
  );
}

function BackButton({ organisation }: { organisation: Organisation }) {
  return (
    <Button variant="quiet" onClick={() => useContractsStore.getState().close(true)}>
      <Icon name="back" />
      {organisation.legalName}
    </Button>
  );
}

/** The practice's payment term, the default for new contracts; null when not filled in. */
function usePracticePaymentTerm(): number | null {
  const [days, setDays] = useState<number | null>(null);
  useEffect(() => {
    let current = true;
    void callVp('getPracticeSettings', {}).then((result) => {
      if (current && result.ok && result.value) setDays(result.value.paymentTermDays);
    });
    return () => {
      current = false;
    };
  }, []);
  return days;
}

/**
 * A new contract: a draft of one is offered first; otherwise the counsellor picks a starting
 * point (a seed provider's template or an empty contract) and then fills in one form.
 */
function NewContract({ organisation }: { organisation: Organisation }) {
  const t = useT();
  const locale = useLocale();
  const formKey = `contract:${organisation.id}`;
  const draft = useStoredDraft(formKey);
  const [choice, setChoice] = useState<'continue' | 'fresh' | null>(null);
  const [start, setStart] = useState<ContractForm | null>(null);
  const list = useContractsStore((s) => s.list);
  const contracts = list?.organisationId === organisation.id ? list.contracts : [];
  const paymentTerm = usePracticePaymentTerm();
  const openContract = openEndedContract(contracts);

  function begin(template: ContractTemplate | null) {
    const validFrom = defaultValidFrom(contracts, organisation.engagementStart, todayInputValue());
    const form = template
      ? templateFormValues(template, validFrom, locale)
      : emptyContractForm(validFrom);
    if (paymentTerm !== null) form.paymentTermDays = String(paymentTerm);
    setStart(form);
  }

  const screen = (key: string, subtitle: string, body: ReactNode) => (
    <Screen
      key={key}
      testId="screen-contract-form"
      titleKey="contracts.new.title"
      subtitle={subtitle}
      back={<BackButton organisation={organisation} />}
    >
      {body}
    </Screen>
  );

  if (draft.state === 'looking') {
    return screen(
      'looking',
      organisation.legalName,
      <p className="muted" role="status">
        {t('draft.looking')}
      </p>,
    );
  }
  if (draft.state === 'found' && choice === null) {
    return screen(
      'draft',
      organisation.legalName,
      <DraftOffer
        form={formKey}
        savedAt={draft.savedAt}
        onContinue={() => setChoice('continue')}
        onDiscarded={() => setChoice('fresh')}
      />,
    );
  }
  if (draft.state === 'found' && choice === 'continue') {
    const base = emptyContractForm(todayInputValue());
    const initial = mergeDraft(base, draft.values);
    return screen(
      'form',
      subtitleOf(t, organisation, initial),
      <ContractFormView
        organisation={organisation}
        contractId={null}
        formKey={formKey}
        base={null}
        initial={initial}
        baseline={draft.content}
        openContract={openContract}
      />,
    );
  }
  if (start === null) {
    return screen('start', organisation.legalName, <StartingPoints onChoose={begin} />);
  }
  return screen(
    'form',
    subtitleOf(t, organisation, start),
    <ContractFormView
      organisation={organisation}
      contractId={null}
      formKey={formKey}
      base={start}
      initial={start}
      baseline={draftContent(start)}
      openContract={openContract}
    />,
  );
}

function subtitleOf(t: T, organisation: Organisation, form: ContractForm): string {
  return form.templateName
    ? t('contracts.form.subtitleTemplate', {
        name: organisation.legalName,
        template: form.templateName,
      })
    : organisation.legalName;
}

/** The five seed providers' price lists and "Leeg contract", each with what it holds. */
function StartingPoints({ onChoose }: { onChoose: (template: ContractTemplate | null) => void }) {
  const t = useT();
  const errors = useErrorText();
  const templates = useContractsStore((s) => s.templates);
  const templatesError = useContractsStore((s) => s.templatesError);

  useEffect(() => {
    void loadContractTemplates();
  }, []);

  return (
    <div className="stack">
      <p>{t('contracts.start.intro')}</p>
      {templatesError ? (
        <Alert
          tone="error"
          testId="error-alert"
          action={
            <Button
              variant="secondary"
              onClick={() => {
                useContractsStore.getState().setTemplatesError(null);
                void loadContractTemplates();
              }}
            >
              {t('contracts.retry')}
            </Button>
          }
        >
          {errors.code(templatesError)}
        </Alert>
      ) : null}
      {templates === null && !templatesError ? (
        <p className="muted" role="status">
          {t('contracts.start.loading')}
        </p>
      ) : null}
      <ul className="template-list" data-testid="contract-templates">
        {(templates ?? []).map((template) => (
          <li key={template.id} className="template-option" data-testid="contract-template">
            <div className="template-text">
              <h2>{template.name}</h2>
              <p>{template.description}</p>
              <p className="template-note">
                <Icon name="info" className="template-note-icon" />
                <span>{template.note}</span>
              </p>
              {template.toFillIn.length > 0 ? <Badge>{t('contracts.start.toFillIn')}</Badge> : null}
            </div>
            <Button
              variant="secondary"
              aria-label={t('contracts.start.useLabel', { name: template.name })}
              onClick={() => onChoose(template)}
            >
              {t('contracts.start.use')}
            </Button>
          </li>
        ))}
        <li className="template-option template-option-empty" data-testid="contract-template">
          <div className="template-text">
            <h2>{t('contracts.start.emptyTitle')}</h2>
            <p>{t('contracts.start.emptyText')}</p>
          </div>
          <Button
            variant="secondary"
            aria-label={t('contracts.start.useLabel', { name: t('contracts.start.emptyTitle') })}
            onClick={() => onChoose(null)}
          >
            {t('contracts.start.use')}
          </Button>
        </li>
      </ul>
    </div>
  );
}

/** One contract's edit form, after the offer of its draft if there is one. */
function EditContract({
  organisation,
  contractId,
}: {
  organisation: Organisation;
  contractId: number;
}) {
  const t = useT();
  const errors = useErrorText();
  const locale = useLocale();
  const list = useContractsStore((s) => s.list);
  const contract =
    list?.organisationId === organisation.id
      ? (list.contracts.find((c) => c.id === contractId) ?? null)
      : null;
  const formKey = `contractEdit:${contractId}`;
  const draft = useStoredDraft(formKey);
  const [choice, setChoice] = useState<'continue' | 'fresh' | null>(null);
  const [base] = useState(() => (contract ? contractFormValues(contract, locale) : null));

  let body;
  if (!contract || !base) {
    body = (
      <Alert tone="error" testId="error-alert">
        {errors.code('NOT_FOUND')}
      </Alert>
    );
  } else if (draft.state === 'looking') {
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
      <ContractFormView
        organisation={organisation}
        contractId={contract.id}
        formKey={formKey}
        base={base}
        initial={continued ? mergeDraft(base, draft.values) : base}
        baseline={continued ? draft.content : draftContent(base)}
        openContract={null}
      />
    );
  }

  const subtitle = contract
    ? t('contracts.edit.subtitle', {
        name: organisation.legalName,
        validity: contractValidity(contract, locale, { lowerFirst: true }),
      })
    : organisation.legalName;
  return (
    <Screen
      testId="screen-contract-form"
      titleKey="contracts.edit.title"
      subtitle={subtitle}
      back={<BackButton organisation={organisation} />}
    >
      {body}
    </Screen>
  );
}
