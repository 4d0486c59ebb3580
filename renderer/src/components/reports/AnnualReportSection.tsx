import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../../../shared/result';
import type { ErrorCode } from '../../../../shared/errors';
import {
  ADVICE_MAX_LENGTH,
  type AnnualReportDocument,
} from '../../../../shared/schemas/annual-report';
import { useT } from '../../i18n';
import type { Locale } from '../../i18n/translate';
import { draftContent } from '../../lib/caseForms';
import { todayInputValue } from '../../lib/datetime';
import {
  adviceDraftKey,
  annualReportInput,
  lastYear,
  reportText,
  reportYears,
} from '../../lib/reports';
import { callVp } from '../../lib/vp';
import { useNavigationStore } from '../../stores/navigationStore';
import { useOrganisationsStore } from '../../stores/organisationsStore';
import { useReportsStore } from '../../stores/reportsStore';
import {
  Alert,
  Button,
  Card,
  EmptyState,
  RadioGroup,
  SelectField,
  TextAreaField,
  Tooltip,
} from '../../ui';
import { sectionIcons } from '../../screens/ComingSoonScreen';
import { AutosaveNote } from '../DraftOffer';
import { useOrganisationEntries } from '../hours/useOrganisationEntries';
import { useAutosave, useStoredDraft } from '../useDraft';
import { useErrorText } from '../useErrorText';
import { ProtectionNote } from './ProtectionNote';
import { ReportDocumentView } from './ReportDocumentView';
import { ReportExportDialog, type ReportFormat } from './ReportExportDialog';

/**
 * One organisation's annual report: choose organisation, year and language, read the preview
 * and how its figures are protected, write the signals and advice (kept as a draft in the case
 * file), and export the PDF or CSV after seeing exactly what it holds.
 */
export function AnnualReportSection() {
  const t = useT();
  const [today] = useState(() => todayInputValue());
  const { organisations, error, retry } = useOrganisationEntries();
  const chosen = useReportsStore((s) => s.organisationId);
  const chosenYear = useReportsStore((s) => s.year);
  const language = useReportsStore((s) => s.language);
  const choose = useReportsStore((s) => s.choose);
  const errors = useErrorText();

  if (organisations === null) {
    return error ? (
      <Alert
        tone="error"
        testId="error-alert"
        action={
          <Button variant="secondary" onClick={retry}>
            {t('reports.retry')}
          </Button>
        }
      >
        {errors.code(error)}
      </Alert>
    ) : (
      <p className="muted" role="status">
        {t('reports.loadingOrganisations')}
      </p>
    );
  }
  if (organisations.length === 0) {
    return (
      <div data-testid="reports-empty">
        <EmptyState
          icon={sectionIcons.organisations}
          title={t('reports.empty.title')}
          action={
            <Button
              onClick={() => {
                useOrganisationsStore.getState().show({ kind: 'list' });
                useNavigationStore.getState().navigate('organisations');
              }}
            >
              {t('reports.empty.action')}
            </Button>
          }
        >
          {t('reports.empty.text')}
        </EmptyState>
      </div>
    );
  }

  const organisation =
    organisations.find((o) => o.id === chosen) ??
    organisations.find((o) => !o.archived) ??
    organisations[0]!;
  const year = chosenYear ?? lastYear(today);

  return (
    <div className="stack">
      <Card title={t('reports.choices')} headingId="reports-choices" data-testid="report-choices">
        <div className="billing-toolbar">
          <SelectField
            label={t('reports.organisation')}
            className="field-organisation"
            value={String(organisation.id)}
            onChange={(event) => choose({ organisationId: Number(event.target.value) })}
          >
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.archived ? t('reports.archivedName', { name: o.name }) : o.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('reports.year')}
            className="field-year"
            value={String(year)}
            onChange={(event) => choose({ year: Number(event.target.value) })}
          >
            {reportYears(today).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </SelectField>
        </div>
        <LanguageChoice
          name="report-language"
          value={language}
          onChange={(l) => choose({ language: l })}
        />
      </Card>
      <ReportWithAdvice
        key={`${organisation.id}:${year}`}
        organisationId={organisation.id}
        year={year}
        language={language}
        today={today}
      />
    </div>
  );
}

export function LanguageChoice({
  name,
  value,
  onChange,
}: {
  name: string;
  value: Locale;
  onChange: (value: Locale) => void;
}) {
  const t = useT();
  return (
    <RadioGroup<Locale>
      legend={t('reports.language')}
      name={name}
      value={value}
      onChange={onChange}
      options={[
        { value: 'nl', label: t('reports.language.nl') },
        { value: 'en', label: t('reports.language.en') },
      ]}
    />
  );
}

interface Choice {
  organisationId: number;
  year: number;
  language: Locale;
  today: string;
}

/** Waits for the stored advice of this report, then shows the report with it. */
function ReportWithAdvice(props: Choice) {
  const t = useT();
  const form = adviceDraftKey(props.organisationId, props.year);
  const stored = useStoredDraft(form);
  if (stored.state === 'looking') {
    return (
      <p className="muted" role="status">
        {t('reports.loading')}
      </p>
    );
  }
  const advice =
    stored.state === 'found' && typeof stored.values.advice === 'string'
      ? stored.values.advice
      : '';
  return <ReportEditor {...props} form={form} initialAdvice={advice} />;
}

function ReportEditor({
  organisationId,
  year,
  language,
  today,
  form,
  initialAdvice,
}: Choice & { form: string; initialAdvice: string }) {
  const t = useT();
  const errors = useErrorText();
  const [advice, setAdvice] = useState(initialAdvice);
  const [baseline] = useState(() => draftContent({ advice: initialAdvice }));
  const autosave = useAutosave(form, () => ({ advice }), baseline);
  const [report, setReport] = useState<AnnualReportDocument | null>(null);
  const [previewed, setPreviewed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [exporting, setExporting] = useState<ReportFormat | null>(null);

  const input = useCallback(
    (text: string) => annualReportInput({ organisationId, year, language }, text, today),
    [organisationId, year, language, today],
  );

  const show = useCallback((result: Result<AnnualReportDocument>, text: string) => {
    setBusy(false);
    if (!result.ok) {
      setError(result.error.code);
      return;
    }
    setError(null);
    setReport(result.value);
    setPreviewed(text);
  }, []);

  async function refresh(text: string) {
    setBusy(true);
    setError(null);
    show(await callVp('previewAnnualReport', input(text)), text);
  }

  // The preview on opening and in another language, with the advice of that moment; after
  // typing, only on demand ("Voorbeeld bijwerken").
  const adviceRef = useRef(advice);
  useEffect(() => {
    adviceRef.current = advice;
  });
  useEffect(() => {
    let current = true;
    const text = adviceRef.current;
    void callVp('previewAnnualReport', input(text)).then((result) => {
      if (current) show(result, text);
    });
    return () => {
      current = false;
    };
  }, [input, show]);

  const exportInput = input(advice);
  const stale = report !== null && previewed !== advice;

  return (
    <>
      <Card
        title={
          report
            ? t('reports.preview.title', {
                title: `${reportText(report, 'reportDoc.title', { year })} · ${report.organisationName}`,
              })
            : t('reports.section.annual')
        }
        headingId="report-preview-title"
        intro={t('reports.preview.intro')}
        data-testid="report-preview"
      >
        {report ? <ProtectionNote threshold={report.threshold} kind="annual" /> : null}
        {error ? (
          <Alert
            tone="error"
            testId="error-alert"
            action={
              <Button variant="secondary" onClick={() => void refresh(advice)}>
                {t('reports.retry')}
              </Button>
            }
          >
            {errors.code(error)}
          </Alert>
        ) : null}
        {report ? (
          <ReportDocumentView document={report} />
        ) : !error ? (
          <p className="muted" role="status">
            {t('reports.loading')}
          </p>
        ) : null}
      </Card>
      <Card
        title={t('reports.advice.card')}
        headingId="report-advice-title"
        intro={
          <>
            {t('help.reportAdviceIntro')}{' '}
            <Tooltip label={t('help.reportAdviceLabel')} testId="help-report-advice">
              {t('help.reportAdvice')}
            </Tooltip>
          </>
        }
      >
        <div className="form stack-sm">
          <TextAreaField
            label={t('reports.advice.label')}
            hint={t('reports.advice.hint')}
            rows={8}
            maxLength={ADVICE_MAX_LENGTH}
            value={advice}
            data-testid="report-advice-field"
            onChange={(event) => {
              setAdvice(event.target.value);
              autosave.schedule();
            }}
            onBlur={() => void autosave.flush()}
          />
          <p className="muted" aria-live="polite" data-testid="report-advice-length">
            {t('reports.advice.length', { count: advice.length, max: ADVICE_MAX_LENGTH })}
          </p>
          {stale ? (
            <Alert tone="info" testId="report-advice-stale">
              {t('reports.advice.stale')}
            </Alert>
          ) : null}
          <div className="btn-row">
            <Button
              variant="secondary"
              busy={busy}
              busyLabel={t('reports.refreshing')}
              onClick={() => void refresh(advice)}
            >
              {t('reports.refresh')}
            </Button>
            <Button onClick={() => setExporting('pdf')}>{t('reports.exportPdf')}</Button>
            <Button variant="secondary" onClick={() => setExporting('csv')}>
              {t('reports.exportCsv')}
            </Button>
            <AutosaveNote status={autosave.status} />
          </div>
        </div>
      </Card>
      {exporting ? (
        <ReportExportDialog
          key={exporting}
          format={exporting}
          load={() =>
            callVp('previewAnnualReportExport', { report: exportInput, format: exporting })
          }
          save={() => callVp('saveAnnualReportExport', { report: exportInput, format: exporting })}
          onClose={() => setExporting(null)}
        />
      ) : null}
    </>
  );
}
