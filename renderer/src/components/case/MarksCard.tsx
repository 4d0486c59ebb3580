import { useId, useState } from 'react';
import type { ErrorCode } from '../../../../shared/errors';
import type { CaseDetail } from '../../../../shared/schemas/case';
import { useT } from '../../i18n';
import { callVp } from '../../lib/vp';
import { useCasesStore } from '../../stores/casesStore';
import { useToastStore } from '../../stores/toastStore';
import { Alert, Card } from '../../ui';
import { useErrorText } from '../useErrorText';

/** Marking a case as a test or a duplicate: it stays, but is left out of every count. */
export function MarksCard({ kase }: { kase: CaseDetail }) {
  const t = useT();
  const errors = useErrorText();
  const introId = useId();
  const [error, setError] = useState<ErrorCode | null>(null);

  async function mark(marks: { isTest: boolean; isDuplicate: boolean }) {
    setError(null);
    const result = await callVp('markCase', { id: kase.id, ...marks });
    if (!result.ok) {
      setError(result.error.code);
      return;
    }
    useCasesStore.getState().setCurrent(result.value);
    useToastStore.getState().show('marks.saved');
  }

  return (
    <Card
      title={t('marks.title')}
      headingId="case-marks"
      intro={<span id={introId}>{t('marks.intro')}</span>}
      data-testid="marks-card"
    >
      <div className="stack-sm">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={kase.isTest}
            aria-describedby={introId}
            onChange={(event) =>
              void mark({ isTest: event.target.checked, isDuplicate: kase.isDuplicate })
            }
          />
          <span>{t('marks.test')}</span>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={kase.isDuplicate}
            aria-describedby={introId}
            onChange={(event) =>
              void mark({ isTest: kase.isTest, isDuplicate: event.target.checked })
            }
          />
          <span>{t('marks.duplicate')}</span>
        </label>
        {error ? (
          <Alert tone="error" testId="error-alert">
            {errors.code(error)}
          </Alert>
        ) : null}
      </div>
    </Card>
  );
}
