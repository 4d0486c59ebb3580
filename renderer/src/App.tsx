import { useEffect, useState } from 'react';
import { AuthLayout } from './components/AuthLayout';
import { useErrorText } from './components/useErrorText';
import { useLocale, useT } from './i18n';
import { loadStatus } from './lib/session';
import { useCaseFileStore } from './stores/caseFileStore';
import { Alert, Button, Card } from './ui';
import { AppShell } from './screens/AppShell';
import { FirstRunScreen } from './screens/FirstRunScreen';
import { RecoveryCodeScreen } from './screens/RecoveryCodeScreen';
import { UnlockScreen } from './screens/UnlockScreen';

/** Routes on the case file's state: none → first run, locked → unlock, unlocked → the app. */
export function App() {
  const status = useCaseFileStore((s) => s.status);
  const startupError = useCaseFileStore((s) => s.startupError);
  const pendingRecoveryCode = useCaseFileStore((s) => s.pendingRecoveryCode);
  const locale = useLocale();

  // The recovery code typed to unlock, kept only here (component state, not a store) so the
  // counsellor can choose a new passphrase without typing it again. Dropped as soon as the
  // session is no longer one opened with the recovery code (after a change, or a lock).
  const [recoverySecret, setRecoverySecret] = useState<string | null>(null);
  const recoveryMode = status?.state === 'unlocked' && status.unlockedWith === 'recoveryCode';
  if (recoverySecret !== null && !recoveryMode) setRecoverySecret(null);

  useEffect(() => {
    void loadStatus();
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  if (status === null) {
    return startupError ? <StartupError /> : <Starting />;
  }
  if (pendingRecoveryCode !== null) {
    return <RecoveryCodeScreen code={pendingRecoveryCode} />;
  }
  switch (status.state) {
    case 'none':
      return <FirstRunScreen />;
    case 'locked':
      return <UnlockScreen onRecoveryUnlock={setRecoverySecret} />;
    case 'unlocked':
      return (
        <AppShell
          recoveryMode={recoveryMode}
          recoverySecret={recoveryMode ? recoverySecret : null}
        />
      );
  }
}

function Starting() {
  const t = useT();
  return (
    <AuthLayout testId="screen-starting">
      <p className="starting">{t('app.loading')}</p>
    </AuthLayout>
  );
}

function StartupError() {
  const t = useT();
  const errors = useErrorText();
  const code = useCaseFileStore((s) => s.startupError);
  return (
    <AuthLayout testId="screen-startup-error">
      <Card title={t('app.startupFailed')} level={1}>
        <div className="stack">
          {code ? (
            <Alert tone="error" testId="error-alert">
              {errors.code(code)}
            </Alert>
          ) : null}
          <div className="btn-row">
            <Button onClick={() => void loadStatus()}>{t('app.retry')}</Button>
          </div>
        </div>
      </Card>
    </AuthLayout>
  );
}
