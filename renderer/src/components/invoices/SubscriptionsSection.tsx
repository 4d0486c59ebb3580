import { useRef, useState } from 'react';
import type { InvoiceRunItem } from '../../../../shared/schemas/invoice';
import { useT } from '../../i18n';
import { todayInputValue } from '../../lib/datetime';
import { yearChoices } from '../../lib/invoices';
import { useInvoicesStore } from '../../stores/invoicesStore';
import { Alert, Badge, Button, Card, EmptyState, SelectField, Table } from '../../ui';
import { useErrorText } from '../useErrorText';
import { IssueDialog, type IssueTarget } from './IssueDialogs';
import { useInvoiceRun } from './InvoiceRunSection';

/**
 * "Jaarabonnementen": the organisations whose contract has a yearly subscription in the chosen
 * year, whether it was invoiced, and for the others a preview and "Factuur maken".
 */
export function SubscriptionsSection() {
  const t = useT();
  const errors = useErrorText();
  const [thisYear] = useState(() => Number(todayInputValue().slice(0, 4)));
  const chosen = useInvoicesStore((s) => s.subscriptionYear);
  const year = chosen ?? thisYear;
  // The run of any month of the year says, per organisation, what the year's subscription is.
  const { items, error, retry } = useInvoiceRun(`${year}-01`);
  const [issuing, setIssuing] = useState<IssueTarget | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
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
        {items === null ? (
          error ? (
            <Alert
              tone="error"
              testId="error-alert"
              action={
                <Button variant="secondary" onClick={retry}>
                  {t('invoices.retry')}
                </Button>
              }
            >
              {errors.code(error)}
            </Alert>
          ) : (
            <p className="muted" role="status">
              {t('invoices.loading')}
            </p>
          )
        ) : rows.length === 0 ? (
          <EmptyState icon="receipt" title={t('invoices.subs.emptyTitle', { year })}>
            <p>{t('invoices.subs.emptyText')}</p>
          </EmptyState>
        ) : (
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
                cell: (item) =>
                  item.subscriptionInvoiceNumber ? null : (
                    <div className="btn-row table-actions">
                      <Button
                        variant="secondary"
                        aria-label={t('invoices.subs.previewLabel', {
                          year,
                          name: item.organisationName,
                        })}
                        onClick={() =>
                          store().show({
                            kind: 'draftSubscription',
                            organisationId: item.organisationId,
                            organisationName: item.organisationName,
                            year,
                          })
                        }
                      >
                        {t('invoices.preview')}
                      </Button>
                      <Button
                        aria-label={t('invoices.subs.issueLabel', {
                          year,
                          name: item.organisationName,
                        })}
                        onClick={() =>
                          setIssuing({
                            source: 'subscription',
                            organisationId: item.organisationId,
                            organisationName: item.organisationName,
                            year,
                          })
                        }
                      >
                        {t('invoices.issue')}
                      </Button>
                    </div>
                  ),
              },
            ]}
          />
        )}
      </div>
      {issuing ? (
        <IssueDialog
          target={issuing}
          onClose={() => setIssuing(null)}
          onIssued={() => {
            setIssuing(null);
            setTimeout(() => headingRef.current?.focus(), 0);
          }}
        />
      ) : null}
    </Card>
  );
}
