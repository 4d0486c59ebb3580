import { useState } from 'react';
import { formatLongDate, useLocale, useT } from '../i18n';
import { useNavigationStore } from '../stores/navigationStore';
import { Alert, Button, EmptyState } from '../ui';
import { Screen } from './Screen';

export function HomeScreen({ recoveryMode }: { recoveryMode: boolean }) {
  const t = useT();
  const locale = useLocale();
  const navigate = useNavigationStore((s) => s.navigate);
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
      ) : null}
      <EmptyState icon="sun" title={t('home.emptyTitle')}>
        <p>{t('home.emptyText')}</p>
      </EmptyState>
    </Screen>
  );
}
