import { useEffect, useState } from 'react';
import type { ErrorCode } from '../../../shared/errors';
import type { InvoiceSummary } from '../../../shared/schemas/invoice';
import type { InvoiceDocument } from '../../../shared/schemas/invoice-document';
import { ExportDialog } from '../components/invoices/ExportDialog';
import { InvoiceDocumentView } from '../components/invoices/InvoiceDocumentView';
import {
  CreditNoteDialog,
  IssueDialog,
  type IssueTarget,
} from '../components/invoices/IssueDialogs';
import { useErrorText } from '../components/useErrorText';
import { useLocale, useT } from '../i18n';
import { todayInputValue } from '../lib/datetime';
import { formatMonth, invoiceKindKey } from '../lib/invoices';
import { callVp } from '../lib/vp';
import { useInvoicesStore, type InvoicesView } from '../stores/invoicesStore';
import { Alert, Button, Icon } from '../ui';
import { Screen } from './Screen';
import '../billing.css';

type DocumentView = Exclude<InvoicesView, { kind: 'overview' }>;

function backToOverview() {
  useInvoicesStore.getState().show({ kind: 'overview' });
}

/**
 * One invoice in full: a draft (numbered CONCEPT) as it will be made, with "Factuur maken",
 * or an issued invoice or credit note as it was stored, with "Exporteren" and, for an invoice
 * not credited yet, "Creditnota maken".
 */
export function InvoiceDocumentScreen({ view }: { view: DocumentView }) {
  const t = useT();
  const locale = useLocale();
  const errors = useErrorText();
  const [document, setDocument] = useState<InvoiceDocument | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [round, setRound] = useState(0);
  const [issuing, setIssuing] = useState<IssueTarget | null>(null);
  const [exporting, setExporting] = useState(false);
  const [crediting, setCrediting] = useState(false);
  const [today] = useState(() => todayInputValue());
  const revision = useInvoicesStore((s) => s.revision);

  useEffect(() => {
    let current = true;
    const request =
      view.kind === 'draftMonthly'
        ? callVp('previewMonthlyInvoice', {
            organisationId: view.organisationId,
            month: view.month,
            issueDate: today,
          })
        : view.kind === 'draftSubscription'
          ? callVp('previewSubscriptionInvoice', {
              organisationId: view.organisationId,
              year: view.year,
              issueDate: today,
            })
          : callVp('getInvoiceDocument', { id: view.invoice.id });
    void request.then((result) => {
      if (!current) return;
      if (result.ok) setDocument(result.value);
      else setError(result.error.code);
    });
    return () => {
      current = false;
    };
  }, [view, today, round]);

  // An issued invoice may have been credited meanwhile: read its line in the list again.
  const [summary, setSummary] = useState<InvoiceSummary | null>(
    view.kind === 'issued' ? view.invoice : null,
  );
  useEffect(() => {
    if (view.kind !== 'issued' || revision === 0) return;
    let current = true;
    void callVp('listInvoices', {
      organisationId: view.invoice.organisationId,
      year: null,
    }).then((result) => {
      if (!current || !result.ok) return;
      setSummary(result.value.find((i) => i.id === view.invoice.id) ?? null);
    });
    return () => {
      current = false;
    };
  }, [view, revision]);

  const draft = view.kind !== 'issued';
  const title =
    view.kind === 'issued'
      ? t('invoices.doc.issuedTitle', {
          kind: t(invoiceKindKey(view.invoice)),
          number: view.invoice.number,
        })
      : t('invoices.doc.draftTitle', { name: view.organisationName });
  const subtitle =
    view.kind === 'draftMonthly'
      ? formatMonth(view.month, locale)
      : view.kind === 'draftSubscription'
        ? String(view.year)
        : view.invoice.organisationName;

  const actions = draft ? (
    <Button
      disabled={document === null}
      onClick={() =>
        setIssuing(
          view.kind === 'draftMonthly'
            ? {
                source: 'monthly',
                organisationId: view.organisationId,
                organisationName: view.organisationName,
                month: view.month,
              }
            : view.kind === 'draftSubscription'
              ? {
                  source: 'subscription',
                  organisationId: view.organisationId,
                  organisationName: view.organisationName,
                  year: view.year,
                }
              : null,
        )
      }
    >
      {t('invoices.issue')}
    </Button>
  ) : (
    <>
      <Button variant="secondary" onClick={() => setExporting(true)}>
        {t('invoices.list.export')}
      </Button>
      {summary && summary.kind === 'invoice' && summary.creditedByNumber === null ? (
        <Button variant="secondary" onClick={() => setCrediting(true)}>
          {t('invoices.list.credit')}
        </Button>
      ) : null}
    </>
  );

  return (
    <Screen
      testId="screen-invoice-document"
      titleKey="nav.invoices"
      title={title}
      subtitle={subtitle}
      wide
      back={
        <Button variant="quiet" onClick={backToOverview}>
          <Icon name="back" />
          {t('invoices.doc.back')}
        </Button>
      }
      actions={error ? undefined : actions}
    >
      {error ? (
        <Alert
          tone="error"
          testId="error-alert"
          action={
            <div className="btn-row">
              <Button
                variant="secondary"
                onClick={() => {
                  setError(null);
                  setRound((n) => n + 1);
                }}
              >
                {t('invoices.retry')}
              </Button>
              <Button variant="secondary" onClick={backToOverview}>
                {t('invoices.doc.back')}
              </Button>
            </div>
          }
        >
          {errors.code(error)}
        </Alert>
      ) : document === null ? (
        <p className="muted" role="status">
          {t(draft ? 'invoices.doc.loading' : 'invoices.doc.loadingIssued')}
        </p>
      ) : (
        <>
          {draft ? (
            <Alert tone="info" testId="draft-notice">
              {t('invoices.doc.draftNotice')}
            </Alert>
          ) : null}
          {summary?.creditedByNumber ? (
            <Alert tone="info">
              {t('invoices.list.creditedBy', { number: summary.creditedByNumber })}
            </Alert>
          ) : null}
          <div className="invoice-doc-frame">
            <InvoiceDocumentView document={document} />
          </div>
          <p className="muted invoice-doc-anonymous">
            <Icon name="shield" />
            <span>{t('invoices.doc.anonymous')}</span>
          </p>
        </>
      )}
      {issuing ? (
        <IssueDialog
          target={issuing}
          onClose={() => setIssuing(null)}
          onIssued={() => {
            setIssuing(null);
            backToOverview();
          }}
        />
      ) : null}
      {exporting && view.kind === 'issued' ? (
        <ExportDialog invoice={view.invoice} onClose={() => setExporting(false)} />
      ) : null}
      {crediting && summary ? (
        <CreditNoteDialog
          invoice={summary}
          onClose={() => setCrediting(false)}
          onCredited={() => setCrediting(false)}
        />
      ) : null}
    </Screen>
  );
}
