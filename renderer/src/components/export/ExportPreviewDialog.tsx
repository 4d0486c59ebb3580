import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { ErrorCode } from '../../../../shared/errors';
import type { ExportPreview as ExportPreviewValue } from '../../../../shared/schemas/invoice';
import type { Result } from '../../../../shared/result';
import { useT } from '../../i18n';
import { Alert, Button, Dialog } from '../../ui';
import { useErrorText } from '../useErrorText';
import { ExportPreview, type SaveExport } from './ExportPreview';

type Loaded = { key: string; preview: ExportPreviewValue } | { key: string; error: ErrorCode };

/**
 * Exporting from a dialog: main makes the file (through the leak guard), the dialog shows
 * exactly what it holds, then "Opslaan…" saves those bytes. A blocked export shows why and
 * nothing can be saved. `choices` (the kind of file, say) sit above the preview; `loadKey`
 * names what is asked, and a new key reads the file anew, never showing the old one for it.
 */
export function ExportPreviewDialog({
  title,
  testId,
  choices,
  loadKey,
  load,
  save,
  pdfNote,
  document,
  onClose,
}: {
  title: string;
  testId: string;
  choices?: ReactNode;
  loadKey: string;
  load: () => Promise<Result<ExportPreviewValue>>;
  save: SaveExport;
  pdfNote: string;
  document?: ReactNode;
  onClose: () => void;
}) {
  const t = useT();
  const errors = useErrorText();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // The latest `load` for the key asked: callers pass a new function each render.
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    let current = true;
    void loadRef.current().then((result) => {
      if (!current) return;
      setLoaded(
        result.ok
          ? { key: loadKey, preview: result.value }
          : { key: loadKey, error: result.error.code },
      );
    });
    return () => {
      current = false;
    };
  }, [loadKey]);

  const shown = loaded?.key === loadKey ? loaded : null;

  return (
    <Dialog
      testId={testId}
      title={title}
      onClose={onClose}
      actions={
        <Button variant="secondary" onClick={onClose}>
          {t('export.close')}
        </Button>
      }
    >
      <div className="invoice-export stack-sm">
        <p>{t('export.intro')}</p>
        {choices}
        {shown && 'preview' in shown ? (
          <ExportPreview
            key={loadKey}
            preview={shown.preview}
            pdfNote={pdfNote}
            document={document}
            onSave={save}
            autoFocusSave={!choices}
          />
        ) : shown ? (
          <Alert tone="error" testId="error-alert">
            {errors.code(shown.error)}
          </Alert>
        ) : (
          <p className="muted" role="status">
            {t('export.loading')}
          </p>
        )}
      </div>
    </Dialog>
  );
}
