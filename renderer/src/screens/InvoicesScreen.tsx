import type { MessageKey } from '../i18n/nl';
import { useT } from '../i18n';
import { BookkeepingSection } from '../components/invoices/BookkeepingSection';
import { InvoiceRunSection } from '../components/invoices/InvoiceRunSection';
import { IssuedInvoicesSection } from '../components/invoices/IssuedInvoicesSection';
import { SubscriptionsSection } from '../components/invoices/SubscriptionsSection';
import { useInvoicesStore, type InvoicesSection, type InvoicesView } from '../stores/invoicesStore';
import { Button } from '../ui';
import { InvoiceDocumentScreen } from './InvoiceDocumentScreen';
import { Screen } from './Screen';
import '../billing.css';

const sections: { section: InvoicesSection; label: MessageKey }[] = [
  { section: 'run', label: 'invoices.section.run' },
  { section: 'subscriptions', label: 'invoices.section.subscriptions' },
  { section: 'issued', label: 'invoices.section.issued' },
  { section: 'bookkeeping', label: 'invoices.section.bookkeeping' },
];

/**
 * Facturen: the month's invoice run, the yearly subscriptions, the invoices made (to view,
 * export or credit) and the bookkeeper's CSV; a draft or an issued invoice opens in full.
 */
export function InvoicesScreen() {
  const view = useInvoicesStore((s) => s.view);
  if (view.kind !== 'overview') return <InvoiceDocumentScreen key={viewKey(view)} view={view} />;
  return <InvoicesOverview />;
}

/** A fresh document screen for each document. */
function viewKey(view: Exclude<InvoicesView, { kind: 'overview' }>): string {
  switch (view.kind) {
    case 'draftMonthly':
      return `monthly/${view.organisationId}/${view.month}`;
    case 'draftSubscription':
      return `subscription/${view.organisationId}/${view.year}`;
    case 'issued':
      return `issued/${view.invoice.id}`;
  }
}

function InvoicesOverview() {
  const t = useT();
  const section = useInvoicesStore((s) => s.section);
  return (
    <Screen testId="screen-invoices" titleKey="nav.invoices" subtitle={t('invoices.subtitle')} wide>
      <div className="billing-sections" role="group" aria-label={t('invoices.sections')}>
        {sections.map((s) => (
          <Button
            key={s.section}
            variant={section === s.section ? 'primary' : 'secondary'}
            aria-pressed={section === s.section}
            onClick={() => useInvoicesStore.getState().showSection(s.section)}
          >
            {t(s.label)}
          </Button>
        ))}
      </div>
      {section === 'run' ? (
        <InvoiceRunSection />
      ) : section === 'subscriptions' ? (
        <SubscriptionsSection />
      ) : section === 'issued' ? (
        <IssuedInvoicesSection />
      ) : (
        <BookkeepingSection />
      )}
    </Screen>
  );
}
