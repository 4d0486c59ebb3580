import { useEffect, useRef } from 'react';
import type { Contract } from '../../../../shared/schemas/contract';
import type { Organisation } from '../../../../shared/schemas/organisation';
import { useLocale, useT } from '../../i18n';
import {
  contractState,
  contractSummary,
  contractValidity,
  loadContracts,
} from '../../lib/contracts';
import { todayInputValue } from '../../lib/datetime';
import { useContractsStore } from '../../stores/contractsStore';
import { Alert, Badge, Button, Card, Icon } from '../../ui';
import { useErrorText } from '../useErrorText';
import './contracts.css';

/**
 * An organisation's contracts (how it is billed), newest first: validity, whether it is in
 * force, and one line with what this organisation pays. "Contract vastleggen" starts a new
 * one, "Wijzigen" opens one; both replace the organisation's page until saved or cancelled.
 */
export function ContractsCard({ organisation }: { organisation: Organisation }) {
  const t = useT();
  const errors = useErrorText();
  const list = useContractsStore((s) => s.list);
  const listError = useContractsStore((s) => s.listError);
  const focusCard = useContractsStore((s) => s.focusCard);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const contracts = list?.organisationId === organisation.id ? list.contracts : null;
  const error = listError?.organisationId === organisation.id ? listError.code : null;
  const archived = organisation.archivedAt !== null;
  const { show } = useContractsStore.getState();

  useEffect(() => {
    void loadContracts(organisation.id);
  }, [organisation.id]);

  // Back from saving a contract: focus lands here, where the saved contract is listed.
  useEffect(() => {
    if (!focusCard) return;
    headingRef.current?.focus();
    useContractsStore.getState().clearFocusCard();
  }, [focusCard]);

  let body;
  if (error && contracts === null) {
    body = (
      <Alert
        tone="error"
        testId="error-alert"
        action={
          <Button variant="secondary" onClick={() => void loadContracts(organisation.id)}>
            {t('contracts.retry')}
          </Button>
        }
      >
        {errors.code(error)}
      </Alert>
    );
  } else if (contracts === null) {
    body = (
      <p className="muted" role="status">
        {t('contracts.loading')}
      </p>
    );
  } else if (contracts.length === 0) {
    body = <p className="muted">{t(archived ? 'contracts.emptyArchived' : 'contracts.empty')}</p>;
  } else {
    body = (
      <ul className="contract-list" aria-label={t('contracts.listLabel')}>
        {contracts.map((contract) => (
          <ContractRow
            key={contract.id}
            contract={contract}
            organisation={organisation}
            onEdit={() =>
              show({ kind: 'edit', organisationId: organisation.id, contractId: contract.id })
            }
          />
        ))}
      </ul>
    );
  }

  return (
    <Card aria-labelledby="organisation-contracts" data-testid="contracts">
      <div className="card-title-row contract-card-header">
        <div className="card-header">
          <h2 id="organisation-contracts" ref={headingRef} tabIndex={-1}>
            {t('contracts.title')}
          </h2>
          <div className="card-intro">{t('contracts.intro')}</div>
        </div>
        {archived ? null : (
          <Button
            variant="secondary"
            onClick={() => show({ kind: 'new', organisationId: organisation.id })}
          >
            <Icon name="plus" />
            {t('contracts.add')}
          </Button>
        )}
      </div>
      {body}
    </Card>
  );
}

function ContractRow({
  contract,
  organisation,
  onEdit,
}: {
  contract: Contract;
  organisation: Organisation;
  onEdit: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const state = contractState(contract, todayInputValue());
  const validity = contractValidity(contract, locale);
  return (
    <li className="contract-row" data-testid="contract">
      <div className="contract-row-main">
        <p className="contract-validity">
          <span data-testid="contract-validity">{validity}</span>{' '}
          <Badge tone={state === 'current' ? 'primary' : 'muted'}>
            {t(`contracts.state.${state}`)}
          </Badge>
        </p>
        <p className="contract-summary" data-testid="contract-summary">
          {contractSummary(contract, organisation, locale)}
        </p>
      </div>
      <Button
        variant="quiet"
        className="contract-edit"
        aria-label={t('contracts.editLabel', {
          validity: contractValidity(contract, locale, { lowerFirst: true }),
        })}
        onClick={onEdit}
      >
        <Icon name="pencil" />
        {t('contracts.edit')}
      </Button>
    </li>
  );
}
