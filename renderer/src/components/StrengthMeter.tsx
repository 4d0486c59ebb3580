import { Suspense, use, useDeferredValue, useMemo } from 'react';
import { useT } from '../i18n';
import { loadEstimator } from '../lib/loadEstimator';
import type { Assessment } from '../lib/strength';

const segmentsOn: Record<Assessment['level'], number> = {
  empty: 0,
  weak: 1,
  fair: 2,
  strong: 3,
  veryStrong: 4,
};

/**
 * How strong a new passphrase is: a bar of four segments and, always, the level in words
 * (colour is never the only signal), with zxcvbn's feedback in the chosen language.
 */
export function StrengthMeter({ passphrase }: { passphrase: string }) {
  return (
    <Suspense fallback={<MeterView assessment={null} />}>
      <LoadedMeter passphrase={passphrase} />
    </Suspense>
  );
}

function LoadedMeter({ passphrase }: { passphrase: string }) {
  const estimate = use(loadEstimator());
  const deferred = useDeferredValue(passphrase);
  const assessment = useMemo(() => estimate(deferred), [estimate, deferred]);
  return <MeterView assessment={assessment} />;
}

function MeterView({ assessment }: { assessment: Assessment | null }) {
  const t = useT();
  const level = assessment?.level ?? 'empty';
  const levelText =
    assessment === null
      ? t('strength.checking')
      : level === 'empty'
        ? t('strength.empty')
        : t('strength.value', { level: t(`strength.${level}`) });
  const feedback: string[] = [];
  if (assessment && level !== 'empty') {
    if (assessment.warning) feedback.push(t(assessment.warning));
    if (!assessment.acceptable) {
      for (const s of assessment.suggestions.slice(0, 2)) feedback.push(t(s));
      if (feedback.length === 0) feedback.push(t('strength.tip'));
    }
  }
  let verdict: string | null = null;
  if (assessment && level !== 'empty') {
    if (assessment.acceptable) verdict = t('strength.enough');
    else if (assessment.missing === 1) verdict = t('strength.needOneMore');
    else if (assessment.missing > 1)
      verdict = t('strength.needMore', { count: assessment.missing });
    else verdict = t('strength.notEnough');
  }
  return (
    <div className="strength" data-level={level} data-testid="strength-meter">
      <div
        className="strength-bar"
        role="meter"
        aria-label={t('strength.label')}
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={segmentsOn[level]}
        aria-valuetext={levelText}
      >
        {[0, 1, 2, 3].map((i) => (
          <span key={i} className="strength-segment" data-on={i < segmentsOn[level]} />
        ))}
      </div>
      <p className="strength-summary">
        <span className="strength-level" aria-live="polite">
          {levelText}
        </span>
        {verdict ? <span className="strength-verdict">{verdict}</span> : null}
      </p>
      {feedback.length > 0 ? (
        <ul className="strength-feedback">
          {feedback.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
