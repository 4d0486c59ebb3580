import { useState, type ReactNode } from 'react';
import { ChangePassphraseForm } from '../components/ChangePassphraseForm';
import { LanguageChoice } from '../components/LanguageToggle';
import { PracticeLogoCard } from '../components/practice/PracticeLogoCard';
import { PracticeSettingsCard } from '../components/practice/PracticeSettingsCard';
import { RecoveryCodeSettings } from '../components/RecoveryCodeSettings';
import { HandoverCard } from '../components/handover/HandoverCard';
import { KeepingSafeCards } from '../components/safety/KeepingSafeCards';
import { RestartTourButton } from '../components/tour/RestartTourButton';
import { useT } from '../i18n';
import { useCaseFileStore } from '../stores/caseFileStore';
import { useNavigationStore } from '../stores/navigationStore';
import { Alert, Card } from '../ui';
import { Screen } from './Screen';

export function SettingsScreen({
  recoveryMode,
  recoverySecret,
}: {
  recoveryMode: boolean;
  recoverySecret: string | null;
}) {
  const t = useT();
  // Read once on arrival: Home's reminders lead straight to their section.
  const [arrivedFor] = useState(() => useNavigationStore.getState().target);
  const toRecoveryCode = arrivedFor === 'recoveryCode';
  // The demo practice opens with a fixed passphrase: changing it (or its recovery code) would
  // only lock the counsellor out of the demo, so those sections are left out there; so are
  // backups and restores, which are about the counsellor's own case file.
  const demo = useCaseFileStore((s) => s.status?.demo === true);
  const passphraseCard = (
    <Card
      key="passphrase"
      title={t('settings.passphraseTitle')}
      headingId="settings-passphrase"
      intro={t('settings.passphraseIntro')}
    >
      <ChangePassphraseForm recoveryMode={recoveryMode} recoverySecret={recoverySecret} />
    </Card>
  );
  const languageCard = (
    <Card
      key="language"
      title={t('settings.languageTitle')}
      headingId="settings-language"
      intro={t('settings.languageIntro')}
    >
      <LanguageChoice />
    </Card>
  );
  const tourCard = (
    <Card
      key="tour"
      title={t('tour.label')}
      headingId="settings-tour"
      intro={t('tour.restartIntro')}
    >
      <RestartTourButton />
    </Card>
  );
  // The practice's details and logo: on every invoice; shown in the demo too (filled in there).
  const practiceCards = [<PracticeSettingsCard key="practice" />, <PracticeLogoCard key="logo" />];
  const practiceGroup = (
    <SettingsGroup key="practice" id="settings-group-practice" title={t('safety.group.practice')}>
      {languageCard}
      {tourCard}
      {practiceCards}
    </SettingsGroup>
  );
  const securityGroup = (
    <SettingsGroup key="security" id="settings-group-security" title={t('safety.group.security')}>
      {passphraseCard}
      <RecoveryCodeSettings recoveryMode={recoveryMode} focusOnArrival={toRecoveryCode} />
    </SettingsGroup>
  );
  const keepingGroup = (
    <SettingsGroup key="keeping" id="settings-group-keeping" title={t('safety.group.keeping')}>
      <KeepingSafeCards arrivedFor={arrivedFor} />
      <HandoverCard />
    </SettingsGroup>
  );
  return (
    <Screen testId="screen-settings" titleKey="settings.title" focusHeading={arrivedFor === null}>
      {recoveryMode ? <Alert tone="warning">{t('settings.recoveryNotice')}</Alert> : null}
      {demo ? (
        <div className="stack">
          {languageCard}
          {practiceCards}
          <Alert tone="info" testId="demo-settings-notice">
            {t('demo.settingsNotice')}
          </Alert>
        </div>
      ) : (
        <div>
          {/* Opened with the recovery code, a new passphrase comes first. */}
          {recoveryMode
            ? [securityGroup, practiceGroup, keepingGroup]
            : [practiceGroup, securityGroup, keepingGroup]}
        </div>
      )}
    </Screen>
  );
}

/**
 * A group of cards under a short label. No tabs: everything stays on the one page, findable by
 * scrolling and by the browser's search. The label names a region; the cards keep their own
 * headings.
 */
function SettingsGroup({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section className="settings-group" aria-labelledby={id}>
      <p id={id} className="settings-group-title">
        {title}
      </p>
      {children}
    </section>
  );
}
