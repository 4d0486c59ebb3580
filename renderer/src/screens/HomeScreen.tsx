import { useState } from 'react';
import { HomeOpenCasesCard } from '../components/case/HomeOpenCasesCard';
import { DueItemsCard } from '../components/DueItemsCard';
import { HomeHoursCard } from '../components/hours/HomeHoursCard';
import { HomeInvoicesCard } from '../components/invoices/HomeInvoicesCard';
import { RestoreNotice } from '../components/safety/RestoreNotice';
import { formatLongDate, useLocale, useT } from '../i18n';
import { useCaseFileStore } from '../stores/caseFileStore';
import { useNavigationStore } from '../stores/navigationStore';
import { Alert, Button, EmptyState } from '../ui';
import { Screen } from './Screen';

export function HomeScreen({ recoveryMode }: { recoveryMode: boolean }) {
  const t = useT();
  const locale = useLocale();
  const navigate = useNavigationStore((s) => s.navigate);
  const recoveryCodeConfirmed = useCaseFileStore((s) => s.recoveryCodeConfirmed);
  const [today] = useState(() => new Date());
  return (
    <Screen testId="screen-home" titleKey="home.title" subtitle={formatLongDate(locale, today)}>
      {recoveryMode ? (
        <Alert
          tone="warning"
          action={
            <Button variant="secondary" onClick={() => navigate('settings')}>
              {t('home.recoveryAction')}
            </Button>
          }
        >
          {t('home.recoveryNotice')}
        </Alert>
      ) : recoveryCodeConfirmed === false ? (
        // After a recovery-code unlock a new passphrase comes first; this shows once it is set.
        <Alert
          tone="warning"
          testId="recovery-unconfirmed"
          title={t('home.unconfirmedTitle')}
          action={
            <Button variant="secondary" onClick={() => navigate('settings', 'recoveryCode')}>
              {t('home.unconfirmedAction')}
            </Button>
          }
        >
          {t('home.unconfirmedText')}
        </Alert>
      ) : null}
      <RestoreNotice />
      <DueItemsCard
        empty={
          <EmptyState icon="sun" title={t('home.emptyTitle')}>
            <p>{t('home.emptyText')}</p>
          </EmptyState>
        }
      />
      <div className="home-cards">
        <HomeOpenCasesCard />
        <HomeInvoicesCard />
        <HomeHoursCard />
      </div>
    </Screen>
  );
}
