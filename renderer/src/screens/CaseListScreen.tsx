import { useEffect, useMemo, useState } from 'react';
import {
  behaviourKinds,
  caseStatuses,
  type BehaviourKind,
  type CaseStatus,
} from '../../../shared/schemas/case';
import type { OrganisationSummary } from '../../../shared/schemas/organisation';
import { CaseList } from '../components/CaseList';
import { useErrorText } from '../components/useErrorText';
import { useT } from '../i18n';
import { filterSummaries, hasFilters, LIST_LIMIT, loadCaseList, SEARCH_LIMIT } from '../lib/cases';
import { callVp } from '../lib/vp';
import { useCasesStore } from '../stores/casesStore';
import { useNavigationStore } from '../stores/navigationStore';
import { Alert, Button, EmptyState, Field, Icon, SelectField } from '../ui';
import { shortcutLabel } from '../lib/shortcuts';
import { startNewCase } from './CasesScreen';
import { Screen } from './Screen';
import '../cases.css';

/** How long the search waits after the last key before it asks main. */
export const SEARCH_DEBOUNCE_MS = 200;

/**
 * Meldingen: every case, newest first, narrowed by filters or found by a search over numbers,
 * reporters, wishes and notes; or, before the first one, what a case is and how to start.
 */
export function CaseListScreen() {
  const t = useT();
  const errors = useErrorText();
  const summaries = useCasesStore((s) => s.summaries);
  const summariesFor = useCasesStore((s) => s.summariesFor);
  const listError = useCasesStore((s) => s.listError);
  const filters = useCasesStore((s) => s.filters);
  const query = useCasesStore((s) => s.query);
  const { setFilters, clearFilters, setQuery } = useCasesStore.getState();
  const [typed, setTyped] = useState(query);
  const [organisations, setOrganisations] = useState<OrganisationSummary[] | null>(null);
  // Back from a case: focus its row rather than the title (read once, on arrival).
  const [focusId] = useState(() => useCasesStore.getState().focusOnList);

  useEffect(() => {
    let current = true;
    void callVp('listOrganisations', { includeArchived: true }).then((result) => {
      if (current && result.ok) {
        setOrganisations(
          [...result.value].sort(
            (a, b) =>
              Number(a.archivedAt !== null) - Number(b.archivedAt !== null) ||
              a.legalName.localeCompare(b.legalName, 'nl', { sensitivity: 'base' }),
          ),
        );
      }
    });
    return () => {
      current = false;
    };
  }, []);

  // The search follows the typing after a short pause; filters apply at once.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed, setQuery]);

  useEffect(() => {
    void loadCaseList();
  }, [filters, query]);

  const searching = query.trim() !== '';
  const rows = useMemo(() => {
    if (summaries === null) return null;
    return summariesFor === '' ? summaries : filterSummaries(summaries, filters);
  }, [summaries, summariesFor, filters]);
  const stale = summaries !== null && summariesFor !== query.trim();
  const nothingAtAll =
    rows !== null && rows.length === 0 && !searching && !hasFilters(filters) && !stale;

  const newButton = (
    <Button onClick={startNewCase} aria-keyshortcuts="Control+N Meta+N">
      <Icon name="plus" />
      {t('cases.new')}
    </Button>
  );

  let results;
  if (rows === null) {
    results = listError ? (
      <Alert
        tone="error"
        testId="error-alert"
        action={
          <Button variant="secondary" onClick={() => void loadCaseList()}>
            {t('cases.retry')}
          </Button>
        }
      >
        {errors.code(listError)}
      </Alert>
    ) : (
      <p className="muted" role="status">
        {t('cases.loading')}
      </p>
    );
  } else if (nothingAtAll) {
    const noOrganisations = organisations !== null && organisations.length === 0;
    results = (
      <EmptyState
        icon="inbox"
        title={t('cases.emptyTitle')}
        action={
          noOrganisations ? (
            <Button onClick={() => useNavigationStore.getState().navigate('organisations')}>
              {t('cases.toOrganisations')}
            </Button>
          ) : (
            newButton
          )
        }
      >
        <p>{t('cases.emptyText')}</p>
        {noOrganisations ? <p>{t('cases.emptyNoOrganisations')}</p> : null}
      </EmptyState>
    );
  } else {
    const shownQuery = summariesFor;
    const count = shownQuery
      ? rows.length === 1
        ? t('cases.searchCountOne', { query: shownQuery })
        : t('cases.searchCount', { count: rows.length, query: shownQuery })
      : rows.length === 1
        ? t('cases.countOne')
        : t('cases.count', { count: rows.length });
    results = (
      <>
        <p className="list-count" role="status" data-testid="cases-count">
          {stale ? t('cases.searching') : count}
        </p>
        {!shownQuery && rows.length >= LIST_LIMIT ? (
          <p className="muted">{t('cases.countLimited', { count: LIST_LIMIT })}</p>
        ) : null}
        {shownQuery && summaries !== null && summaries.length >= SEARCH_LIMIT ? (
          <p className="muted">{t('cases.searchLimited', { count: SEARCH_LIMIT })}</p>
        ) : null}
        {rows.length > 0 ? (
          <CaseList rows={rows} focusId={focusId} />
        ) : (
          <EmptyState
            icon="inbox"
            title={
              shownQuery ? t('cases.noSearchMatches', { query: shownQuery }) : t('cases.noMatches')
            }
            action={
              <Button
                variant="secondary"
                onClick={() => {
                  setTyped('');
                  setQuery('');
                  clearFilters();
                }}
              >
                {t('empty.search.clear')}
              </Button>
            }
          >
            <p>{t('empty.search.text')}</p>
          </EmptyState>
        )}
      </>
    );
  }

  // Before the first case the filters have nothing to narrow: the empty state stands alone.
  const showTools = !nothingAtAll || typed !== '';

  return (
    <Screen
      testId="screen-cases"
      titleKey="nav.cases"
      subtitle={t('cases.subtitle')}
      wide
      focusHeading={focusId === null}
      actions={
        // Before the first case the empty state has the button, with what a case is.
        rows === null || nothingAtAll ? null : (
          <div className="new-case-action">
            {newButton}
            <p className="shortcut-note" aria-hidden="true">
              {t('cases.shortcut')} <kbd>{shortcutLabel('newCase')}</kbd>
            </p>
          </div>
        )
      }
    >
      {showTools ? (
        <div className="case-tools">
          <Field
            className="case-search"
            type="search"
            label={t('cases.search')}
            hint={t('cases.searchHint')}
            value={typed}
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            data-testid="cases-search"
            onChange={(event) => setTyped(event.target.value)}
          />
          <section className="case-filters" aria-label={t('cases.filters')}>
            <SelectField
              label={t('cases.filter.organisation')}
              value={filters.organisationId === null ? '' : String(filters.organisationId)}
              onChange={(event) =>
                setFilters({
                  organisationId: event.target.value === '' ? null : Number(event.target.value),
                })
              }
            >
              <option value="">{t('cases.filter.allOrganisations')}</option>
              {(organisations ?? []).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.archivedAt === null
                    ? o.legalName
                    : t('cases.filter.archived', { name: o.legalName })}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('cases.filter.status')}
              value={filters.status ?? ''}
              onChange={(event) =>
                setFilters({
                  status:
                    event.target.value === '' ? null : (event.target.value as CaseStatus | 'open'),
                })
              }
            >
              <option value="">{t('cases.filter.allStatuses')}</option>
              <option value="open">{t('cases.filter.open')}</option>
              {caseStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`case.status.${s}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('cases.filter.behaviour')}
              value={filters.behaviour ?? ''}
              onChange={(event) =>
                setFilters({
                  behaviour:
                    event.target.value === '' ? null : (event.target.value as BehaviourKind),
                })
              }
            >
              <option value="">{t('cases.filter.allBehaviours')}</option>
              {behaviourKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`case.behaviour.${kind}`)}
                </option>
              ))}
            </SelectField>
            <Field
              type="date"
              label={t('cases.filter.from')}
              value={filters.from}
              max={filters.to || undefined}
              onChange={(event) => setFilters({ from: event.target.value })}
            />
            <Field
              type="date"
              label={t('cases.filter.to')}
              value={filters.to}
              min={filters.from || undefined}
              onChange={(event) => setFilters({ to: event.target.value })}
            />
            <div className="case-filter-checks">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={filters.overdueOnly}
                  onChange={(event) => setFilters({ overdueOnly: event.target.checked })}
                />
                <span>{t('cases.filter.overdueOnly')}</span>
              </label>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={filters.includeMarked}
                  onChange={(event) => setFilters({ includeMarked: event.target.checked })}
                />
                <span>{t('cases.filter.includeMarked')}</span>
              </label>
            </div>
            {hasFilters(filters) ? (
              <div className="case-filter-clear">
                <Button variant="quiet" onClick={clearFilters}>
                  <Icon name="close" />
                  {t('cases.filter.clear')}
                </Button>
              </div>
            ) : null}
          </section>
        </div>
      ) : null}
      {results}
    </Screen>
  );
}
