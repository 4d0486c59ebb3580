import { useEffect, useState } from 'react';
import { exportFormats, type InvoiceSummary } from '../../../../shared/schemas/invoice';
import type { InvoiceDocument } from '../../../../shared/schemas/invoice-document';
import { useT } from '../../i18n';
import { callVp } from '../../lib/vp';
import { RadioGroup } from '../../ui';
import { ExportPreviewDialog } from '../export/ExportPreviewDialog';
import { InvoiceDocumentView } from './InvoiceDocumentView';

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
  const [format, setFormat] = useState<Format>('pdf');
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

  return (
    <ExportPreviewDialog
      testId="export-dialog"
      title={t('invoices.export.title', { number: invoice.number })}
      onClose={onClose}
      choices={
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
      }
      loadKey={`${invoice.id}:${format}`}
      load={() => callVp('previewInvoiceExport', { invoiceId: invoice.id, format })}
      save={() => callVp('saveInvoiceExport', { invoiceId: invoice.id, format })}
      pdfNote={t('invoices.export.pdfNote')}
      document={document ? <InvoiceDocumentView document={document} /> : null}
    />
  );
}
