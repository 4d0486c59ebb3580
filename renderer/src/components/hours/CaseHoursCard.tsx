import type { CaseDetail } from '../../../../shared/schemas/case';
import { useLocale, useT } from '../../i18n';
import { formatWeekday } from '../../lib/appointments';
import { loadCaseHours, totals } from '../../lib/hours';
import { formatMinutes } from '../../lib/money';
import { useHoursStore } from '../../stores/hoursStore';
import { useNavigationStore } from '../../stores/navigationStore';
import { Alert, Badge, Button, Card, Icon } from '../../ui';
import { useErrorText } from '../useErrorText';
import '../../billing.css';

/**
 * The hours of a case, for the counsellor's own overview: the total and each entry. Invoices
 * never name the case; this card is the only place the link shows.
 */
export function CaseHoursCard({ kase }: { kase: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  const errors = useErrorText();
  const ofCase = useHoursStore((s) => s.ofCase);
  const loadError = useHoursStore((s) => s.ofCaseError);
  const entries = ofCase?.caseId === kase.id ? ofCase.entries : null;

  const sum = totals(entries ?? []);
  return (
    <Card
      title={t('caseHours.title')}
      headingId="case-hours"
      intro={t('caseHours.intro')}
      data-testid="case-hours"
    >
      <div className="stack-sm">
        {entries === null ? (
          loadError ? (
            <Alert
              tone="error"
              testId="error-alert"
              action={
                <Button variant="secondary" onClick={() => void loadCaseHours(kase.id)}>
                  {t('caseHours.retry')}
                </Button>
              }
            >
              {errors.code(loadError)}
            </Alert>
          ) : (
            <p className="muted" role="status">
              {t('caseHours.loading')}
            </p>
          )
        ) : entries.length === 0 ? (
          <p className="muted">{t('caseHours.empty')}</p>
        ) : (
          <>
            <p className="case-hours-total" data-testid="case-hours-total">
              {t('caseHours.total', { time: formatMinutes(sum.worked) })}
            </p>
            <ul
              className="plain-list"
              aria-label={t('caseHours.listLabel', { number: kase.caseNumber })}
            >
              {entries.map((entry) => (
                <li
                  key={entry.id}
                  className="plain-list-item case-hours-item"
                  data-testid="case-hours-entry"
                >
                  <span className="case-hours-line">
                    <span className="numeric">
                      {t('hours.time', { time: formatMinutes(entry.minutes) })}
                    </span>
                    <span>{t(`hours.activity.${entry.activity}`)}</span>
                  </span>
                  <span className="muted">{formatWeekday(locale, entry.date, true)}</span>
                  {entry.cancelled || entry.invoiceId !== null ? (
                    <span className="badge-row">
                      {entry.cancelled ? (
                        <Badge tone="muted">{t('hours.entry.cancelled')}</Badge>
                      ) : null}
                      {entry.invoiceId !== null ? (
                        <Badge tone="neutral">
                          <Icon name="lock" className="badge-icon" />
                          {t('hours.entry.billed')}
                        </Badge>
                      ) : null}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )}
        <div className="btn-row">
          <Button
            variant="quiet"
            onClick={() => {
              useHoursStore.getState().setOrganisationId(kase.organisationId);
              useNavigationStore.getState().navigate('hours');
            }}
          >
            <Icon name="clock" />
            {t('caseHours.toHours')}
          </Button>
        </div>
      </div>
    </Card>
  );
}
