import { AuthLayout } from '../components/AuthLayout';
import { RecoveryCodeStep } from '../components/RecoveryCodeStep';
import { useScreenFocus } from '../components/useScreenFocus';
import { useT } from '../i18n';
import { useCaseFileStore } from '../stores/caseFileStore';
import { useNavigationStore } from '../stores/navigationStore';

/** Right after first run: the new case file's recovery code, shown once and confirmed. */
export function RecoveryCodeScreen({ code }: { code: string }) {
  const t = useT();
  // The window title; the step moves focus to its own heading.
  useScreenFocus('recovery.title', false);

  function finish() {
    useNavigationStore.getState().navigate('home');
    // The code is dropped from memory here; it is never shown again.
    useCaseFileStore.getState().setPendingRecoveryCode(null);
  }

  return (
    <AuthLayout testId="screen-recovery" wide>
      <RecoveryCodeStep
        code={code}
        title={t('recovery.title')}
        intro={t('recovery.intro')}
        level={1}
        onConfirmed={finish}
      />
    </AuthLayout>
  );
}
