import { useState } from 'react';
import { ChangePassphraseForm } from '../components/ChangePassphraseForm';
import { LanguageChoice } from '../components/LanguageToggle';
import { PracticeLogoCard } from '../components/practice/PracticeLogoCard';
import { PracticeSettingsCard } from '../components/practice/PracticeSettingsCard';
import { RecoveryCodeSettings } from '../components/RecoveryCodeSettings';
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
  // Read once on arrival: Home's "Nieuwe herstelcode maken" leads straight to that section.
  const [toRecoveryCode] = useState(() => useNavigationStore.getState().target === 'recoveryCode');
  // The demo practice opens with a fixed passphrase: changing it (or its recovery code) would
  // only lock the counsellor out of the demo, so those sections are left out there.
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
  // The practice's details and logo: on every invoice; shown in the demo too (filled in there).
  const practiceCards = [<PracticeSettingsCard key="practice" />, <PracticeLogoCard key="logo" />];
  return (
    <Screen testId="screen-settings" titleKey="settings.title" focusHeading={!toRecoveryCode}>
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
          {recoveryMode
            ? [passphraseCard, languageCard]
            : [languageCard, ...practiceCards, passphraseCard]}
          <RecoveryCodeSettings recoveryMode={recoveryMode} focusOnArrival={toRecoveryCode} />
          {recoveryMode ? practiceCards : null}
        </div>
      )}
    </Screen>
  );
}
