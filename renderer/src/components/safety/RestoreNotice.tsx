import { useT } from '../../i18n';
import { useSafetyStore } from '../../stores/safetyStore';
import { Alert, Button } from '../../ui';

/** On Home right after a restore: which backup is open now, and where the previous file is. */
export function RestoreNotice() {
  const t = useT();
  const restored = useSafetyStore((s) => s.restored);
  const setRestored = useSafetyStore((s) => s.setRestored);
  if (!restored) return null;
  return (
    <Alert
      tone="success"
      title={t('safety.restore.doneTitle')}
      testId="restore-done"
      action={
        <Button variant="secondary" onClick={() => setRestored(null)}>
          {t('safety.restore.dismiss')}
        </Button>
      }
    >
      <p>{t('safety.restore.done', { name: restored.folderName })}</p>
      {restored.keptAs ? (
        <p data-testid="restore-kept">{t('safety.restore.keptAs', { name: restored.keptAs })}</p>
      ) : null}
    </Alert>
  );
}
