import { useEffect, useState } from 'react';
import type { Appointment } from '../../../shared/schemas/appointment';
import { IcsExportCard } from '../components/IcsExportCard';
import { useLocale, useT } from '../i18n';
import {
  agendaPeriod,
  formatCalendarDay,
  formatWeekday,
  groupByDay,
  isoWeek,
  isPast,
  loadAgenda,
  periodKey,
  stepAnchor,
} from '../lib/appointments';
import { openCase } from '../lib/cases';
import { formatTime, todayInputValue } from '../lib/datetime';
import { useAppointmentsStore, type AgendaMode } from '../stores/appointmentsStore';
import { useCasesStore } from '../stores/casesStore';
import { useNavigationStore } from '../stores/navigationStore';
import { Badge, Button, EmptyState, Icon } from '../ui';
import { LoadedContent } from '../components/LoadedContent';
import { Screen } from './Screen';
import '../agenda.css';
import '../cases.css';

/**
 * The Agenda: the appointments of a day or of a week (Monday to Sunday), each one click from
 * its case, and the agenda file of a period for the counsellor's own calendar.
 */
export function AgendaScreen() {
  const t = useT();
  const locale = useLocale();
  const mode = useAppointmentsStore((s) => s.mode);
  const anchorSet = useAppointmentsStore((s) => s.anchor);
  const agenda = useAppointmentsStore((s) => s.agenda);
  const agendaFor = useAppointmentsStore((s) => s.agendaFor);
  const agendaError = useAppointmentsStore((s) => s.agendaError);
  const [today] = useState(() => todayInputValue());
  const anchor = anchorSet ?? today;
  const period = agendaPeriod(mode, anchor);
  const key = periodKey(period);
  // Never the list of another period while the new one is on its way.
  const items = agendaFor === key ? agenda : null;

  // Read afresh on arrival and for every period: appointments change on the case screen.
  useEffect(() => {
    void loadAgenda();
  }, [key]);

  const store = useAppointmentsStore.getState;
  const setMode = (next: AgendaMode) => store().setMode(next);
  const step = (direction: -1 | 1) => store().setAnchor(stepAnchor(mode, anchor, direction));

  const title =
    mode === 'day'
      ? formatWeekday(locale, anchor, true)
      : t('agenda.weekTitle', {
          week: isoWeek(anchor),
          from: formatCalendarDay(
            locale,
            period.from,
            period.from.slice(0, 4) !== period.to.slice(0, 4),
          ),
          to: formatCalendarDay(locale, period.to),
        });
  const showsToday = period.days.includes(today);

  return (
    <Screen testId="screen-agenda" titleKey="nav.agenda" subtitle={t('agenda.subtitle')} wide>
      <div className="agenda-toolbar" data-testid="agenda-toolbar">
        <div className="agenda-modes" role="group" aria-label={t('agenda.view')}>
          {(['day', 'week'] as const).map((m) => (
            <Button
              key={m}
              variant={mode === m ? 'primary' : 'secondary'}
              aria-pressed={mode === m}
              onClick={() => setMode(m)}
            >
              {t(m === 'day' ? 'agenda.day' : 'agenda.week')}
            </Button>
          ))}
        </div>
        <div className="agenda-steps" role="group" aria-label={t('agenda.period')}>
          <Button variant="secondary" onClick={() => step(-1)}>
            <Icon name="back" />
            {t(mode === 'day' ? 'agenda.previousDay' : 'agenda.previousWeek')}
          </Button>
          <Button
            variant="secondary"
            aria-current={showsToday ? 'date' : undefined}
            onClick={() => store().setAnchor(null)}
          >
            {t('agenda.today')}
          </Button>
          <Button variant="secondary" onClick={() => step(1)}>
            {t(mode === 'day' ? 'agenda.nextDay' : 'agenda.nextWeek')}
            <Icon name="forward" />
          </Button>
        </div>
      </div>
      <div className="agenda-heading" aria-live="polite">
        <h2 className="agenda-period" data-testid="agenda-period">
          {title}
        </h2>
        {items && items.length > 0 ? (
          <p className="muted" data-testid="agenda-count">
            {items.length === 1 ? t('agenda.countOne') : t('agenda.count', { count: items.length })}
          </p>
        ) : null}
      </div>

      <LoadedContent
        value={items}
        error={agendaError}
        onRetry={() => void loadAgenda()}
        retryText={t('agenda.retry')}
        loadingText={t('agenda.loading')}
        empty={
          items?.length === 0 ? (
            <div data-testid="agenda-empty">
              <EmptyState
                icon="calendar"
                title={t(mode === 'day' ? 'agenda.emptyDayTitle' : 'agenda.emptyWeekTitle')}
                action={
                  <Button
                    variant="secondary"
                    onClick={() => {
                      useCasesStore.getState().show({ kind: 'list' });
                      useNavigationStore.getState().navigate('cases');
                    }}
                  >
                    {t('empty.toCases')}
                  </Button>
                }
              >
                <p>{t('agenda.emptyText')}</p>
              </EmptyState>
            </div>
          ) : null
        }
      >
        {(loaded) => <AgendaDays items={loaded} days={period.days} mode={mode} today={today} />}
      </LoadedContent>

      <IcsExportCard from={period.from} />
    </Screen>
  );
}

function AgendaDays({
  items,
  days,
  mode,
  today,
}: {
  items: readonly Appointment[];
  days: readonly string[];
  mode: AgendaMode;
  today: string;
}) {
  const t = useT();
  const locale = useLocale();
  const groups = groupByDay(items, days);
  const [now] = useState(() => new Date());
  return (
    <div className={`agenda-days agenda-days-${mode}`} data-testid={`agenda-view-${mode}`}>
      {days.map((day) => {
        const list = groups.get(day) ?? [];
        const headingId = `agenda-day-${day}`;
        return (
          <section
            key={day}
            className={day === today ? 'agenda-day agenda-today' : 'agenda-day'}
            aria-labelledby={headingId}
            data-testid="agenda-day"
          >
            {mode === 'week' ? (
              <h3 id={headingId} className="agenda-day-title">
                {formatWeekday(locale, day)}
                {day === today ? <Badge tone="primary">{t('agenda.today')}</Badge> : null}
              </h3>
            ) : (
              <h3 id={headingId} className="visually-hidden">
                {formatWeekday(locale, day, true)}
              </h3>
            )}
            {list.length === 0 ? (
              <p className="muted agenda-none">{t('agenda.noneOnDay')}</p>
            ) : (
              <ul className="agenda-list">
                {list.map((a) => (
                  <AgendaItem key={a.id} appointment={a} now={now} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

function AgendaItem({ appointment: a, now }: { appointment: Appointment; now: Date }) {
  const t = useT();
  const locale = useLocale();
  const from = formatTime(locale, a.startsAt);
  return (
    <li
      className={a.status === 'cancelled' ? 'agenda-item agenda-item-cancelled' : 'agenda-item'}
      data-testid="agenda-item"
    >
      <button
        type="button"
        className="agenda-link"
        onClick={() => {
          openCase(a.caseId);
          useNavigationStore.getState().navigate('cases');
        }}
      >
        <span className="agenda-time">
          {from}–{formatTime(locale, a.endsAt)}
        </span>
        <span className="agenda-what">
          <span className="case-number">{t('agenda.case', { number: a.caseNumber })}</span>
          <span className="agenda-org">{a.organisationName}</span>
        </span>
        <span className="agenda-where">
          {t(`appointments.placeKind.${a.placeKind}`)}
          {a.placeText ? <span className="muted"> · {a.placeText}</span> : null}
        </span>
        <span className="agenda-state">
          {a.status !== 'planned' ? (
            <Badge tone="muted">{t(`appointments.status.${a.status}`)}</Badge>
          ) : isPast(a, now) ? (
            <span className="overdue-marker">
              <Icon name="alert" className="overdue-icon" />
              {t('appointments.past')}
            </span>
          ) : null}
        </span>
      </button>
    </li>
  );
}
