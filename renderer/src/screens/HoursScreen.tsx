import { useEffect, useRef, useState } from 'react';
import type { ErrorCode } from '../../../shared/errors';
import type { TimeEntry } from '../../../shared/schemas/hours';
import { TimeEntryForm } from '../components/hours/TimeEntryForm';
import { useOrganisationEntries } from '../components/hours/useOrganisationEntries';
import { useErrorText } from '../components/useErrorText';
import { useLocale, useT, type T } from '../i18n';
import type { Locale } from '../i18n/translate';
import { formatCalendarDay, formatWeekday, isoWeek } from '../lib/appointments';
import { todayInputValue } from '../lib/datetime';
import {
  entriesByDay,
  hoursWeek,
  loadCasesOf,
  loadWeek,
  placeNames,
  stepWeek,
  totals,
  weekKey,
} from '../lib/hours';
import { formatMinutes } from '../lib/money';
import { callVp } from '../lib/vp';
import { useHoursStore, type OrganisationEntry } from '../stores/hoursStore';
import { useNavigationStore } from '../stores/navigationStore';
import { useOrganisationsStore } from '../stores/organisationsStore';
import { useToastStore } from '../stores/toastStore';
import { Alert, Badge, Button, Card, Dialog, EmptyState, Icon, SelectField } from '../ui';
import { focusFirstField } from '../lib/focusField';
import { LoadedContent } from '../components/LoadedContent';
import { Screen } from './Screen';
import '../agenda.css';
import '../cases.css';
import '../billing.css';

/** "1:30 uur Werkzaamheden vertrouwenspersoon op maandag 30 november": an entry in words. */
function describe(t: T, locale: Locale, entry: TimeEntry): string {
  return t('hours.entry.describe', {
    time: formatMinutes(entry.minutes),
    activity: t(`hours.activity.${entry.activity}`),
    day: formatWeekday(locale, entry.date),
  });
}

/**
 * Uren: the week's time entries per day (Monday to Sunday) with the totals of each day and of
 * the week, for one organisation or all, and the form for the next entry. Entries on an issued
 * invoice are locked and say so; the others can be changed or deleted.
 */
export function HoursScreen() {
  const t = useT();
  const locale = useLocale();
  const errors = useErrorText();
  const organisationId = useHoursStore((s) => s.organisationId);
  const anchorSet = useHoursStore((s) => s.anchor);
  const week = useHoursStore((s) => s.week);
  const weekFor = useHoursStore((s) => s.weekFor);
  const weekError = useHoursStore((s) => s.weekError);
  const { organisations, error: organisationsError, retry } = useOrganisationEntries();
  const [today] = useState(() => todayInputValue());
  const anchor = anchorSet ?? today;
  const period = hoursWeek(anchor);
  const key = weekKey(organisationId, period.from);
  const entries = weekFor === key ? week : null;
  const [formRound, setFormRound] = useState(0);
  const store = useHoursStore.getState;

  useEffect(() => {
    void loadWeek();
  }, [key]);

  // Case numbers of the week's entries, for their lines.
  const caseOrganisations = [
    ...new Set((entries ?? []).filter((e) => e.caseId !== null).map((e) => e.organisationId)),
  ].join(',');
  useEffect(() => {
    if (caseOrganisations === '') return;
    for (const id of caseOrganisations.split(',')) void loadCasesOf(Number(id));
  }, [caseOrganisations]);

  const noOrganisations = organisations !== null && organisations.length === 0;
  const activeChoice = organisations?.filter((o) => !o.archived || o.id === organisationId) ?? [];
  const showsThisWeek = period.days.includes(today);
  const weekTotals = totals(entries ?? []);
  const hasBilled = (entries ?? []).some((e) => e.invoiceId !== null);

  if (noOrganisations) {
    return (
      <Screen testId="screen-hours" titleKey="nav.hours" subtitle={t('hours.subtitle')} wide>
        <EmptyState
          icon="clock"
          title={t('hours.noOrganisationsTitle')}
          action={
            <Button
              onClick={() => {
                useOrganisationsStore.getState().show({ kind: 'list' });
                useNavigationStore.getState().navigate('organisations');
              }}
            >
              {t('hours.toOrganisations')}
            </Button>
          }
        >
          <p>{t('hours.emptyText')}</p>
          <p>{t('hours.noOrganisationsText')}</p>
        </EmptyState>
      </Screen>
    );
  }

  return (
    <Screen testId="screen-hours" titleKey="nav.hours" subtitle={t('hours.subtitle')} wide>
      {organisationsError ? (
        <Alert
          tone="error"
          testId="error-alert"
          action={
            <Button variant="secondary" onClick={retry}>
              {t('hours.retry')}
            </Button>
          }
        >
          {errors.code(organisationsError)}
        </Alert>
      ) : null}

      <Card
        title={t('hours.form.title')}
        headingId="hours-form-title"
        intro={t('hours.form.intro')}
        data-testid="hours-entry-card"
      >
        <TimeEntryForm
          key={formRound}
          entry={null}
          organisations={organisations}
          defaultOrganisationId={organisationId}
          focusOnMount={formRound > 0}
          onSaved={(saved) => {
            // The week of the new entry, so it is in sight.
            if (!period.days.includes(saved.date)) store().setAnchor(saved.date);
            else void loadWeek();
            setFormRound((n) => n + 1);
          }}
        />
      </Card>

      <div className="agenda-toolbar hours-toolbar" data-testid="hours-toolbar">
        <SelectField
          label={t('hours.organisationFilter')}
          className="field-organisation"
          value={organisationId === null ? '' : String(organisationId)}
          onChange={(event) =>
            store().setOrganisationId(event.target.value === '' ? null : Number(event.target.value))
          }
        >
          <option value="">{t('hours.allOrganisations')}</option>
          {activeChoice.map((o) => (
            <option key={o.id} value={o.id}>
              {o.archived ? t('hours.archivedName', { name: o.name }) : o.name}
            </option>
          ))}
        </SelectField>
        <div className="agenda-steps" role="group" aria-label={t('hours.weekChoice')}>
          <Button variant="secondary" onClick={() => store().setAnchor(stepWeek(anchor, -1))}>
            <Icon name="back" />
            {t('hours.previousWeek')}
          </Button>
          <Button
            variant="secondary"
            aria-current={showsThisWeek ? 'date' : undefined}
            onClick={() => store().setAnchor(null)}
          >
            {t('hours.thisWeek')}
          </Button>
          <Button variant="secondary" onClick={() => store().setAnchor(stepWeek(anchor, 1))}>
            {t('hours.nextWeek')}
            <Icon name="forward" />
          </Button>
        </div>
      </div>

      <div className="agenda-heading" aria-live="polite">
        <h2 className="agenda-period" data-testid="hours-period">
          {t('hours.weekTitle', {
            week: isoWeek(anchor),
            from: formatCalendarDay(
              locale,
              period.from,
              period.from.slice(0, 4) !== period.to.slice(0, 4),
            ),
            to: formatCalendarDay(locale, period.to),
          })}
        </h2>
        {entries && entries.length > 0 ? (
          <p className="hours-week-total" data-testid="hours-week-total">
            {t('hours.weekTotal', { time: formatMinutes(weekTotals.worked) })}
          </p>
        ) : null}
      </div>

      <LoadedContent
        value={entries}
        error={weekError}
        onRetry={() => void loadWeek()}
        retryText={t('hours.retry')}
        loadingText={t('hours.loading')}
        empty={
          entries?.length === 0 ? (
            <div data-testid="hours-empty">
              <EmptyState
                icon="clock"
                title={t('hours.emptyWeekTitle')}
                action={
                  <Button variant="secondary" onClick={() => focusFirstField('hours-form-title')}>
                    {t('empty.firstHours')}
                  </Button>
                }
              >
                <p>{t('hours.emptyText')}</p>
                <p>{t('hours.emptyFirstStep')}</p>
              </EmptyState>
            </div>
          ) : null
        }
      >
        {(loaded) => (
          <>
            {weekTotals.cancelled > 0 ? (
              <p className="muted">
                {t('hours.weekCancelled', { time: formatMinutes(weekTotals.cancelled) })}
              </p>
            ) : null}
            {hasBilled ? (
              <Alert tone="info" testId="hours-locked-notice">
                {t('hours.entry.billedReason')}
              </Alert>
            ) : null}
            <HoursDays
              entries={loaded}
              days={period.days}
              today={today}
              organisations={organisations}
              showOrganisation={organisationId === null}
            />
          </>
        )}
      </LoadedContent>
    </Screen>
  );
}

function HoursDays({
  entries,
  days,
  today,
  organisations,
  showOrganisation,
}: {
  entries: readonly TimeEntry[];
  days: readonly string[];
  today: string;
  organisations: readonly OrganisationEntry[] | null;
  showOrganisation: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const groups = entriesByDay(entries, days);
  const [editing, setEditing] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<TimeEntry | null>(null);
  const editButtons = useRef(new Map<number, HTMLButtonElement>());
  const headingRef = useRef<HTMLDivElement>(null);

  function focusLater(target: () => HTMLElement | null | undefined) {
    setTimeout(() => (target() ?? headingRef.current)?.focus(), 0);
  }

  return (
    <div className="hours-days" data-testid="hours-week" ref={headingRef} tabIndex={-1}>
      {days.map((day) => {
        const list = groups.get(day) ?? [];
        const headingId = `hours-day-${day}`;
        const dayTotals = totals(list);
        return (
          <section
            key={day}
            className={day === today ? 'agenda-day agenda-today' : 'agenda-day'}
            aria-labelledby={headingId}
            data-testid="hours-day"
          >
            <h3 id={headingId} className="agenda-day-title hours-day-title">
              <span className="hours-day-name">{formatWeekday(locale, day)}</span>
              {day === today ? <Badge tone="primary">{t('hours.today')}</Badge> : null}
              {list.length > 0 ? (
                <span className="hours-day-total" data-testid="hours-day-total">
                  {t('hours.dayTotal', { time: formatMinutes(dayTotals.worked) })}
                </span>
              ) : null}
            </h3>
            {list.length === 0 ? (
              <p className="muted agenda-none">{t('hours.noneOnDay')}</p>
            ) : (
              <ul
                className="agenda-list"
                aria-label={t('hours.listLabel', { day: formatWeekday(locale, day) })}
              >
                {list.map((entry) =>
                  editing === entry.id ? (
                    <li key={entry.id} className="hours-entry hours-entry-editing">
                      <TimeEntryForm
                        entry={entry}
                        organisations={organisations}
                        defaultOrganisationId={entry.organisationId}
                        focusOnMount
                        onSaved={() => {
                          setEditing(null);
                          void loadWeek();
                          focusLater(() => editButtons.current.get(entry.id));
                        }}
                        onCancel={() => {
                          setEditing(null);
                          focusLater(() => editButtons.current.get(entry.id));
                        }}
                      />
                    </li>
                  ) : (
                    <HoursEntry
                      key={entry.id}
                      entry={entry}
                      organisations={organisations}
                      showOrganisation={showOrganisation}
                      editRef={(el) => {
                        if (el) editButtons.current.set(entry.id, el);
                        else editButtons.current.delete(entry.id);
                      }}
                      onEdit={() => setEditing(entry.id)}
                      onDelete={() => setDeleting(entry)}
                    />
                  ),
                )}
              </ul>
            )}
          </section>
        );
      })}
      {deleting ? (
        <DeleteEntryDialog
          entry={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            void loadWeek();
            focusLater(() => headingRef.current);
          }}
        />
      ) : null}
    </div>
  );
}

function HoursEntry({
  entry,
  organisations,
  showOrganisation,
  editRef,
  onEdit,
  onDelete,
}: {
  entry: TimeEntry;
  organisations: readonly OrganisationEntry[] | null;
  showOrganisation: boolean;
  editRef: (el: HTMLButtonElement | null) => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const names = placeNames(organisations, entry.organisationId, entry.unitId);
  const caseNumber = useHoursStore((s) =>
    entry.caseId === null
      ? null
      : (s.casesOf[entry.organisationId]?.find((c) => c.id === entry.caseId)?.caseNumber ?? null),
  );
  const what = describe(t, locale, entry);
  const billed = entry.invoiceId !== null;
  const details = [
    showOrganisation ? names.organisation : null,
    names.unit ?? (showOrganisation ? null : t('hours.entry.wholeOrganisation')),
    caseNumber ? t('hours.entry.case', { number: caseNumber }) : null,
    entry.kilometres > 0 ? t('hours.entry.km', { count: entry.kilometres }) : null,
  ].filter((d): d is string => d !== null);

  return (
    <li
      className={entry.cancelled ? 'hours-entry hours-entry-cancelled' : 'hours-entry'}
      data-testid="hours-entry"
    >
      <span className="hours-entry-time">
        {t('hours.time', { time: formatMinutes(entry.minutes) })}
      </span>
      <span className="hours-entry-what">
        <span className="hours-entry-activity">{t(`hours.activity.${entry.activity}`)}</span>
        {details.length > 0 ? <span className="muted">{details.join(' · ')}</span> : null}
      </span>
      <span className="hours-entry-state badge-row">
        {entry.cancelled ? (
          <Badge tone="muted" testId="hours-entry-cancelled">
            {t('hours.entry.cancelled')}
          </Badge>
        ) : null}
        {billed ? (
          <Badge tone="neutral" testId="hours-entry-billed">
            <Icon name="lock" className="badge-icon" />
            {t('hours.entry.billed')}
          </Badge>
        ) : null}
      </span>
      <span className="hours-entry-actions">
        {billed ? (
          <span className="muted hours-entry-locked" data-testid="hours-entry-locked">
            {t('hours.entry.locked')}
          </span>
        ) : (
          <>
            <Button
              variant="quiet"
              ref={editRef}
              aria-label={t('hours.editLabel', { what })}
              onClick={onEdit}
            >
              <Icon name="pencil" />
              {t('hours.edit')}
            </Button>
            <Button
              variant="quiet"
              aria-label={t('hours.deleteLabel', { what })}
              onClick={onDelete}
            >
              <Icon name="close" />
              {t('hours.delete')}
            </Button>
          </>
        )}
      </span>
    </li>
  );
}

/** Deleting an entry: asked once, since it cannot be undone. */
function DeleteEntryDialog({
  entry,
  onClose,
  onDeleted,
}: {
  entry: TimeEntry;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const errors = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    const result = await callVp('deleteTimeEntry', { id: entry.id });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.code);
      return;
    }
    useToastStore.getState().show('hours.deleted');
    onDeleted();
  }

  return (
    <Dialog
      testId="delete-hours-dialog"
      title={t('hours.deleteTitle')}
      onClose={() => {
        if (!busy) onClose();
      }}
      actions={
        <>
          <Button busy={busy} busyLabel={t('hours.deleteBusy')} onClick={() => void confirm()}>
            {t('hours.deleteConfirm')}
          </Button>
          <Button variant="secondary" data-autofocus disabled={busy} onClick={onClose}>
            {t('hours.deleteBack')}
          </Button>
        </>
      }
    >
      <p>{t('hours.deleteText', { what: describe(t, locale, entry) })}</p>
      {error ? (
        <Alert tone="error" testId="error-alert" className="dialog-alert">
          {errors.code(error)}
        </Alert>
      ) : null}
    </Dialog>
  );
}
