import { useEffect, useState } from 'react';
import type { ErrorCode } from '../../../../shared/errors';
import type { CaseSummary } from '../../../../shared/schemas/case';
import { useLocale, useT } from '../../i18n';
import { LIST_LIMIT } from '../../lib/cases';
import { runCommand } from '../../lib/commands';
import { openCasesByOrganisation, showOpenCasesOf } from '../../lib/openCases';
import { callVp } from '../../lib/vp';
import { Alert, Button, Card, Icon } from '../../ui';
import { useErrorText } from '../useErrorText';

/**
 * Home's "Open meldingen": how many cases are open per organisation (test cases and duplicates
 * left out, as in the list), each a click from that organisation's open cases.
 */
export function HomeOpenCasesCard() {
  const t = useT();
  const locale = useLocale();
  const errors = useErrorText();
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    void callVp('listCases', { status: 'open', limit: LIST_LIMIT }).then((result) => {
      if (!current) return;
      if (result.ok) setCases(result.value);
      else setError(result.error.code);
    });
    return () => {
      current = false;
    };
  }, [round]);

  const rows = cases ? openCasesByOrganisation(cases, locale) : [];
  const total = rows.reduce((sum, row) => sum + row.open, 0);

  return (
    <Card
      title={t('homeCases.title')}
      headingId="home-open-cases-title"
      data-testid="home-open-cases"
    >
      {cases === null ? (
        error ? (
          <Alert
            tone="error"
            testId="error-alert"
            action={
              <Button variant="secondary" onClick={() => setRound((n) => n + 1)}>
                {t('cases.retry')}
              </Button>
            }
          >
            {errors.code(error)}
          </Alert>
        ) : (
          <p className="muted" role="status">
            {t('homeCases.loading')}
          </p>
        )
      ) : rows.length === 0 ? (
        <div className="home-card-empty" data-testid="home-open-cases-empty">
          <Icon name="inbox" className="home-card-empty-icon" />
          <div>
            <p className="home-card-empty-title">{t('homeCases.emptyTitle')}</p>
            <p className="muted">{t('homeCases.emptyText')}</p>
            <div className="btn-row home-card-actions">
              <Button variant="secondary" onClick={() => runCommand('newCase')}>
                {t('homeCases.emptyAction')}
              </Button>
            </div>
          </div>
        </div>
      ) : (
        <>
          <p className="muted">{t('homeCases.total', { count: total })}</p>
          <ul className="home-open-cases" aria-labelledby="home-open-cases-title">
            {rows.map((row) => (
              <li key={row.organisationId}>
                <button
                  type="button"
                  className="home-open-cases-row"
                  onClick={() => showOpenCasesOf(row.organisationId)}
                >
                  <span className="home-open-cases-name">{row.organisationName}</span>
                  <span className="home-open-cases-count">
                    {t('homeCases.count', { count: row.open })}
                    {row.overdue > 0 ? (
                      <span className="home-open-cases-overdue">
                        <Icon name="alert" />
                        {t('homeCases.overdue', { count: row.overdue })}
                      </span>
                    ) : null}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
