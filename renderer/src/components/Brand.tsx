import { useT } from '../i18n';
import { Icon } from '../ui';

export function Brand({ showTagline = false }: { showTagline?: boolean }) {
  const t = useT();
  return (
    <div className="brand">
      <span className="brand-mark">
        <Icon name="shield" />
      </span>
      <span className="brand-text">
        <span className="brand-name">{t('app.name')}</span>
        {showTagline ? <span className="brand-tagline">{t('app.tagline')}</span> : null}
      </span>
    </div>
  );
}
