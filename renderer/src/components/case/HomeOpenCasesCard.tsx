import { useEffect, useState } from 'react';
import type { ErrorCode } from '../../../../shared/errors';
import type { CaseSummary } from '../../../../shared/schemas/case';
import { useLocale, useT } from '../../i18n';
import { LIST_LIMIT } from '../../lib/cases';
import { runCommand } from '../../lib/commands';
import { openCasesByOrganisation, showOpenCasesOf } from '../../lib/openCases';
import { callVp } from '../../lib/vp';
import { Button, Card, Icon } from '../../ui';
import { HomeCardEmpty } from '../HomeCardEmpty';
import { LoadedContent } from '../LoadedContent';

/**
 * Home's "Open meldingen": how many cases are open per organisation (test cases and duplicates
 * left out, as in the list), each a click from that organisation's open cases.
 */
export function HomeOpenCasesCard() {
  const t = useT();
  const locale = useLocale();
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
      <LoadedContent
        value={cases}
        error={error}
        onRetry={() => setRound((n) => n + 1)}
        retryText={t('cases.retry')}
        loadingText={t('homeCases.loading')}
        empty={
          rows.length === 0 ? (
            <HomeCardEmpty
              icon="inbox"
              title={t('homeCases.emptyTitle')}
              text={t('homeCases.emptyText')}
              testId="home-open-cases-empty"
              action={
                <Button variant="secondary" onClick={() => runCommand('newCase')}>
                  {t('homeCases.emptyAction')}
                </Button>
              }
            />
          ) : null
        }
      >
        {() => (
          <>
            <p className="muted">{t('homeCases.total', { count: total })}</p>
            <ul className="due-list" aria-labelledby="home-open-cases-title">
              {rows.map((row) => (
                <li key={row.organisationId} className="due-item">
                  <button
                    type="button"
                    className="due-link home-link"
                    onClick={() => showOpenCasesOf(row.organisationId)}
                  >
                    <span className="due-org">{row.organisationName}</span>
                    <span className="due-when">
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
      </LoadedContent>
    </Card>
  );
}
