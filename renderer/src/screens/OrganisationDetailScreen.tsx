import { useEffect, useState } from 'react';
import type { ErrorCode } from '../../../shared/errors';
import type { Organisation } from '../../../shared/schemas/organisation';
import { ContractScreen } from '../components/contracts/ContractScreens';
import { ContractsCard } from '../components/contracts/ContractsCard';
import { UnitsCard } from '../components/UnitsCard';
import { useErrorText } from '../components/useErrorText';
import { countryName, formatDate, useLocale, useT } from '../i18n';
import { loadOrganisation } from '../lib/organisations';
import { callVp } from '../lib/vp';
import { useContractsStore } from '../stores/contractsStore';
import { useOrganisationsStore } from '../stores/organisationsStore';
import { useToastStore } from '../stores/toastStore';
import { Alert, Badge, Button, Card, DetailList, Dialog, Icon, type DetailItem } from '../ui';
import { Screen } from './Screen';

/**
 * One organisation: its details, contracts and units, and editing, archiving or restoring it.
 * A new contract or a contract's edit form takes the page's place until saved or cancelled.
 */
export function OrganisationDetailScreen({ id }: { id: number }) {
  const t = useT();
  const errors = useErrorText();
  const current = useOrganisationsStore((s) => s.current);
  const currentError = useOrganisationsStore((s) => s.currentError);
  const contractView = useContractsStore((s) => s.view);
  const organisation = current?.id === id ? current : null;

  useEffect(() => {
    if (useOrganisationsStore.getState().current?.id !== id) void loadOrganisation(id);
  }, [id]);

  // Leaving the organisation (the menu, the list) leaves its contract form too.
  useEffect(() => () => useContractsStore.getState().close(), []);

  if (organisation && contractView.kind !== 'none' && contractView.organisationId === id) {
    return <ContractScreen view={contractView} organisation={organisation} />;
  }
  if (organisation) return <OrganisationDetail organisation={organisation} />;
  return (
    <Screen
      testId="screen-organisation"
      titleKey="nav.organisations"
      back={<BackButton fromId={id} />}
    >
      {currentError ? (
        <Alert
          tone="error"
          testId="error-alert"
          action={
            <Button variant="secondary" onClick={() => void loadOrganisation(id)}>
              {t('organisations.retry')}
            </Button>
          }
        >
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

function BackButton({ fromId }: { fromId: number }) {
  const t = useT();
  return (
    <Button variant="quiet" onClick={() => useOrganisationsStore.getState().backToList(fromId)}>
      <Icon name="back" />
      {t('organisations.back')}
    </Button>
  );
}

function OrganisationDetail({ organisation: o }: { organisation: Organisation }) {
  const t = useT();
  const locale = useLocale();
  const errors = useErrorText();
  const { show, setCurrent } = useOrganisationsStore.getState();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  // Back from a contract form: its card takes focus instead of the title.
  const [toContracts] = useState(() => useContractsStore.getState().focusCard);
  const [error, setError] = useState<ErrorCode | null>(null);
  const archived = o.archivedAt !== null;
  const text = (value: string | null) => (value === null || value === '' ? null : value);

  async function archive() {
    setBusy(true);
    setError(null);
    const result = await callVp('archiveOrganisation', { id: o.id });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.code);
      return;
    }
    setCurrent(result.value);
    show({ kind: 'list' });
    useToastStore.getState().show('organisations.archivedToast');
  }

  async function restore() {
    setBusy(true);
    setError(null);
    const result = await callVp('restoreOrganisation', { id: o.id });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.code);
      return;
    }
    setCurrent(result.value);
    useToastStore.getState().show('organisations.restoredToast');
  }

  const sections: { title: string; items: DetailItem[] }[] = [
    {
      title: t('organisations.form.details'),
      items: [
        { label: t('organisations.field.kvkNumber'), value: text(o.kvkNumber) },
        { label: t('organisations.field.vatNumber'), value: text(o.vatNumber) },
      ],
    },
    {
      title: t('organisations.form.address'),
      items: [
        { label: t('organisations.field.street'), value: text(o.street) },
        { label: t('organisations.field.postcode'), value: text(o.postcode) },
        { label: t('organisations.field.city'), value: text(o.city) },
        { label: t('organisations.field.country'), value: countryName(locale, o.country) },
      ],
    },
    {
      title: t('organisations.form.billing'),
      items: [
        {
          label: t('organisations.field.billingContactName'),
          value: text(o.billingContactName),
        },
        { label: t('organisations.field.billingEmail'), value: text(o.billingEmail) },
        {
          label: t('organisations.field.purchaseOrderNumber'),
          value: text(o.purchaseOrderNumber),
        },
        { label: t('organisations.field.buyerReference'), value: text(o.buyerReference) },
      ],
    },
    {
      title: t('organisations.form.agreements'),
      items: [
        {
          label: t('organisations.detail.employees'),
          value: o.employeeCount === null ? null : String(o.employeeCount),
        },
        {
          label: t('organisations.detail.membership'),
          value: t(o.isMember ? 'organisations.detail.memberYes' : 'organisations.detail.memberNo'),
        },
        {
          label: t('organisations.field.reactionTime'),
          value: t('organisations.field.reactionTimeOption', { hours: o.reactionTimeHours }),
        },
        {
          label: t('organisations.field.engagementStart'),
          value: o.engagementStart ? formatDate(locale, o.engagementStart) : null,
        },
        {
          label: t('organisations.field.engagementEnd'),
          value: o.engagementEnd
            ? formatDate(locale, o.engagementEnd)
            : o.engagementStart
              ? t('organisations.detail.ongoing')
              : null,
        },
      ],
    },
  ];

  return (
    <Screen
      testId="screen-organisation"
      titleKey="nav.organisations"
      title={o.legalName}
      back={<BackButton fromId={o.id} />}
      focusHeading={!toContracts}
      subtitle={
        <span className="badge-row" data-testid="organisation-badges">
          {archived ? <Badge tone="muted">{t('organisations.archived')}</Badge> : null}
          <Badge tone="primary">
            {t('organisations.detail.reactionTime', { hours: o.reactionTimeHours })}
          </Badge>
          <Badge>{t(o.isMember ? 'organisations.member' : 'organisations.nonMember')}</Badge>
        </span>
      }
      actions={
        <>
          <Button variant="secondary" onClick={() => show({ kind: 'edit', id: o.id })}>
            <Icon name="pencil" />
            {t('organisations.detail.edit')}
          </Button>
          {/* One button that changes with the state, so focus stays on it after restoring. */}
          <Button
            variant="secondary"
            busy={busy && archived}
            busyLabel={t('units.busy')}
            onClick={archived ? () => void restore() : () => setConfirming(true)}
          >
            <Icon name={archived ? 'restore' : 'archive'} />
            {t(archived ? 'organisations.detail.restore' : 'organisations.detail.archive')}
          </Button>
        </>
      }
    >
      {archived && o.archivedAt ? (
        <Alert tone="info">
          {t('organisations.detail.archivedNotice', { date: formatDate(locale, o.archivedAt) })}
        </Alert>
      ) : null}
      {error && !confirming ? (
        <Alert tone="error" testId="error-alert">
          {errors.code(error)}
        </Alert>
      ) : null}

      <Card>
        <div className="detail-sections">
          {sections.map((section) => (
            <section key={section.title} className="detail-section">
              <h2>{section.title}</h2>
              <DetailList items={section.items} empty={t('organisations.notFilled')} />
            </section>
          ))}
          <section className="detail-section detail-section-full">
            <h2>{t('organisations.form.notes')}</h2>
            {o.notes.trim() ? (
              <p className="detail-notes">{o.notes}</p>
            ) : (
              <p className="detail-empty">{t('organisations.notFilled')}</p>
            )}
          </section>
        </div>
      </Card>

      <ContractsCard organisation={o} />

      <UnitsCard organisation={o} />

      {confirming ? (
        <Dialog
          testId="archive-dialog"
          title={t('organisations.archiveDialog.title', { name: o.legalName })}
          onClose={() => {
            if (!busy) {
              setConfirming(false);
              setError(null);
            }
          }}
          actions={
            <>
              <Button
                busy={busy}
                busyLabel={t('organisations.archiveDialog.busy')}
                onClick={() => void archive()}
              >
                {t('organisations.archiveDialog.confirm')}
              </Button>
              <Button
                variant="secondary"
                disabled={busy}
                onClick={() => {
                  setConfirming(false);
                  setError(null);
                }}
              >
                {t('organisations.archiveDialog.cancel')}
              </Button>
            </>
          }
        >
          <p>{t('organisations.archiveDialog.text')}</p>
          <p>{t('organisations.archiveDialog.restoreNote')}</p>
          {error ? (
            <Alert tone="error" testId="error-alert" className="dialog-alert">
              {errors.code(error)}
            </Alert>
          ) : null}
        </Dialog>
      ) : null}
    </Screen>
  );
}
