import { useState } from 'react';
import type { ErrorCode } from '../../../../shared/errors';
import type { ExportPreview } from '../../../../shared/schemas/invoice';
import type { InvoiceDocument } from '../../../../shared/schemas/invoice-document';
import type { Result } from '../../../../shared/result';
import { useT } from '../../i18n';
import { Alert, Button, Icon } from '../../ui';
import { useErrorText } from '../useErrorText';
import { InvoiceDocumentView } from './InvoiceDocumentView';

/**
 * An export as it will leave the machine, before it is saved: the XML or CSV text itself,
 * read-only; for a PDF the document it is made from and, folded away, every text drawn into
 * it. "Opslaan…" asks main to save exactly these bytes (a save dialog in the desktop app); a
 * cancelled dialog says nothing.
 */
export function ExportPreviewView({
  preview,
  document,
  onSave,
}: {
  preview: ExportPreview;
  /** For a PDF: the invoice it is made from. */
  document: InvoiceDocument | null;
  onSave: () => Promise<Result<{ saved: boolean; fileName: string | null }>>;
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
            {t('invoices.export.fileName', { name: preview.fileName })}
          </span>
        </p>
        <Button busy={saving} busyLabel={t('invoices.export.saving')} onClick={() => void save()}>
          {t('invoices.export.save')}
        </Button>
      </div>
      {error ? (
        <Alert tone="error" testId="error-alert">
          {errors.code(error)}
        </Alert>
      ) : null}
      {saved ? (
        <Alert tone="success" testId="export-saved">
          {t('invoices.export.saved', { name: saved })}
        </Alert>
      ) : null}
      {pdf ? (
        <>
          <p>{t('invoices.export.pdfNote')}</p>
          {document ? (
            <div className="export-document">
              <InvoiceDocumentView document={document} />
            </div>
          ) : null}
          <details className="export-details" data-testid="export-pdf-text">
            <summary>{t('invoices.export.pdfText')}</summary>
            <pre className="export-text" tabIndex={0} aria-label={t('invoices.export.pdfText')}>
              {preview.text}
            </pre>
          </details>
        </>
      ) : (
        <pre
          className="export-text"
          tabIndex={0}
          role="region"
          aria-label={t('invoices.export.content')}
          data-testid="export-text"
        >
          {preview.text}
        </pre>
      )}
    </div>
  );
}
