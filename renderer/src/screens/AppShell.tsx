import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import type { MessageKey } from '../i18n/nl';
import { loadRecoveryCodeState, lockCaseFile, showLocked } from '../lib/session';
import { callVp } from '../lib/vp';
import { useNavigationStore, type Route } from '../stores/navigationStore';
import { useCaseFileStore } from '../stores/caseFileStore';
import { useCasesStore } from '../stores/casesStore';
import { useInvoicesStore } from '../stores/invoicesStore';
import { useOrganisationsStore } from '../stores/organisationsStore';
import { Brand } from '../components/Brand';
import { ToastRegion } from '../components/ToastRegion';
import { Button, Icon, type IconName } from '../ui';
import { AgendaScreen } from './AgendaScreen';
import { CasesScreen, useNewCaseShortcut } from './CasesScreen';
import { ComingSoonScreen, sectionIcons } from './ComingSoonScreen';
import { HomeScreen } from './HomeScreen';
import { HoursScreen } from './HoursScreen';
import { InvoicesScreen } from './InvoicesScreen';
import { OrganisationsScreen } from './OrganisationsScreen';
import { ReportsScreen } from './ReportsScreen';
import { SettingsScreen } from './SettingsScreen';

const navItems: { route: Route; label: MessageKey; icon: IconName }[] = [
  { route: 'home', label: 'nav.home', icon: 'home' },
  { route: 'cases', label: 'nav.cases', icon: sectionIcons.cases },
  { route: 'agenda', label: 'nav.agenda', icon: 'calendar' },
  { route: 'organisations', label: 'nav.organisations', icon: sectionIcons.organisations },
  { route: 'hours', label: 'nav.hours', icon: sectionIcons.hours },
  { route: 'invoices', label: 'nav.invoices', icon: sectionIcons.invoices },
  { route: 'reports', label: 'nav.reports', icon: sectionIcons.reports },
  { route: 'settings', label: 'nav.settings', icon: 'settings' },
];

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/** The unlocked app: sidebar with navigation and the lock button, and the current screen. */
export function AppShell({
  recoveryMode,
  recoverySecret,
}: {
  recoveryMode: boolean;
  recoverySecret: string | null;
}) {
  const t = useT();
  const route = useNavigationStore((s) => s.route);
  const navigate = useNavigationStore((s) => s.navigate);
  const [locking, setLocking] = useState(false);
  const demo = useCaseFileStore((s) => s.status?.demo === true);

  // A menu item opens its section at the start: Organisaties at the list, also from within it.
  function open(target: Route) {
    if (target === 'organisations') useOrganisationsStore.getState().show({ kind: 'list' });
    if (target === 'cases') useCasesStore.getState().show({ kind: 'list' });
    if (target === 'invoices') useInvoicesStore.getState().show({ kind: 'overview' });
    navigate(target);
  }

  function lock() {
    setLocking(true);
    void lockCaseFile();
  }

  // Ctrl+N (Cmd+N on a Mac) starts a new case (melding), from anywhere in the app.
  useNewCaseShortcut();

  // After every unlock (the shell mounts then): was the current recovery code ever confirmed?
  useEffect(() => {
    void loadRecoveryCodeState();
  }, []);

  // Ctrl+L (Cmd+L on a Mac) locks at once, from anywhere in the app.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        void lockCaseFile();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Main may lock on its own (idle time, sleep, screen lock): check when the window returns.
  useEffect(() => {
    async function check() {
      if (document.visibilityState !== 'visible') return;
      const result = await callVp('getCaseFileStatus', {});
      if (result.ok && result.value.state !== 'unlocked') showLocked(result.value);
    }
    const onVisible = () => void check();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onVisible);
    };
  }, []);

  const shortcut = isMac ? '⌘ L' : 'Ctrl L';

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <aside className="sidebar">
        <Brand />
        <nav className="nav" aria-label={t('nav.label')}>
          <ul>
            {navItems.map((item) => (
              <li key={item.route}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={route === item.route ? 'page' : undefined}
                  onClick={() => open(item.route)}
                >
                  <Icon name={item.icon} className="nav-icon" />
                  <span>{t(item.label)}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-footer">
          <Button
            variant="secondary"
            block
            data-testid="lock-button"
            busy={locking}
            busyLabel={t('lock.busy')}
            aria-keyshortcuts="Control+L Meta+L"
            onClick={lock}
          >
            <Icon name="lock" />
            {t('lock.button')}
          </Button>
          <p className="sidebar-shortcut" aria-hidden="true">
            {t('lock.shortcut')} <kbd>{shortcut}</kbd>
          </p>
        </div>
      </aside>
      <div className="shell-column">
        {demo ? <DemoBanner locking={locking} onClose={lock} /> : null}
        <main id="main" className="content" tabIndex={-1}>
          {route === 'home' ? (
            <HomeScreen recoveryMode={recoveryMode} />
          ) : route === 'settings' ? (
            <SettingsScreen recoveryMode={recoveryMode} recoverySecret={recoverySecret} />
          ) : route === 'organisations' ? (
            <OrganisationsScreen />
          ) : route === 'cases' ? (
            <CasesScreen />
          ) : route === 'agenda' ? (
            <AgendaScreen />
          ) : route === 'hours' ? (
            <HoursScreen />
          ) : route === 'invoices' ? (
            <InvoicesScreen />
          ) : route === 'reports' ? (
            <ReportsScreen />
          ) : (
            <ComingSoonScreen key={route} route={route} />
          )}
        </main>
      </div>
      <ToastRegion />
    </div>
  );
}

/**
 * Shown on every screen while the demo practice is open: in words, not colour alone, so the
 * fictitious data is never taken for the counsellor's own. Closing it locks, which returns to
 * the counsellor's own case file.
 */
function DemoBanner({ locking, onClose }: { locking: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <div className="demo-banner" role="status" data-testid="demo-banner">
      <Icon name="info" className="demo-banner-icon" />
      <p className="demo-banner-text">
        <strong>{t('demo.bannerTitle')}</strong> — {t('demo.bannerText')}
      </p>
      <Button variant="secondary" busy={locking} busyLabel={t('demo.closing')} onClick={onClose}>
        {t('demo.close')}
      </Button>
    </div>
  );
}
