import { useEffect, useId, useState, type ReactNode } from 'react';
import type { ErrorCode } from '../../../../shared/errors';
import { isoDateSchema } from '../../../../shared/schemas/common';
import type { InvoiceSummary } from '../../../../shared/schemas/invoice';
import type { Result } from '../../../../shared/result';
import { useLocale, useT, type MessageKey } from '../../i18n';
import { todayInputValue } from '../../lib/datetime';
import { formatMonth, formatPeriod, nextInvoiceNumber } from '../../lib/invoices';
import { formatCents } from '../../lib/money';
import { callVp } from '../../lib/vp';
import { useInvoicesStore } from '../../stores/invoicesStore';
import { useToastStore } from '../../stores/toastStore';
import { Alert, Button, Dialog, Field } from '../../ui';
import { useErrorText } from '../useErrorText';

/** What "Factuur maken" makes: a month's hours, or a year's subscription, of one organisation. */
export type IssueTarget =
  | { source: 'monthly'; organisationId: number; organisationName: string; month: string }
  | { source: 'subscription'; organisationId: number; organisationName: string; year: number };

/** The number the next invoice of the issue date's year gets (null until read, or no date). */
function useNextNumber(issueDate: string): string | null {
  const [next, setNext] = useState<{ year: number; number: string } | null>(null);
  const valid = isoDateSchema.safeParse(issueDate).success;
  const year = valid ? Number(issueDate.slice(0, 4)) : null;
  useEffect(() => {
    if (year === null) return;
    let current = true;
    void callVp('listInvoices', { organisationId: null, year }).then((result) => {
      if (current && result.ok) setNext({ year, number: nextInvoiceNumber(result.value, year) });
    });
    return () => {
      current = false;
    };
  }, [year]);
  return next !== null && next.year === year ? next.number : null;
}

/** The issue date: today unless changed; a date that is not one is said under the field. */
function IssueDateField({
  label,
  hint,
  value,
  onChange,
  invalid,
  readOnly,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
  readOnly: boolean;
}) {
  const t = useT();
  return (
    <Field
      type="date"
      label={label}
      hint={hint}
      value={value}
      error={invalid ? t('validation.date') : undefined}
      onChange={(event) => onChange(event.target.value)}
      readOnly={readOnly}
      className="field-date"
    />
  );
}

interface DatedIssueDialogProps {
  testId: string;
  title: string;
  confirmLabel: string;
  busyLabel: string;
  backLabel: string;
  dateLabel: string;
  dateHint?: string;
  /** What the dialog makes, given the number it will get (null until read). */
  children: (next: string | null) => ReactNode;
  /** Asks main to issue on the chosen date. */
  issue: (issueDate: string) => Promise<Result<InvoiceSummary>>;
  /** The toast that names the new number. */
  issuedToast: MessageKey;
  onClose: () => void;
  onIssued: (issued: InvoiceSummary) => void;
}

/**
 * The one dialog behind "Factuur maken?" and "Creditnota maken?": what will be made, the number
 * it gets, the issue date (today, editable, checked before main is asked), and main's refusal
 * in main's words, kept in the dialog.
 */
function DatedIssueDialog({
  testId,
  title,
  confirmLabel,
  busyLabel,
  backLabel,
  dateLabel,
  dateHint,
  children,
  issue,
  issuedToast,
  onClose,
  onIssued,
}: DatedIssueDialogProps) {
  const errors = useErrorText();
  const formId = useId();
  const [issueDate, setIssueDate] = useState(() => todayInputValue());
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const next = useNextNumber(issueDate);
  const validDate = isoDateSchema.safeParse(issueDate).success;

  async function confirm() {
    setChecked(true);
    if (!validDate) return;
    setBusy(true);
    setError(null);
    const result = await issue(issueDate);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.code);
      return;
    }
    useInvoicesStore.getState().changed();
    useToastStore.getState().show(issuedToast, { number: result.value.number });
    onIssued(result.value);
  }

  return (
    <Dialog
      testId={testId}
      title={title}
      onClose={() => {
        if (!busy) onClose();
      }}
      actions={
        <>
          <Button type="submit" form={formId} busy={busy} busyLabel={busyLabel}>
            {confirmLabel}
          </Button>
          <Button variant="secondary" data-autofocus disabled={busy} onClick={onClose}>
            {backLabel}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        {children(next)}
        <IssueDateField
          label={dateLabel}
          hint={dateHint}
          value={issueDate}
          onChange={setIssueDate}
          invalid={checked && !validDate}
          readOnly={busy}
        />
        {error ? (
          <Alert tone="error" testId="error-alert" className="dialog-alert">
            {errors.code(error)}
          </Alert>
        ) : null}
      </form>
    </Dialog>
  );
}

/**
 * "Factuur maken?": the number the invoice will get and that it is fixed from then on, with
 * the issue date (today, editable). A refusal (no contract, nothing to bill, details missing)
 * stays in the dialog with main's words on what to do.
 */
export function IssueDialog({
  target,
  onClose,
  onIssued,
}: {
  target: IssueTarget;
  onClose: () => void;
  onIssued: (invoice: InvoiceSummary) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const period =
    target.source === 'monthly' ? formatMonth(target.month, locale) : String(target.year);
  return (
    <DatedIssueDialog
      testId="issue-dialog"
      title={t('invoices.issueDialog.title')}
      confirmLabel={t('invoices.issueDialog.confirm')}
      busyLabel={t('invoices.issueDialog.busy')}
      backLabel={t('invoices.issueDialog.back')}
      dateLabel={t('invoices.issueDialog.issueDate')}
      dateHint={t('invoices.issueDialog.issueDateHint')}
      issue={(issueDate) =>
        target.source === 'monthly'
          ? callVp('issueMonthlyInvoice', {
              organisationId: target.organisationId,
              month: target.month,
              issueDate,
            })
          : callVp('issueSubscriptionInvoice', {
              organisationId: target.organisationId,
              year: target.year,
              issueDate,
            })
      }
      issuedToast="invoices.issued"
      onClose={onClose}
      onIssued={onIssued}
    >
      {(next) => (
        <>
          <p>{t('invoices.issueDialog.what', { name: target.organisationName, period })}</p>
          <p data-testid="issue-number">
            {t('invoices.issueDialog.text', { number: next ?? '…' })}
          </p>
        </>
      )}
    </DatedIssueDialog>
  );
}

/**
 * "Creditnota maken?": it credits the whole invoice and releases its hours for a new invoice;
 * the credit note gets the next number and is fixed too.
 */
export function CreditNoteDialog({
  invoice,
  onClose,
  onCredited,
}: {
  invoice: InvoiceSummary;
  onClose: () => void;
  onCredited: (creditNote: InvoiceSummary) => void;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <DatedIssueDialog
      testId="credit-dialog"
      title={t('invoices.creditDialog.title')}
      confirmLabel={t('invoices.creditDialog.confirm')}
      busyLabel={t('invoices.creditDialog.busy')}
      backLabel={t('invoices.creditDialog.back')}
      dateLabel={t('invoices.creditDialog.issueDate')}
      issue={(issueDate) => callVp('issueCreditNote', { invoiceId: invoice.id, issueDate })}
      issuedToast="invoices.credited"
      onClose={onClose}
      onIssued={onCredited}
    >
      {(next) => (
        <>
          <p>
            {t('invoices.creditDialog.text', {
              number: invoice.number,
              amount: formatCents(invoice.payableCents, locale),
            })}{' '}
            <span className="muted">({formatPeriod(invoice.period, locale)})</span>
          </p>
          <p data-testid="credit-number">
            {t('invoices.creditDialog.number', { number: next ?? '…' })}
          </p>
        </>
      )}
    </DatedIssueDialog>
  );
}
