import type { MessageKey } from '../i18n/nl';
import { useT } from '../i18n';
import { AnnualReportSection } from '../components/reports/AnnualReportSection';
import { PracticeOverviewSection } from '../components/reports/PracticeOverviewSection';
import { useReportsStore, type ReportsSection } from '../stores/reportsStore';
import { Button } from '../ui';
import { Screen } from './Screen';
import '../billing.css';

const sections: { section: ReportsSection; label: MessageKey }[] = [
  { section: 'annual', label: 'reports.section.annual' },
  { section: 'overview', label: 'reports.section.overview' },
];

/**
 * Jaarverslagen: an organisation's anonymised annual report (with the counsellor's signals
 * and advice) and the practice's own annual overview, each previewed and exported as PDF/CSV.
 */
export function ReportsScreen() {
  const t = useT();
  const section = useReportsStore((s) => s.section);
  return (
    <Screen testId="screen-reports" titleKey="nav.reports" subtitle={t('reports.subtitle')} wide>
      <div className="billing-sections" role="group" aria-label={t('reports.sections')}>
        {sections.map((s) => (
          <Button
            key={s.section}
            variant={section === s.section ? 'primary' : 'secondary'}
            aria-pressed={section === s.section}
            onClick={() => useReportsStore.getState().showSection(s.section)}
          >
            {t(s.label)}
          </Button>
        ))}
      </div>
      {section === 'annual' ? <AnnualReportSection /> : <PracticeOverviewSection />}
    </Screen>
  );
}
