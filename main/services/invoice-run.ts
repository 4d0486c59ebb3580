import type { InvoiceRunItem } from '../../shared/schemas/invoice';
import type { CaseFileDatabase } from '../casefile';
import { monthPeriod, yearPeriod } from './billing';

/**
 * The invoice run of a month, per active organisation: the hours not yet billed in that month,
 * whether a contract covers it, the monthly invoice already issued for it (not credited), and
 * for the year whether the subscription was billed. Home uses it for "invoices to run".
 */
export function invoiceRun(db: CaseFileDatabase, month: string): InvoiceRunItem[] {
  const period = monthPeriod(month);
  const year = yearPeriod(Number(month.slice(0, 4)));
  const rows = db
    .prepare(
      `SELECT o.id, o.legal_name,
              (SELECT coalesce(sum(t.minutes), 0) FROM time_entries t
                WHERE t.organisation_id = o.id AND t.invoice_id IS NULL
                  AND t.date BETWEEN @start AND @end) AS unbilled_minutes,
              (SELECT count(*) FROM time_entries t
                WHERE t.organisation_id = o.id AND t.invoice_id IS NULL
                  AND t.date BETWEEN @start AND @end) AS unbilled_entries,
              EXISTS (SELECT 1 FROM contracts c WHERE c.organisation_id = o.id
                  AND c.valid_from <= @end AND coalesce(c.valid_until, '9999-12-31') >= @start)
                AS has_contract,
              EXISTS (SELECT 1 FROM contracts c WHERE c.organisation_id = o.id
                  AND json_extract(c.terms, '$.subscription.kind') <> 'none'
                  AND c.valid_from <= @yearEnd AND coalesce(c.valid_until, '9999-12-31') >= @yearStart)
                AS has_subscription,
              (SELECT i.number FROM invoices i
                WHERE i.organisation_id = o.id AND i.source = 'monthly' AND i.period_start = @start
                  AND NOT EXISTS (SELECT 1 FROM invoices c WHERE c.corrects_invoice_id = i.id)
                ORDER BY i.sequence DESC LIMIT 1) AS monthly_number,
              (SELECT i.number FROM invoices i
                WHERE i.organisation_id = o.id AND i.source = 'subscription'
                  AND i.period_start = @yearStart
                  AND NOT EXISTS (SELECT 1 FROM invoices c WHERE c.corrects_invoice_id = i.id)
                ORDER BY i.sequence DESC LIMIT 1) AS subscription_number
         FROM organisations o
        WHERE o.archived_at IS NULL
        ORDER BY o.legal_name COLLATE NOCASE`,
    )
    .all({ start: period.start, end: period.end, yearStart: year.start, yearEnd: year.end }) as {
    id: number;
    legal_name: string;
    unbilled_minutes: number;
    unbilled_entries: number;
    has_contract: number;
    has_subscription: number;
    monthly_number: string | null;
    subscription_number: string | null;
  }[];
  return rows.map((r) => ({
    organisationId: r.id,
    organisationName: r.legal_name,
    unbilledMinutes: r.unbilled_minutes,
    unbilledEntries: r.unbilled_entries,
    hasContract: r.has_contract === 1,
    hasSubscription: r.has_subscription === 1,
    monthlyInvoiceNumber: r.monthly_number,
    subscriptionInvoiceNumber: r.subscription_number,
  }));
}
