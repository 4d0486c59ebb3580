import { useEffect, useState } from 'react';
import type { ErrorCode } from '../../../../shared/errors';
import type { PracticeOverviewDocument } from '../../../../shared/schemas/annual-report';
import { useT } from '../../i18n';
import { todayInputValue } from '../../lib/datetime';
import { lastYear, practiceOverviewInput, reportText, reportYears } from '../../lib/reports';
import { callVp } from '../../lib/vp';
import { useReportsStore } from '../../stores/reportsStore';
import { Alert, Button, Card, SelectField } from '../../ui';
import { useErrorText } from '../useErrorText';
import { LanguageChoice } from './AnnualReportSection';
import { ProtectionNote } from './ProtectionNote';
import { ReportDocumentView } from './ReportDocumentView';
import { ReportExportDialog, type ReportFormat } from './ReportExportDialog';

/** "Jaaroverzicht van de praktijk": the counsellor's own year across all organisations. */
export function PracticeOverviewSection() {
  const t = useT();
  const errors = useErrorText();
  const [today] = useState(() => todayInputValue());
  const chosenYear = useReportsStore((s) => s.overviewYear);
  const language = useReportsStore((s) => s.overviewLanguage);
  const chooseOverview = useReportsStore((s) => s.chooseOverview);
  const year = chosenYear ?? lastYear(today);
  const [overview, setOverview] = useState<PracticeOverviewDocument | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [exporting, setExporting] = useState<ReportFormat | null>(null);

  const input = practiceOverviewInput({ year, language }, today);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    void callVp('previewPracticeOverview', practiceOverviewInput({ year, language }, today)).then(
      (result) => {
        if (!current) return;
        if (result.ok) {
          setOverview(result.value);
          setError(null);
        } else setError(result.error.code);
      },
    );
    return () => {
      current = false;
    };
  }, [year, language, today, attempt]);

  const shown =
    overview && overview.year === year && overview.language === language ? overview : null;

  return (
    <div className="stack">
      <Card
        title={t('reports.choices')}
        headingId="overview-choices"
        data-testid="overview-choices"
      >
        <div className="billing-toolbar">
          <SelectField
            label={t('reports.year')}
            className="field-year"
            value={String(year)}
            onChange={(event) => chooseOverview({ year: Number(event.target.value) })}
          >
            {reportYears(today).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </SelectField>
        </div>
        <LanguageChoice
          name="overview-language"
          value={language}
          onChange={(l) => chooseOverview({ language: l })}
        />
      </Card>
      <Card
        title={
          shown
            ? t('reports.preview.title', {
                title: reportText(shown, 'reportDoc.overviewTitle', { year }),
              })
            : t('reports.section.overview')
        }
        headingId="overview-preview-title"
        intro={t('reports.preview.intro')}
        data-testid="overview-preview"
      >
        {shown ? <ProtectionNote threshold={shown.threshold} kind="overview" /> : null}
        {error ? (
          <Alert
            tone="error"
            testId="error-alert"
            action={
              <Button
                variant="secondary"
                onClick={() => {
                  setError(null);
                  setAttempt((a) => a + 1);
                }}
              >
                {t('reports.retry')}
              </Button>
            }
          >
            {errors.code(error)}
          </Alert>
        ) : shown ? (
          <ReportDocumentView document={shown} />
        ) : (
          <p className="muted" role="status">
            {t('reports.loading')}
          </p>
        )}
        <div className="btn-row">
          <Button onClick={() => setExporting('pdf')}>{t('reports.exportPdf')}</Button>
          <Button variant="secondary" onClick={() => setExporting('csv')}>
            {t('reports.exportCsv')}
          </Button>
        </div>
      </Card>
      {exporting ? (
        <ReportExportDialog
          key={exporting}
          format={exporting}
          load={() =>
            callVp('previewPracticeOverviewExport', { overview: input, format: exporting })
          }
          save={() => callVp('savePracticeOverviewExport', { overview: input, format: exporting })}
          onClose={() => setExporting(null)}
        />
      ) : null}
    </div>
  );
}
