import { useT } from '../../i18n';
import { Alert } from '../../ui';

/** A short, calm word on how the figures are protected: what the employer will and won't see. */
export function ProtectionNote({
  threshold,
  kind,
}: {
  threshold: number;
  kind: 'annual' | 'overview';
}) {
  const t = useT();
  return (
    <Alert tone="info" title={t('reports.protect.title')} testId="report-protection-note">
      {kind === 'annual' ? (
        <>
          <p>{t('reports.protect.sees')}</p>
          <p>{t('reports.protect.notSees', { threshold })}</p>
        </>
      ) : (
        <p>{t('reports.overview.protect')}</p>
      )}
      <p>{t('reports.protect.threshold', { threshold })}</p>
    </Alert>
  );
}
