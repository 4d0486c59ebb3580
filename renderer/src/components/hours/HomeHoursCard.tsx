import { useEffect, useState } from 'react';
import type { ErrorCode } from '../../../../shared/errors';
import type { TimeEntry } from '../../../../shared/schemas/hours';
import { useLocale, useT } from '../../i18n';
import { todayInputValue } from '../../lib/datetime';
import { lastMonth, monthOf, monthRange, totals } from '../../lib/hours';
import { formatMonth } from '../../lib/invoices';
import { formatMinutes } from '../../lib/money';
import { callVp } from '../../lib/vp';
import { useHoursStore } from '../../stores/hoursStore';
import { useNavigationStore } from '../../stores/navigationStore';
import { Button, Card, Icon } from '../../ui';
import { HomeCardEmpty } from '../HomeCardEmpty';
import { LoadedContent } from '../LoadedContent';
import '../../billing.css';

function openHours() {
  useHoursStore.getState().setAnchor(null);
  useNavigationStore.getState().navigate('hours');
}

/** Home's "Uren": the hours of this month against last month (cancelled ones not counted). */
export function HomeHoursCard() {
  const t = useT();
  const locale = useLocale();
  const [today] = useState(() => todayInputValue());
  const thisMonth = monthOf(today);
  const previous = lastMonth(today);
  const [entries, setEntries] = useState<TimeEntry[] | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    void callVp('listTimeEntries', {
      organisationId: null,
      caseId: null,
      from: monthRange(previous).from,
      to: monthRange(thisMonth).to,
    }).then((result) => {
      if (!current) return;
      if (result.ok) setEntries(result.value);
      else setError(result.error.code);
    });
    return () => {
      current = false;
    };
  }, [previous, thisMonth, round]);

  const now = totals((entries ?? []).filter((e) => monthOf(e.date) === thisMonth)).worked;
  const before = totals((entries ?? []).filter((e) => monthOf(e.date) === previous)).worked;

  return (
    <Card title={t('homeHours.title')} headingId="home-hours-title" data-testid="home-hours">
      <LoadedContent
        value={entries}
        error={error}
        onRetry={() => setRound((n) => n + 1)}
        retryText={t('hours.retry')}
        loadingText={t('homeHours.loading')}
        empty={
          now === 0 && before === 0 ? (
            <HomeCardEmpty
              icon="clock"
              title={t('homeHours.emptyTitle')}
              text={t('homeHours.emptyText')}
              testId="home-hours-empty"
              action={
                <Button variant="secondary" onClick={openHours}>
                  {t('homeHours.emptyAction')}
                </Button>
              }
            />
          ) : null
        }
      >
        {() => (
          <>
            <dl className="home-hours">
              <div data-testid="home-hours-this-month">
                <dt>
                  {t('homeHours.thisMonth')}{' '}
                  <span className="muted">({formatMonth(thisMonth, locale)})</span>
                </dt>
                <dd>{t('homeHours.value', { time: formatMinutes(now) })}</dd>
              </div>
              <div data-testid="home-hours-last-month">
                <dt>
                  {t('homeHours.lastMonth')}{' '}
                  <span className="muted">({formatMonth(previous, locale)})</span>
                </dt>
                <dd>{t('homeHours.value', { time: formatMinutes(before) })}</dd>
              </div>
            </dl>
            <div className="btn-row home-card-actions">
              <Button variant="secondary" onClick={openHours}>
                <Icon name="clock" />
                {t('homeHours.open')}
              </Button>
            </div>
          </>
        )}
      </LoadedContent>
    </Card>
  );
}
