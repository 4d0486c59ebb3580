import { useEffect, useState } from 'react';
import type { ErrorCode } from '../../../../shared/errors';
import type { ExportPreview } from '../../../../shared/schemas/invoice';
import type { Result } from '../../../../shared/result';
import { useT } from '../../i18n';
import { Alert, Button, Dialog, Icon } from '../../ui';
import { useErrorText } from '../useErrorText';

export type ReportFormat = 'pdf' | 'csv';

/**
 * Exporting a report: main makes the file (through the leak guard) and the dialog shows
 * exactly what it holds (the CSV text; for a PDF, folded, all text drawn into it), then
 * "Opslaan…" saves those bytes. A blocked export shows why, and nothing is saved.
 */
export function ReportExportDialog({
  format,
  load,
  save,
  onClose,
}: {
  format: ReportFormat;
  load: () => Promise<Result<ExportPreview>>;
  save: () => Promise<Result<{ saved: boolean; fileName: string | null }>>;
  onClose: () => void;
}) {
  const t = useT();
  const errors = useErrorText();
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<ErrorCode | null>(null);

  // The dialog opens for one report and format: read its file once.
  const [loadOnce] = useState(() => load);
  useEffect(() => {
    let current = true;
    void loadOnce().then((result) => {
      if (!current) return;
      if (result.ok) setPreview(result.value);
      else setError(result.error.code);
    });
    return () => {
      current = false;
    };
  }, [loadOnce]);

  async function onSave() {
    setSaving(true);
    setSaveError(null);
    setSaved(null);
    const result = await save();
    setSaving(false);
    if (!result.ok) {
      setSaveError(result.error.code);
      return;
    }
    if (result.value.saved) setSaved(result.value.fileName ?? preview?.fileName ?? '');
  }

  return (
    <Dialog
      testId="report-export-dialog"
      title={t(format === 'pdf' ? 'reports.export.titlePdf' : 'reports.export.titleCsv')}
      onClose={onClose}
      actions={
        <Button variant="secondary" onClick={onClose}>
          {t('reports.export.close')}
        </Button>
      }
    >
      <div className="invoice-export stack-sm">
        <p>{t('reports.export.intro')}</p>
        {error ? (
          <Alert tone="error" testId="error-alert">
            {errors.code(error)}
          </Alert>
        ) : !preview ? (
          <p className="muted" role="status">
            {t('reports.export.loading')}
          </p>
        ) : (
          <div className="export-preview stack-sm" data-testid="export-preview">
            <div className="export-save">
              <p className="export-file-name">
                <Icon name="receipt" />
                <span data-testid="export-file-name">
                  {t('reports.export.fileName', { name: preview.fileName })}
                </span>
              </p>
              <Button
                busy={saving}
                busyLabel={t('reports.export.saving')}
                onClick={() => void onSave()}
                data-autofocus
              >
                {t('reports.export.save')}
              </Button>
            </div>
            {saveError ? (
              <Alert tone="error" testId="error-alert">
                {errors.code(saveError)}
              </Alert>
            ) : null}
            {saved ? (
              <Alert tone="success" testId="export-saved">
                {t('reports.export.saved', { name: saved })}
              </Alert>
            ) : null}
            {format === 'pdf' ? (
              <>
                <p>{t('reports.export.pdfNote')}</p>
                <details className="export-details" data-testid="export-pdf-text">
                  <summary>{t('reports.export.pdfText')}</summary>
                  <pre
                    className="export-text"
                    tabIndex={0}
                    aria-label={t('reports.export.pdfText')}
                  >
                    {preview.text}
                  </pre>
                </details>
              </>
            ) : (
              <pre
                className="export-text"
                tabIndex={0}
                role="region"
                aria-label={t('reports.export.content')}
                data-testid="export-text"
              >
                {preview.text}
              </pre>
            )}
          </div>
        )}
      </div>
    </Dialog>
  );
}
