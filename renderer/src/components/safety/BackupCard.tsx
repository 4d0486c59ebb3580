import { useEffect, useState } from 'react';
import type { ErrorCode } from '../../../../shared/errors';
import type { BackupState } from '../../../../shared/schemas/safety';
import { useLocale, useT } from '../../i18n';
import { formatDateTime } from '../../lib/datetime';
import { callVp } from '../../lib/vp';
import { Alert, Button, Card, Icon } from '../../ui';
import { useErrorText } from '../useErrorText';
import { RestoreBackupButton } from './RestoreBackupButton';
import { useArrivalFocus } from './useArrivalFocus';

type Outcome = { kind: 'made'; folderName: string } | { kind: 'cancelled' } | null;

/**
 * Settings › Back-ups: when the last backup was made, "Nu een back-up maken" (main opens the
 * folder dialog; only the name of the folder made comes back), and "Back-up terugzetten".
 */
export function BackupCard({
  round,
  focusOnArrival,
  onBackedUp,
}: {
  /** Changes when the terms were saved: the reminder may have changed. */
  round: number;
  focusOnArrival: boolean;
  onBackedUp: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const errors = useErrorText();
  const headingRef = useArrivalFocus(focusOnArrival);
  const [state, setState] = useState<BackupState | null>(null);
  const [loadError, setLoadError] = useState<ErrorCode | null>(null);
  const [reload, setReload] = useState(0);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [backupError, setBackupError] = useState<ErrorCode | null>(null);

  useEffect(() => {
    let current = true;
    void callVp('getBackupState', {}).then((result) => {
      if (!current) return;
      if (result.ok) {
        setState(result.value);
        setLoadError(null);
      } else setLoadError(result.error.code);
    });
    return () => {
      current = false;
    };
  }, [round, reload]);

  async function backUp() {
    setBusy(true);
    setOutcome(null);
    setBackupError(null);
    const result = await callVp('backUpNow', {});
    setBusy(false);
    if (!result.ok) {
      setBackupError(result.error.code);
      return;
    }
    if (!result.value.saved || result.value.folderName === null) {
      setOutcome({ kind: 'cancelled' });
      return;
    }
    setOutcome({ kind: 'made', folderName: result.value.folderName });
    setReload((n) => n + 1);
    onBackedUp();
  }

  let status;
  if (state === null) {
    status = loadError ? (
      <Alert
        tone="error"
        testId="error-alert"
        action={
          <Button variant="secondary" onClick={() => setReload((n) => n + 1)}>
            {t('safety.retry')}
          </Button>
        }
      >
        {errors.code(loadError)}
      </Alert>
    ) : (
      <p className="muted" role="status">
        {t('safety.loading')}
      </p>
    );
  } else {
    status = (
      <div className="stack" data-testid="backup-state">
        <p className={state.overdue ? 'safety-due' : undefined}>
          {state.overdue ? <Icon name="alert" className="overdue-icon" /> : null}
          {state.lastBackupAt === null
            ? t('safety.backup.never')
            : t('safety.backup.last', { when: formatDateTime(locale, state.lastBackupAt) })}
          {state.overdue && state.lastBackupAt !== null
            ? ` ${t('safety.backup.overdue', { days: state.reminderDays })}`
            : null}
        </p>
        <p className="muted">{t('safety.backup.reminder', { days: state.reminderDays })}</p>
      </div>
    );
  }

  return (
    <Card
      title={t('safety.backup.title')}
      headingId="settings-backups"
      headingRef={headingRef}
      intro={t('safety.backup.intro')}
      data-testid="backup-card"
    >
      <div className="stack">
        {status}
        <p className="field-hint">{t('safety.backup.chooseHint')}</p>
        {outcome?.kind === 'made' ? (
          <Alert tone="success" testId="backup-made">
            {t('safety.backup.made', { name: outcome.folderName })}
          </Alert>
        ) : outcome?.kind === 'cancelled' ? (
          <Alert tone="info" testId="backup-cancelled">
            {t('safety.backup.cancelled')}
          </Alert>
        ) : null}
        {backupError ? (
          <Alert tone="error" testId="error-alert">
            {errors.code(backupError)}
          </Alert>
        ) : null}
        <div className="btn-row">
          <Button busy={busy} busyLabel={t('safety.backup.busy')} onClick={() => void backUp()}>
            {t('safety.backup.make')}
          </Button>
          <RestoreBackupButton hasCaseFile />
        </div>
      </div>
    </Card>
  );
}
