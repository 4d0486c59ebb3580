import { useEffect, useState, type ReactNode } from 'react';
import type { ErrorCode } from '../../../shared/errors';
import type { DueItem } from '../../../shared/schemas/case';
import { useLocale, useT } from '../i18n';
import { openCase, readDueItems, splitDueItems } from '../lib/cases';
import { formatDateTime } from '../lib/datetime';
import { useNavigationStore } from '../stores/navigationStore';
import { Alert, Button, Card, Icon } from '../ui';
import { SafetyDueList } from './safety/SafetyDueList';
import { hasAttention, useSafetyAttention } from './safety/useSafetyAttention';
import { useErrorText } from './useErrorText';
import '../cases.css';

/**
 * Home's "Wat aandacht vraagt": first contacts still to make, planned follow-ups and
 * appointments (with their kind of place, never the address), overdue
 * first under "Te laat" (said in words, with a sign, not only in colour), each one click from
 * its case; and a backup that is due or cases past their retention term, each one click from
 * its card in Settings. Nothing at all: the caller shows its own calm empty state.
 */
export function DueItemsCard({ empty }: { empty: ReactNode }) {
  const t = useT();
  const errors = useErrorText();
  // Read afresh each time Home opens (not kept in a store): never yesterday's list.
  const [items, setItems] = useState<DueItem[] | null>(null);
  const [dueError, setDueError] = useState<ErrorCode | null>(null);
  const [round, setRound] = useState(0);
  const safety = useSafetyAttention();

  useEffect(() => {
    let current = true;
    void readDueItems().then((result) => {
      if (!current) return;
      if (result.ok) setItems(result.value);
      else setDueError(result.error.code);
    });
    return () => {
      current = false;
    };
  }, [round]);

  if (items === null || safety === null) {
    return dueError && items === null ? (
      <Alert
        tone="error"
        testId="error-alert"
        action={
          <Button variant="secondary" onClick={() => setRound((n) => n + 1)}>
            {t('cases.retry')}
          </Button>
        }
      >
        {errors.code(dueError)}
      </Alert>
    ) : (
      <p className="muted" role="status">
        {t('due.loading')}
      </p>
    );
  }
  if (items.length === 0 && !hasAttention(safety)) return <>{empty}</>;

  const { overdue, upcoming } = splitDueItems(items);
  return (
    <Card
      title={t('due.title')}
      headingId="due-title"
      intro={t('due.intro')}
      data-testid="due-items"
    >
      <div className="due-groups">
        {overdue.length > 0 ? (
          <section aria-labelledby="due-overdue" data-testid="due-overdue">
            <h3 id="due-overdue" className="due-heading due-heading-overdue">
              <Icon name="alert" className="overdue-icon" />
              {t('due.overdueTitle')}
            </h3>
            <DueList items={overdue} />
          </section>
        ) : null}
        {hasAttention(safety) ? <SafetyDueList attention={safety} /> : null}
        {upcoming.length > 0 ? (
          <section aria-labelledby="due-upcoming" data-testid="due-upcoming">
            <h3 id="due-upcoming" className="due-heading">
              <Icon name="clock" className="due-heading-icon" />
              {t('due.upcomingTitle')}
            </h3>
            <DueList items={upcoming} />
          </section>
        ) : null}
      </div>
    </Card>
  );
}

function DueList({ items }: { items: readonly DueItem[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ul className="due-list">
      {items.map((item) => {
        const when = formatDateTime(locale, item.dueAt);
        return (
          <li
            key={`${item.kind}-${item.caseId}-${item.followUpId ?? item.appointmentId ?? 0}`}
            className={item.overdue ? 'due-item due-item-overdue' : 'due-item'}
            data-testid="due-item"
          >
            <button
              type="button"
              className="due-link"
              onClick={() => {
                openCase(item.caseId);
                useNavigationStore.getState().navigate('cases');
              }}
            >
              <span className="due-main">
                <span className="case-number">{item.caseNumber}</span>
                <span className="due-org">{item.organisationName}</span>
              </span>
              <span className="due-what">
                {t(`due.kind.${item.kind}`)}
                {item.placeKind ? (
                  <span className="muted">
                    {' · '}
                    {t(`appointments.placeKind.${item.placeKind}`)}
                  </span>
                ) : null}
                {item.description ? <span className="muted"> · {item.description}</span> : null}
              </span>
              <span className="due-when">
                {item.overdue ? (
                  <span className="overdue-marker">
                    <Icon name="alert" className="overdue-icon" />
                    {t('due.overdue')}
                  </span>
                ) : null}
                <span>
                  {t(item.kind === 'first_contact' ? 'due.firstContactBy' : 'due.plannedAt', {
                    when,
                  })}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
