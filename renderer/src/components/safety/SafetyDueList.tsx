import { useLocale, useT } from '../../i18n';
import { formatDateTime } from '../../lib/datetime';
import { countKey } from '../../lib/safety';
import { useNavigationStore } from '../../stores/navigationStore';
import { Icon } from '../../ui';
import type { SafetyAttention } from './useSafetyAttention';

/**
 * Home's reminders about the case file itself: a backup is due, closed cases are past their
 * retention term. Each is one click from the card in Settings where it is handled.
 */
export function SafetyDueList({ attention }: { attention: SafetyAttention }) {
  const t = useT();
  const locale = useLocale();
  const navigate = useNavigationStore((s) => s.navigate);
  const { backup, pastRetention } = attention;
  return (
    <section aria-labelledby="due-safety" data-testid="due-safety">
      <h3 id="due-safety" className="due-heading">
        <Icon name="shield" className="due-heading-icon" />
        {t('safety.home.title')}
      </h3>
      <ul className="due-list">
        {backup ? (
          <li className="due-item" data-testid="due-backup">
            <button
              type="button"
              className="due-link"
              onClick={() => navigate('settings', 'backups')}
            >
              <span className="due-what">
                {backup.reminder === 'never' || backup.lastBackupAt === null
                  ? t('safety.home.backupNever')
                  : t('safety.home.backupOld', {
                      when: formatDateTime(locale, backup.lastBackupAt),
                    })}
              </span>
              <span className="due-when">{t('safety.home.backupAction')}</span>
            </button>
          </li>
        ) : null}
        {pastRetention > 0 ? (
          <li className="due-item" data-testid="due-retention">
            <button
              type="button"
              className="due-link"
              onClick={() => navigate('settings', 'retention')}
            >
              <span className="due-what">
                {t(countKey('safety.home.retention', pastRetention), { count: pastRetention })}
              </span>
              <span className="due-when">{t('safety.home.retentionAction')}</span>
            </button>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
