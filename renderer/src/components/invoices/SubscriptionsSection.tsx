import { useState } from 'react';
import type { InvoiceRunItem } from '../../../../shared/schemas/invoice';
import { useT } from '../../i18n';
import { todayInputValue } from '../../lib/datetime';
import { yearChoices } from '../../lib/invoices';
import { useInvoicesStore } from '../../stores/invoicesStore';
import { useNavigationStore } from '../../stores/navigationStore';
import { useOrganisationsStore } from '../../stores/organisationsStore';
import { Badge, Button, Card, EmptyState, SelectField, Table } from '../../ui';
import { LoadedContent } from '../LoadedContent';
import { DraftInvoiceActions, useIssueDialog } from './DraftInvoiceActions';
import { useInvoiceRun } from './InvoiceRunSection';

/**
 * "Jaarabonnementen": the organisations whose contract has a yearly subscription in the chosen
 * year, whether it was invoiced, and for the others a preview and "Factuur maken".
 */
export function SubscriptionsSection() {
  const t = useT();
  const [thisYear] = useState(() => Number(todayInputValue().slice(0, 4)));
  const chosen = useInvoicesStore((s) => s.subscriptionYear);
  const year = chosen ?? thisYear;
  // The run of any month of the year says, per organisation, what the year's subscription is.
  const { items, error, retry } = useInvoiceRun(`${year}-01`);
  const { headingRef, issue, dialog } = useIssueDialog();
  const store = useInvoicesStore.getState;
  const rows = items?.filter((i) => i.hasSubscription) ?? [];

  return (
    <Card
      title={t('invoices.subs.caption', { year })}
      headingId="subscriptions-title"
      headingRef={headingRef}
      intro={t('invoices.subs.intro')}
      data-testid="subscriptions"
    >
      <div className="billing-toolbar">
        <SelectField
          label={t('invoices.subs.year')}
          className="field-year"
          value={String(year)}
          onChange={(event) => store().setSubscriptionYear(Number(event.target.value))}
        >
          {yearChoices(thisYear).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="billing-section-body" aria-live="polite">
        <LoadedContent
          value={items}
          error={error}
          onRetry={retry}
          retryText={t('invoices.retry')}
          loadingText={t('invoices.loading')}
          empty={
            rows.length === 0 ? (
              <EmptyState
                icon="receipt"
                title={t('invoices.subs.emptyTitle', { year })}
                action={
                  <Button
                    variant="secondary"
                    onClick={() => {
                      useOrganisationsStore.getState().show({ kind: 'list' });
                      useNavigationStore.getState().navigate('organisations');
                    }}
                  >
                    {t('empty.toOrganisations')}
                  </Button>
                }
              >
                <p>{t('invoices.subs.emptyText')}</p>
              </EmptyState>
            ) : null
          }
        >
          {() => (
            <Table<InvoiceRunItem>
              caption={t('invoices.subs.caption', { year })}
              captionHidden
              testId="subscriptions-table"
              rows={rows}
              rowKey={(item) => item.organisationId}
              columns={[
                {
                  key: 'organisation',
                  header: t('invoices.col.organisation'),
                  rowHeader: true,
                  cell: (item) => item.organisationName,
                },
                {
                  key: 'status',
                  header: t('invoices.subs.col.status'),
                  cell: (item) =>
                    item.subscriptionInvoiceNumber ? (
                      <Badge tone="primary">
                        {t('invoices.subs.billed', { number: item.subscriptionInvoiceNumber })}
                      </Badge>
                    ) : (
                      <span className="muted">{t('invoices.subs.notBilled')}</span>
                    ),
                },
                {
                  key: 'actions',
                  header: t('invoices.col.actions'),
                  cell: (item) => {
                    if (item.subscriptionInvoiceNumber) return null;
                    const target = {
                      organisationId: item.organisationId,
                      organisationName: item.organisationName,
                      year,
                    };
                    const names = { year, name: item.organisationName };
                    return (
                      <DraftInvoiceActions
                        previewLabel={t('invoices.subs.previewLabel', names)}
                        issueLabel={t('invoices.subs.issueLabel', names)}
                        onPreview={() => store().show({ kind: 'draftSubscription', ...target })}
                        onIssue={() => issue({ source: 'subscription', ...target })}
                      />
                    );
                  },
                },
              ]}
            />
          )}
        </LoadedContent>
      </div>
      {dialog}
    </Card>
  );
}
