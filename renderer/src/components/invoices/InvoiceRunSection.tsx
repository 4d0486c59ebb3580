import { useEffect, useState } from 'react';
import type { ErrorCode } from '../../../../shared/errors';
import type { InvoiceRunItem } from '../../../../shared/schemas/invoice';
import { useLocale, useT } from '../../i18n';
import { addMonths, lastMonth } from '../../lib/hours';
import { canBillMonth, formatMonth, runRows } from '../../lib/invoices';
import { formatMinutes } from '../../lib/money';
import { callVp } from '../../lib/vp';
import { useInvoicesStore } from '../../stores/invoicesStore';
import { useNavigationStore } from '../../stores/navigationStore';
import { Badge, Button, Card, EmptyState, Field, Icon, Table, Tooltip } from '../../ui';
import { LoadedContent } from '../LoadedContent';
import { DraftInvoiceActions, useIssueDialog } from './DraftInvoiceActions';

/** The run of one month ('YYYY-MM') read from main; null while it is on its way. */
export function useInvoiceRun(month: string | null) {
  const revision = useInvoicesStore((s) => s.revision);
  const [run, setRun] = useState<{ month: string; items: InvoiceRunItem[] } | null>(null);
  const [error, setError] = useState<{ month: string; code: ErrorCode } | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (month === null) return;
    let current = true;
    void callVp('getInvoiceRun', { month }).then((result) => {
      if (!current) return;
      if (result.ok) setRun({ month, items: result.value });
      else setError({ month, code: result.error.code });
    });
    return () => {
      current = false;
    };
  }, [month, revision, round]);
  return {
    items: run?.month === month ? run.items : null,
    error: error?.month === month && run?.month !== month ? error.code : null,
    retry: () => setRound((n) => n + 1),
  };
}

/**
 * "Facturen maken": per organisation the month's hours not yet invoiced, whether a contract
 * covers the month and the invoice already made, each with a preview and "Factuur maken".
 */
export function InvoiceRunSection() {
  const t = useT();
  const locale = useLocale();
  const chosen = useInvoicesStore((s) => s.month);
  const [defaultMonth] = useState(() => lastMonth());
  const month = chosen ?? defaultMonth;
  const { items, error, retry } = useInvoiceRun(month);
  const { headingRef, issue, dialog } = useIssueDialog();
  const store = useInvoicesStore.getState;
  const monthName = formatMonth(month, locale);

  function setMonth(value: string) {
    if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) store().setMonth(value);
  }

  const { shown, quiet } = items ? runRows(items) : { shown: [], quiet: 0 };

  return (
    <Card
      title={t('invoices.run.heading', { month: monthName })}
      headingId="invoice-run-title"
      headingRef={headingRef}
      intro={
        <>
          {t('invoices.run.intro')}{' '}
          <Tooltip label={t('help.invoiceRunLabel')} testId="help-invoice-run">
            {t('help.invoiceRun')}
          </Tooltip>
        </>
      }
      data-testid="invoice-run"
    >
      <div className="billing-toolbar">
        <Field
          type="month"
          label={t('invoices.run.month')}
          className="field-month"
          value={month}
          onChange={(event) => setMonth(event.target.value)}
        />
        <div className="btn-row">
          <Button variant="secondary" onClick={() => setMonth(addMonths(month, -1))}>
            <Icon name="back" />
            {t('invoices.run.previousMonth')}
          </Button>
          <Button variant="secondary" onClick={() => setMonth(addMonths(month, 1))}>
            {t('invoices.run.nextMonth')}
            <Icon name="forward" />
          </Button>
        </div>
      </div>

      <div className="billing-section-body" aria-live="polite">
        <LoadedContent
          value={items}
          error={error}
          onRetry={retry}
          retryText={t('invoices.retry')}
          loadingText={t('invoices.loading')}
          empty={
            shown.length === 0 ? (
              <EmptyState
                icon="receipt"
                title={t('invoices.run.emptyTitle', { month: monthName })}
                action={
                  <Button
                    variant="secondary"
                    onClick={() => useNavigationStore.getState().navigate('hours')}
                  >
                    {t('empty.toHours')}
                  </Button>
                }
              >
                <p>{t('invoices.run.emptyText')}</p>
              </EmptyState>
            ) : null
          }
        >
          {() => (
            <>
              <Table<InvoiceRunItem>
                caption={t('invoices.run.caption', { month: monthName })}
                captionHidden
                testId="invoice-run-table"
                rows={shown}
                rowKey={(item) => item.organisationId}
                columns={[
                  {
                    key: 'organisation',
                    header: t('invoices.col.organisation'),
                    rowHeader: true,
                    cell: (item) => item.organisationName,
                  },
                  {
                    key: 'hours',
                    header: t('invoices.run.col.hours'),
                    align: 'end',
                    cell: (item) =>
                      item.unbilledEntries === 0 ? (
                        <span className="muted">—</span>
                      ) : (
                        <span className="numeric">
                          {item.unbilledEntries === 1
                            ? t('invoices.hoursEntry', {
                                time: formatMinutes(item.unbilledMinutes),
                              })
                            : t('invoices.hoursEntries', {
                                time: formatMinutes(item.unbilledMinutes),
                                count: item.unbilledEntries,
                              })}
                        </span>
                      ),
                  },
                  {
                    key: 'contract',
                    header: t('invoices.run.col.contract'),
                    cell: (item) =>
                      item.hasContract ? (
                        t('invoices.run.contractYes')
                      ) : (
                        <span className="billing-warning">
                          <Icon name="alert" className="overdue-icon" />
                          <span>
                            {t('invoices.run.contractNo')}
                            {item.unbilledEntries > 0 ? (
                              <span className="muted"> · {t('invoices.run.noContractHint')}</span>
                            ) : null}
                          </span>
                        </span>
                      ),
                  },
                  {
                    key: 'invoice',
                    header: t('invoices.run.col.invoice'),
                    cell: (item) =>
                      item.monthlyInvoiceNumber ? (
                        <Badge tone="primary">{item.monthlyInvoiceNumber}</Badge>
                      ) : (
                        <span className="muted">{t('invoices.run.noInvoice')}</span>
                      ),
                  },
                  {
                    key: 'actions',
                    header: t('invoices.col.actions'),
                    cell: (item) =>
                      item.hasContract && canBillMonth(item) ? (
                        <DraftInvoiceActions
                          previewLabel={t('invoices.run.previewLabel', {
                            month: monthName,
                            name: item.organisationName,
                          })}
                          issueLabel={t('invoices.run.issueLabel', {
                            month: monthName,
                            name: item.organisationName,
                          })}
                          onPreview={() =>
                            store().show({
                              kind: 'draftMonthly',
                              organisationId: item.organisationId,
                              organisationName: item.organisationName,
                              month,
                            })
                          }
                          onIssue={() =>
                            issue({
                              source: 'monthly',
                              organisationId: item.organisationId,
                              organisationName: item.organisationName,
                              month,
                            })
                          }
                        />
                      ) : (
                        <span className="muted">{t('invoices.run.nothing')}</span>
                      ),
                  },
                ]}
              />
              {quiet > 0 ? (
                <p className="muted">
                  {quiet === 1
                    ? t('invoices.run.quietOne')
                    : t('invoices.run.quiet', { count: quiet })}
                </p>
              ) : null}
            </>
          )}
        </LoadedContent>
      </div>
      {dialog}
    </Card>
  );
}
