import type { ExportPreview } from '../../../../shared/schemas/invoice';
import type { Result } from '../../../../shared/result';
import { useT } from '../../i18n';
import { ExportPreviewDialog } from '../export/ExportPreviewDialog';
import type { SaveExport } from '../export/ExportPreview';

export type ReportFormat = 'pdf' | 'csv';

/** Exporting a report (annual report or practice overview) as PDF or CSV, seen before saved. */
export function ReportExportDialog({
  format,
  load,
  save,
  onClose,
}: {
  format: ReportFormat;
  load: () => Promise<Result<ExportPreview>>;
  save: SaveExport;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <ExportPreviewDialog
      testId="report-export-dialog"
      title={t(format === 'pdf' ? 'reports.export.titlePdf' : 'reports.export.titleCsv')}
      loadKey={format}
      load={load}
      save={save}
      pdfNote={t('reports.export.pdfNote')}
      onClose={onClose}
    />
  );
}
