import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import type { MessageKey } from '../i18n/nl';
import { loadRecoveryCodeState, lockCaseFile, showLocked } from '../lib/session';
import { useIdleLock } from '../lib/useIdleLock';
import { callVp } from '../lib/vp';
import { useNavigationStore, type Route } from '../stores/navigationStore';
import { useCaseFileStore } from '../stores/caseFileStore';
import { Brand } from '../components/Brand';
import { ToastRegion } from '../components/ToastRegion';
import { CommandPalette } from '../components/CommandPalette';
import { useAppCommands } from '../components/useAppCommands';
import { openSection } from '../lib/commands';
import { ariaShortcut, shortcutLabel } from '../lib/shortcuts';
import { FirstRunTour } from '../components/tour/FirstRunTour';
import { Button, Icon, type IconName } from '../ui';
import { AgendaScreen } from './AgendaScreen';
import { CasesScreen } from './CasesScreen';
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
  const [locking, setLocking] = useState(false);
  const demo = useCaseFileStore((s) => s.status?.demo === true);

  const [paletteOpen, setPaletteOpen] = useState(false);

  function lock() {
    setLocking(true);
    void lockCaseFile();
  }

  // The shortcuts (Ctrl+K palette, Ctrl+N new case, Ctrl+L lock…) and the menu's commands.
  useAppCommands(() => setPaletteOpen(true));

  // Locks after the idle-lock setting without input (drafts saved first).
  useIdleLock();

  // After every unlock (the shell mounts then): was the current recovery code ever confirmed?
  useEffect(() => {
    void loadRecoveryCodeState();
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

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <aside className="sidebar">
        <Brand />
        <div className="sidebar-palette">
          <Button
            variant="secondary"
            block
            data-testid="palette-button"
            aria-keyshortcuts={ariaShortcut('openPalette')}
            onClick={() => setPaletteOpen(true)}
          >
            <Icon name="search" />
            {t('palette.open')}
          </Button>
          <p className="sidebar-shortcut" aria-hidden="true">
            {t('lock.shortcut')} <kbd>{shortcutLabel('openPalette')}</kbd>
          </p>
        </div>
        <nav className="nav" aria-label={t('nav.label')}>
          <ul>
            {navItems.map((item) => (
              <li key={item.route}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={route === item.route ? 'page' : undefined}
                  onClick={() => openSection(item.route)}
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
            aria-keyshortcuts={ariaShortcut('lock')}
            onClick={lock}
          >
            <Icon name="lock" />
            {t('lock.button')}
          </Button>
          <p className="sidebar-shortcut" aria-hidden="true">
            {t('lock.shortcut')} <kbd>{shortcutLabel('lock')}</kbd>
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
      {paletteOpen ? <CommandPalette onClose={() => setPaletteOpen(false)} /> : null}
      <FirstRunTour />
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
