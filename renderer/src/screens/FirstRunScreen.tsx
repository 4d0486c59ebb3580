import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { ErrorCode } from '../../../shared/errors';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/schemas/casefile';
import { AuthLayout } from '../components/AuthLayout';
import { DemoOffer } from '../components/DemoOffer';
import { RestoreBackupButton } from '../components/safety/RestoreBackupButton';
import { StrengthMeter } from '../components/StrengthMeter';
import { useErrorText } from '../components/useErrorText';
import { useScreenFocus } from '../components/useScreenFocus';
import { useT } from '../i18n';
import { firstRunFormSchema, parseOptions, type FirstRunForm } from '../lib/forms';
import { loadEstimator } from '../lib/loadEstimator';
import { loadStatus } from '../lib/session';
import { callVp } from '../lib/vp';
import { useCaseFileStore } from '../stores/caseFileStore';
import { useNavigationStore } from '../stores/navigationStore';
import { Alert, Button, Card, Icon, PasswordField } from '../ui';

/**
 * First run: explain, choose a passphrase, create the case file; or restore the backup of a
 * case file made on another laptop.
 */
export function FirstRunScreen() {
  const t = useT();
  const errors = useErrorText();
  const headingRef = useScreenFocus<HTMLHeadingElement>('firstRun.title', false);
  const [serverError, setServerError] = useState<ErrorCode | null>(null);
  // While the demo is being opened, the form waits (and the other way round).
  const [demoBusy, setDemoBusy] = useState(false);
  const {
    register,
    handleSubmit,
    control,
    setError,
    setFocus,
    reset,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<FirstRunForm>({
    resolver: zodResolver(firstRunFormSchema, parseOptions),
    defaultValues: { passphrase: '', confirm: '' },
  });
  const passphrase = useWatch({ control, name: 'passphrase' });

  useEffect(() => {
    void loadEstimator();
  }, []);

  const onSubmit = handleSubmit(async (values) => {
    if (demoBusy) return;
    setServerError(null);
    const estimate = await loadEstimator();
    if (!estimate(values.passphrase).acceptable) {
      setError('passphrase', { type: 'weak', message: 'validation.weak' }, { shouldFocus: true });
      return;
    }
    const result = await callVp('createCaseFile', { passphrase: values.passphrase });
    if (!result.ok) {
      setServerError(result.error.code);
      if (result.error.code === 'WEAK_PASSPHRASE') setFocus('passphrase');
      return;
    }
    reset({ passphrase: '', confirm: '' });
    useNavigationStore.getState().navigate('home');
    const store = useCaseFileStore.getState();
    store.setPendingRecoveryCode(result.value.recoveryCode);
    store.setStatus({ state: 'unlocked', unlockedWith: 'passphrase', demo: false });
  });

  return (
    <AuthLayout testId="screen-first-run">
      <Card>
        <div className="card-header">
          <h1 ref={headingRef} tabIndex={-1}>
            {t('firstRun.title')}
          </h1>
        </div>
        <ul className="assurances">
          <li>
            <Icon name="lock" className="assurance-icon" />
            <span>{t('firstRun.intro')}</span>
          </li>
          <li>
            <Icon name="info" className="assurance-icon" />
            <span>{t('firstRun.passphraseIntro')}</span>
          </li>
        </ul>
        <form className="form" noValidate onSubmit={onSubmit}>
          {serverError ? (
            <Alert
              tone="error"
              testId="error-alert"
              action={
                serverError === 'CASE_FILE_EXISTS' ? (
                  <Button variant="secondary" onClick={() => void loadStatus()}>
                    {t('firstRun.existsAction')}
                  </Button>
                ) : undefined
              }
            >
              {errors.code(serverError)}
            </Alert>
          ) : null}
          <PasswordField
            label={t('firstRun.passphrase')}
            hint={t('firstRun.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
            error={errors.field(fieldErrors.passphrase)}
            autoFocus
            readOnly={isSubmitting || demoBusy}
            below={<StrengthMeter passphrase={passphrase} />}
            {...register('passphrase')}
          />
          <PasswordField
            label={t('firstRun.confirm')}
            error={errors.field(fieldErrors.confirm)}
            readOnly={isSubmitting || demoBusy}
            {...register('confirm')}
          />
          <div className="btn-row">
            <Button type="submit" busy={isSubmitting} busyLabel={t('firstRun.busy')}>
              {t('firstRun.submit')}
            </Button>
          </div>
        </form>
      </Card>
      {/* A new laptop: the case file comes back from its backup, not as a new one. */}
      <Card
        title={t('safety.restore.firstRunTitle')}
        headingId="first-run-restore"
        intro={t('safety.restore.firstRunIntro')}
        data-testid="first-run-restore"
      >
        <div className="btn-row">
          <RestoreBackupButton hasCaseFile={false} />
        </div>
      </Card>
      <DemoOffer variant="card" blocked={isSubmitting} onBusyChange={setDemoBusy} />
    </AuthLayout>
  );
}
