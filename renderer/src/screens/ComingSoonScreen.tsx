import { useT } from '../i18n';
import type { MessageKey } from '../i18n/nl';
import { EmptyState, type IconName } from '../ui';
import { Screen } from './Screen';

export type ComingSoonRoute = 'cases' | 'hours' | 'invoices' | 'reports';

export const sectionIcons: Record<ComingSoonRoute | 'organisations', IconName> = {
  cases: 'inbox',
  organisations: 'building',
  hours: 'clock',
  invoices: 'receipt',
  reports: 'chart',
};

/** The parts of the app that are not built yet: a calm word on what will come. */
export function ComingSoonScreen({ route }: { route: ComingSoonRoute }) {
  const t = useT();
  const titleKey: MessageKey = `nav.${route}`;
  return (
    <Screen testId={`screen-${route}`} titleKey={titleKey}>
      <EmptyState icon={sectionIcons[route]} title={t('comingSoon.badge')}>
        <p>{t(`comingSoon.${route}`)}</p>
        <p>{t('comingSoon.text')}</p>
      </EmptyState>
    </Screen>
  );
}
