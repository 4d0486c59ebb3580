import { useEffect, useState } from 'react';
import type { ErrorCode } from '../../../../shared/errors';
import {
  exportFormats,
  type ExportPreview,
  type InvoiceSummary,
} from '../../../../shared/schemas/invoice';
import type { InvoiceDocument } from '../../../../shared/schemas/invoice-document';
import { useT } from '../../i18n';
import { callVp } from '../../lib/vp';
import { Alert, Button, Dialog, RadioGroup } from '../../ui';
import { useErrorText } from '../useErrorText';
import { ExportPreviewView } from './ExportPreviewView';

type Format = (typeof exportFormats)[number];

/**
 * Exporting one invoice or credit note: choose the kind of file, see exactly what it holds
 * (made by main, through the leak guard), then save it.
 */
export function ExportDialog({
  invoice,
  onClose,
}: {
  invoice: Pick<InvoiceSummary, 'id' | 'number'>;
  onClose: () => void;
}) {
  const t = useT();
  const errors = useErrorText();
  const [format, setFormat] = useState<Format>('pdf');
  const [preview, setPreview] = useState<{ format: Format; value: ExportPreview } | null>(null);
  const [error, setError] = useState<{ format: Format; code: ErrorCode } | null>(null);
  const [document, setDocument] = useState<InvoiceDocument | null>(null);

  useEffect(() => {
    let current = true;
    void callVp('getInvoiceDocument', { id: invoice.id }).then((result) => {
      if (current && result.ok) setDocument(result.value);
    });
    return () => {
      current = false;
    };
  }, [invoice.id]);

  useEffect(() => {
    let current = true;
    void callVp('previewInvoiceExport', { invoiceId: invoice.id, format }).then((result) => {
      if (!current) return;
      if (result.ok) setPreview({ format, value: result.value });
      else setError({ format, code: result.error.code });
    });
    return () => {
      current = false;
    };
  }, [invoice.id, format]);

  const shown = preview?.format === format ? preview.value : null;
  const failed = error?.format === format && !shown ? error.code : null;

  return (
    <Dialog
      testId="export-dialog"
      title={t('invoices.export.title', { number: invoice.number })}
      onClose={onClose}
      actions={
        <Button variant="secondary" onClick={onClose}>
          {t('invoices.export.close')}
        </Button>
      }
    >
      <div className="invoice-export">
        <p>{t('invoices.export.intro')}</p>
        <RadioGroup<Format>
          legend={t('invoices.export.format')}
          name={`export-format-${invoice.id}`}
          value={format}
          onChange={setFormat}
          options={exportFormats.map((f) => ({
            value: f,
            label: t(`invoices.export.format.${f}`),
          }))}
        />
        {shown ? (
          <ExportPreviewView
            key={format}
            preview={shown}
            document={format === 'pdf' ? document : null}
            onSave={() => callVp('saveInvoiceExport', { invoiceId: invoice.id, format })}
          />
        ) : failed ? (
          <Alert tone="error" testId="error-alert">
            {errors.code(failed)}
          </Alert>
        ) : (
          <p className="muted" role="status">
            {t('invoices.export.loading')}
          </p>
        )}
      </div>
    </Dialog>
  );
}
