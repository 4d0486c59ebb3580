import { useEffect, useId, useState } from 'react';
import type { ErrorCode } from '../../../../shared/errors';
import { isoDateSchema } from '../../../../shared/schemas/common';
import type { InvoiceSummary } from '../../../../shared/schemas/invoice';
import { useLocale, useT } from '../../i18n';
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
  const errors = useErrorText();
  const formId = useId();
  const [issueDate, setIssueDate] = useState(() => todayInputValue());
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const next = useNextNumber(issueDate);
  const validDate = isoDateSchema.safeParse(issueDate).success;
  const period =
    target.source === 'monthly' ? formatMonth(target.month, locale) : String(target.year);

  async function confirm() {
    setChecked(true);
    if (!validDate) return;
    setBusy(true);
    setError(null);
    const result =
      target.source === 'monthly'
        ? await callVp('issueMonthlyInvoice', {
            organisationId: target.organisationId,
            month: target.month,
            issueDate,
          })
        : await callVp('issueSubscriptionInvoice', {
            organisationId: target.organisationId,
            year: target.year,
            issueDate,
          });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.code);
      return;
    }
    useInvoicesStore.getState().changed();
    useToastStore.getState().show('invoices.issued', { number: result.value.number });
    onIssued(result.value);
  }

  return (
    <Dialog
      testId="issue-dialog"
      title={t('invoices.issueDialog.title')}
      onClose={() => {
        if (!busy) onClose();
      }}
      actions={
        <>
          <Button
            type="submit"
            form={formId}
            busy={busy}
            busyLabel={t('invoices.issueDialog.busy')}
          >
            {t('invoices.issueDialog.confirm')}
          </Button>
          <Button variant="secondary" data-autofocus disabled={busy} onClick={onClose}>
            {t('invoices.issueDialog.back')}
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
        <p>{t('invoices.issueDialog.what', { name: target.organisationName, period })}</p>
        <p data-testid="issue-number">{t('invoices.issueDialog.text', { number: next ?? '…' })}</p>
        <IssueDateField
          label={t('invoices.issueDialog.issueDate')}
          hint={t('invoices.issueDialog.issueDateHint')}
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
    const result = await callVp('issueCreditNote', { invoiceId: invoice.id, issueDate });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.code);
      return;
    }
    useInvoicesStore.getState().changed();
    useToastStore.getState().show('invoices.credited', { number: result.value.number });
    onCredited(result.value);
  }

  return (
    <Dialog
      testId="credit-dialog"
      title={t('invoices.creditDialog.title')}
      onClose={() => {
        if (!busy) onClose();
      }}
      actions={
        <>
          <Button
            type="submit"
            form={formId}
            busy={busy}
            busyLabel={t('invoices.creditDialog.busy')}
          >
            {t('invoices.creditDialog.confirm')}
          </Button>
          <Button variant="secondary" data-autofocus disabled={busy} onClick={onClose}>
            {t('invoices.creditDialog.back')}
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
        <IssueDateField
          label={t('invoices.creditDialog.issueDate')}
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
