import { ChangePassphraseForm } from '../components/ChangePassphraseForm';
import { LanguageChoice } from '../components/LanguageToggle';
import { useT } from '../i18n';
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
  return (
    <Screen testId="screen-settings" titleKey="settings.title">
      {recoveryMode ? <Alert tone="warning">{t('settings.recoveryNotice')}</Alert> : null}
      <div>{recoveryMode ? [passphraseCard, languageCard] : [languageCard, passphraseCard]}</div>
    </Screen>
  );
}
