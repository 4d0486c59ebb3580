import { useState } from 'react';
import { useLocale, useT } from '../../i18n';
import { lastMonth } from '../../lib/hours';
import { formatMonth, unbilledOrganisations } from '../../lib/invoices';
import { formatMinutes } from '../../lib/money';
import { useInvoicesStore } from '../../stores/invoicesStore';
import { useNavigationStore } from '../../stores/navigationStore';
import { Button, Card, Icon } from '../../ui';
import { HomeCardEmpty } from '../HomeCardEmpty';
import { LoadedContent } from '../LoadedContent';
import { useInvoiceRun } from './InvoiceRunSection';
import '../../billing.css';

/** Opens Facturen at the invoice run of a month. */
function openRun(month: string) {
  useInvoicesStore.getState().openRun(month);
  useNavigationStore.getState().navigate('invoices');
}

/**
 * Home's "Facturen deze maand": the organisations with hours of last month that are on no
 * invoice yet, each one click from that month's invoice run; nothing left is said calmly.
 */
export function HomeInvoicesCard() {
  const t = useT();
  const locale = useLocale();
  const [month] = useState(() => lastMonth());
  const { items, error, retry } = useInvoiceRun(month);
  const monthName = formatMonth(month, locale);
  const open = items ? unbilledOrganisations(items) : [];

  return (
    <Card
      title={t('homeInvoices.title')}
      headingId="home-invoices-title"
      intro={t('homeInvoices.intro', { month: monthName })}
      data-testid="home-invoices"
    >
      <LoadedContent
        value={items}
        error={error}
        onRetry={retry}
        retryText={t('invoices.retry')}
        loadingText={t('homeInvoices.loading')}
        empty={
          open.length === 0 ? (
            <HomeCardEmpty
              icon="check"
              title={t('homeInvoices.emptyTitle', { month: monthName })}
              text={t('homeInvoices.emptyText')}
              testId="home-invoices-empty"
            />
          ) : null
        }
      >
        {() => (
          <>
            <ul className="due-list">
              {open.map((item) => (
                <li key={item.organisationId} className="due-item" data-testid="home-invoices-item">
                  <button
                    type="button"
                    className="due-link home-link"
                    aria-label={t('homeInvoices.openFor', {
                      name: item.organisationName,
                      month: monthName,
                    })}
                    onClick={() => openRun(month)}
                  >
                    <span className="due-org">{item.organisationName}</span>
                    <span className="numeric">
                      {t('homeInvoices.item', { time: formatMinutes(item.unbilledMinutes) })}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            <div className="btn-row home-card-actions">
              <Button variant="secondary" onClick={() => openRun(month)}>
                <Icon name="receipt" />
                {t('homeInvoices.open', { month: monthName })}
              </Button>
            </div>
          </>
        )}
      </LoadedContent>
    </Card>
  );
}
