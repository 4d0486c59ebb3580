import { useEffect, useRef, useState } from 'react';
import type { ErrorCode } from '../../../../shared/errors';
import type { InvoiceSummary } from '../../../../shared/schemas/invoice';
import { useLocale, useT } from '../../i18n';
import { todayInputValue } from '../../lib/datetime';
import { formatPeriod, formatShortDate, invoiceKindKey, yearChoices } from '../../lib/invoices';
import { formatCents } from '../../lib/money';
import { callVp } from '../../lib/vp';
import { useInvoicesStore } from '../../stores/invoicesStore';
import { Badge, Button, Card, EmptyState, SelectField, Table } from '../../ui';
import { LoadedContent } from '../LoadedContent';
import { useOrganisationEntries } from '../hours/useOrganisationEntries';
import { ExportDialog } from './ExportDialog';
import { CreditNoteDialog } from './IssueDialogs';

/** Invoices as listed: a credit note's amount is subtracted, so it shows as negative. */
export function listedAmount(invoice: Pick<InvoiceSummary, 'kind' | 'payableCents'>): number {
  return invoice.kind === 'credit_note' ? -invoice.payableCents : invoice.payableCents;
}

/** The first step before any invoice: the part "Facturen maken", focus on its heading. */
function toInvoiceRun() {
  useInvoicesStore.getState().showSection('run');
  setTimeout(() => document.getElementById('invoice-run-title')?.focus(), 0);
}

/**
 * "Verzonden facturen": every invoice and credit note made, filtered by year and organisation,
 * with what corrected what; each one to view, to export, and (an invoice not yet credited) to
 * credit.
 */
export function IssuedInvoicesSection() {
  const t = useT();
  const locale = useLocale();
  const [thisYear] = useState(() => Number(todayInputValue().slice(0, 4)));
  const listYear = useInvoicesStore((s) => s.listYear);
  const organisationId = useInvoicesStore((s) => s.listOrganisationId);
  const revision = useInvoicesStore((s) => s.revision);
  const year = listYear ?? thisYear;
  const { organisations } = useOrganisationEntries();
  const [list, setList] = useState<{ key: string; items: InvoiceSummary[] } | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [round, setRound] = useState(0);
  const [exporting, setExporting] = useState<InvoiceSummary | null>(null);
  const [crediting, setCrediting] = useState<InvoiceSummary | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const key = `${year}/${organisationId ?? 'all'}`;
  const store = useInvoicesStore.getState;

  useEffect(() => {
    let current = true;
    void callVp('listInvoices', {
      organisationId,
      year: year === 'all' ? null : year,
    }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setList({ key, items: result.value });
        setError(null);
      } else setError(result.error.code);
    });
    return () => {
      current = false;
    };
  }, [key, organisationId, year, revision, round]);

  const items = list?.key === key ? list.items : null;
  const filtered = organisationId !== null || year !== thisYear;

  return (
    <Card
      title={t('invoices.section.issued')}
      headingId="issued-title"
      headingRef={headingRef}
      intro={t('invoices.list.intro')}
      data-testid="issued-invoices"
    >
      <div className="billing-toolbar">
        <SelectField
          label={t('invoices.list.year')}
          className="field-year"
          value={String(year)}
          onChange={(event) =>
            store().setListFilters({
              year: event.target.value === 'all' ? 'all' : Number(event.target.value),
            })
          }
        >
          <option value="all">{t('invoices.list.allYears')}</option>
          {yearChoices(thisYear).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('invoices.list.organisation')}
          className="field-organisation"
          value={organisationId === null ? '' : String(organisationId)}
          onChange={(event) =>
            store().setListFilters({
              organisationId: event.target.value === '' ? null : Number(event.target.value),
            })
          }
        >
          <option value="">{t('invoices.list.allOrganisations')}</option>
          {(organisations ?? []).map((o) => (
            <option key={o.id} value={o.id}>
              {o.archived ? t('hours.archivedName', { name: o.name }) : o.name}
            </option>
          ))}
        </SelectField>
      </div>

      <div className="billing-section-body" aria-live="polite">
        <LoadedContent
          value={items}
          error={error}
          onRetry={() => setRound((n) => n + 1)}
          retryText={t('invoices.retry')}
          loadingText={t('invoices.loading')}
          empty={
            items === null || items.length > 0 ? null : filtered ? (
              <p className="muted list-none">{t('invoices.list.noMatches')}</p>
            ) : (
              <EmptyState
                icon="receipt"
                title={t('invoices.list.emptyTitle')}
                action={
                  <Button variant="secondary" onClick={toInvoiceRun}>
                    {t('empty.toInvoiceRun')}
                  </Button>
                }
              >
                <p>{t('invoices.list.emptyText')}</p>
              </EmptyState>
            )
          }
        >
          {(listed) => (
            <>
              <p className="muted" data-testid="invoices-count">
                {listed.length === 1
                  ? t('invoices.list.countOne')
                  : t('invoices.list.count', { count: listed.length })}
              </p>
              <Table<InvoiceSummary>
                caption={t('invoices.list.caption')}
                captionHidden
                testId="invoices-table"
                rows={listed}
                rowKey={(invoice) => invoice.id}
                columns={[
                  {
                    key: 'number',
                    header: t('invoices.list.col.number'),
                    rowHeader: true,
                    cell: (invoice) => (
                      <span className="invoice-number-cell">
                        <span className="numeric">{invoice.number}</span>
                        <span className="muted">{t(invoiceKindKey(invoice))}</span>
                        {invoice.creditedByNumber ? (
                          <Badge tone="muted">
                            {t('invoices.list.creditedBy', { number: invoice.creditedByNumber })}
                          </Badge>
                        ) : invoice.correctsNumber ? (
                          <Badge tone="neutral">
                            {t('invoices.list.corrects', { number: invoice.correctsNumber })}
                          </Badge>
                        ) : null}
                      </span>
                    ),
                  },
                  {
                    key: 'organisation',
                    header: t('invoices.col.organisation'),
                    cell: (invoice) => invoice.organisationName,
                  },
                  {
                    key: 'date',
                    header: t('invoices.list.col.date'),
                    cell: (invoice) => (
                      <span className="nowrap">{formatShortDate(invoice.issueDate, locale)}</span>
                    ),
                  },
                  {
                    key: 'period',
                    header: t('invoices.list.col.period'),
                    cell: (invoice) => (
                      <span className="nowrap">{formatPeriod(invoice.period, locale)}</span>
                    ),
                  },
                  {
                    key: 'amount',
                    header: t('invoices.list.col.amount'),
                    align: 'end',
                    cell: (invoice) => (
                      <span className="numeric">{formatCents(listedAmount(invoice), locale)}</span>
                    ),
                  },
                  {
                    key: 'actions',
                    header: t('invoices.col.actions'),
                    cell: (invoice) => (
                      <div className="btn-row table-actions">
                        <Button
                          variant="quiet"
                          aria-label={t('invoices.list.viewLabel', { number: invoice.number })}
                          onClick={() => store().show({ kind: 'issued', invoice })}
                        >
                          {t('invoices.list.view')}
                        </Button>
                        <Button
                          variant="quiet"
                          aria-label={t('invoices.list.exportLabel', { number: invoice.number })}
                          onClick={() => setExporting(invoice)}
                        >
                          {t('invoices.list.export')}
                        </Button>
                        {invoice.kind === 'invoice' && invoice.creditedByNumber === null ? (
                          <Button
                            variant="quiet"
                            aria-label={t('invoices.list.creditLabel', { number: invoice.number })}
                            onClick={() => setCrediting(invoice)}
                          >
                            {t('invoices.list.credit')}
                          </Button>
                        ) : null}
                      </div>
                    ),
                  },
                ]}
              />
            </>
          )}
        </LoadedContent>
      </div>
      {exporting ? <ExportDialog invoice={exporting} onClose={() => setExporting(null)} /> : null}
      {crediting ? (
        <CreditNoteDialog
          invoice={crediting}
          onClose={() => setCrediting(null)}
          onCredited={() => {
            setCrediting(null);
            setTimeout(() => headingRef.current?.focus(), 0);
          }}
        />
      ) : null}
    </Card>
  );
}
