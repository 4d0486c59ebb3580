import { useState } from 'react';
import type { ErrorCode } from '../../../../shared/errors';
import type { RetentionCase } from '../../../../shared/schemas/safety';
import { useT } from '../../i18n';
import { countKey } from '../../lib/safety';
import { callVp } from '../../lib/vp';
import { Alert, Button, Dialog } from '../../ui';
import { useErrorText } from '../useErrorText';

/**
 * The confirmation before cases are destroyed: how many and which, that it cannot be undone,
 * and that older backups still hold them until those backups are deleted.
 */
export function DestroyDialog({
  cases,
  onDestroyed,
  onClose,
}: {
  cases: readonly RetentionCase[];
  onDestroyed: (result: { destroyed: number; caseNumbers: string[] }) => void;
  onClose: () => void;
}) {
  const t = useT();
  const errors = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const numbers = cases.map((c) => c.caseNumber).join(', ');

  async function destroy() {
    setBusy(true);
    setError(null);
    const result = await callVp('destroyCases', { ids: cases.map((c) => c.id), confirm: true });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.code);
      return;
    }
    onDestroyed(result.value);
  }

  const close = () => {
    if (!busy) onClose();
  };

  return (
    <Dialog
      title={t('safety.destroy.title')}
      onClose={close}
      testId="destroy-dialog"
      actions={
        <>
          <Button busy={busy} busyLabel={t('safety.destroy.busy')} onClick={() => void destroy()}>
            {t('safety.destroy.confirm')}
          </Button>
          <Button variant="secondary" onClick={close} disabled={busy} data-autofocus>
            {t('safety.destroy.cancel')}
          </Button>
        </>
      }
    >
      <div className="stack">
        <p data-testid="destroy-count">
          {t(countKey('safety.destroy.count', cases.length), { count: cases.length, numbers })}
        </p>
        <p>{t('safety.destroy.what')}</p>
        <Alert tone="warning">{t('safety.destroy.backups')}</Alert>
        {error ? (
          <Alert tone="error" testId="error-alert">
            {errors.code(error)}
          </Alert>
        ) : null}
      </div>
    </Dialog>
  );
}
