import { useState, type ReactNode } from 'react';
import type { ErrorCode } from '../../../../shared/errors';
import type { ExportPreview as ExportPreviewValue } from '../../../../shared/schemas/invoice';
import type { Result } from '../../../../shared/result';
import { useT } from '../../i18n';
import { Alert, Button, Icon } from '../../ui';
import { useErrorText } from '../useErrorText';

export type SaveExport = () => Promise<Result<{ saved: boolean; fileName: string | null }>>;

/**
 * A file as it will leave the machine, before it is saved: the XML or CSV text itself,
 * read-only; for a PDF a word on what it is made from, the document on screen where there is
 * one, and, folded away, every text drawn into it. "Opslaan…" asks main to save exactly these
 * bytes (a save dialog in the desktop app); a cancelled dialog says nothing, a refusal says why.
 * The one preview of every export: invoices, the bookkeeping CSV and the annual reports.
 */
export function ExportPreview({
  preview,
  pdfNote,
  document,
  onSave,
  autoFocusSave = false,
}: {
  preview: ExportPreviewValue;
  /** For a PDF: what it is made from, in a sentence. */
  pdfNote: string;
  /** For a PDF: the document it is made from, drawn on screen. */
  document?: ReactNode;
  onSave: SaveExport;
  /** In a dialog that opens on this preview, focus starts on "Opslaan…". */
  autoFocusSave?: boolean;
}) {
  const t = useT();
  const errors = useErrorText();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);

  async function save() {
    setSaving(true);
    setError(null);
    setSaved(null);
    const result = await onSave();
    setSaving(false);
    if (!result.ok) {
      setError(result.error.code);
      return;
    }
    if (result.value.saved) setSaved(result.value.fileName ?? preview.fileName);
  }

  const pdf = preview.mediaType === 'application/pdf';
  return (
    <div className="export-preview stack-sm" data-testid="export-preview">
      <div className="export-save">
        <p className="export-file-name">
          <Icon name="receipt" />
          <span data-testid="export-file-name">
            {t('export.fileName', { name: preview.fileName })}
          </span>
        </p>
        <Button
          busy={saving}
          busyLabel={t('export.saving')}
          onClick={() => void save()}
          data-autofocus={autoFocusSave || undefined}
        >
          {t('export.save')}
        </Button>
      </div>
      {error ? (
        <Alert tone="error" testId="error-alert">
          {errors.code(error)}
        </Alert>
      ) : null}
      {saved ? (
        <Alert tone="success" testId="export-saved">
          {t('export.saved', { name: saved })}
        </Alert>
      ) : null}
      {pdf ? (
        <>
          <p>{pdfNote}</p>
          {document ? <div className="export-document">{document}</div> : null}
          <details className="export-details" data-testid="export-pdf-text">
            <summary>{t('export.pdfText')}</summary>
            <pre className="export-text" tabIndex={0} aria-label={t('export.pdfText')}>
              {preview.text}
            </pre>
          </details>
        </>
      ) : (
        <pre
          className="export-text"
          tabIndex={0}
          role="region"
          aria-label={t('export.content')}
          data-testid="export-text"
        >
          {preview.text}
        </pre>
      )}
    </div>
  );
}
