import { useEffect, useRef, useState } from 'react';
import type { OrganisationSummary } from '../../../shared/schemas/organisation';
import { useErrorText } from '../components/useErrorText';
import { useT } from '../i18n';
import { loadOrganisations, visibleOrganisations } from '../lib/organisations';
import { useOrganisationsStore } from '../stores/organisationsStore';
import { Alert, Badge, Button, EmptyState, Field, Icon, Table, type TableColumn } from '../ui';
import { Screen } from './Screen';

/**
 * The organisations (opdrachtgevers): a table of the active ones, filtered as the counsellor
 * types, archived ones on request; or, before the first one, what an organisation is for.
 */
export function OrganisationListScreen() {
  const t = useT();
  const errors = useErrorText();
  const summaries = useOrganisationsStore((s) => s.summaries);
  const listError = useOrganisationsStore((s) => s.listError);
  const showArchived = useOrganisationsStore((s) => s.showArchived);
  const filter = useOrganisationsStore((s) => s.filter);
  const { show, setShowArchived, setFilter } = useOrganisationsStore.getState();
  // Back from an organisation: focus its row rather than the title (read once, on arrival).
  const [focusId] = useState(() => useOrganisationsStore.getState().focusOnList);
  const rowButtons = useRef(new Map<number, HTMLButtonElement>());
  const rowFocused = useRef(false);

  useEffect(() => {
    void loadOrganisations();
  }, []);

  // Once the rows are there (the list read before, or the fresh one), and only once.
  useEffect(() => {
    if (focusId === null || summaries === null || rowFocused.current) return;
    rowFocused.current = true;
    rowButtons.current.get(focusId)?.focus();
    useOrganisationsStore.getState().clearFocusOnList();
  }, [focusId, summaries]);

  const add = () => show({ kind: 'new' });
  const hasAny = summaries !== null && summaries.length > 0;

  let content;
  if (summaries === null) {
    content = listError ? (
      <Alert
        tone="error"
        testId="error-alert"
        action={
          <Button variant="secondary" onClick={() => void loadOrganisations()}>
            {t('organisations.retry')}
          </Button>
        }
      >
        {errors.code(listError)}
      </Alert>
    ) : (
      <p className="muted" role="status">
        {t('organisations.loading')}
      </p>
    );
  } else if (summaries.length === 0) {
    content = (
      <EmptyState
        icon="building"
        title={t('organisations.emptyTitle')}
        action={
          <Button onClick={add}>
            <Icon name="plus" />
            {t('organisations.add')}
          </Button>
        }
      >
        <p>{t('organisations.emptyText')}</p>
        <p>{t('organisations.emptyFirstStep')}</p>
      </EmptyState>
    );
  } else {
    const inScope = visibleOrganisations(summaries, { query: '', showArchived });
    const rows = visibleOrganisations(summaries, { query: filter, showArchived });
    const columns: TableColumn<OrganisationSummary>[] = [
      {
        key: 'name',
        header: t('organisations.col.name'),
        rowHeader: true,
        cell: (o) => (
          <span className="name-cell">
            <button
              type="button"
              className="link-button"
              ref={(el) => {
                if (el) rowButtons.current.set(o.id, el);
                else rowButtons.current.delete(o.id);
              }}
              onClick={() => show({ kind: 'detail', id: o.id })}
            >
              {o.legalName}
            </button>
            {o.archivedAt !== null ? (
              <Badge tone="muted">{t('organisations.archived')}</Badge>
            ) : null}
          </span>
        ),
      },
      { key: 'city', header: t('organisations.col.city'), cell: (o) => <Maybe value={o.city} /> },
      {
        key: 'kvk',
        header: t('organisations.col.kvk'),
        cell: (o) => <Maybe value={o.kvkNumber} />,
      },
      {
        key: 'reactionTime',
        header: t('organisations.col.reactionTime'),
        cell: (o) => t('organisations.hours', { hours: o.reactionTimeHours }),
      },
      {
        key: 'membership',
        header: t('organisations.col.membership'),
        cell: (o) => t(o.isMember ? 'organisations.member' : 'organisations.nonMember'),
      },
      {
        key: 'units',
        header: t('organisations.col.units'),
        align: 'end',
        cell: (o) => o.unitCount,
      },
    ];
    const count =
      rows.length === inScope.length
        ? rows.length === 1
          ? t('organisations.countOne')
          : t('organisations.count', { count: rows.length })
        : t('organisations.countFiltered', { shown: rows.length, total: inScope.length });
    content = (
      <>
        <div className="list-toolbar">
          <Field
            className="list-filter"
            type="search"
            label={t('organisations.filter')}
            value={filter}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setFilter(event.target.value)}
          />
          <label className="checkbox list-toggle">
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(event) => setShowArchived(event.target.checked)}
            />
            <span>{t('organisations.showArchived')}</span>
          </label>
        </div>
        <p className="list-count" role="status" data-testid="organisations-count">
          {count}
        </p>
        {rows.length > 0 ? (
          <Table
            testId="organisations-table"
            caption={t('organisations.tableCaption')}
            captionHidden
            columns={columns}
            rows={rows}
            rowKey={(o) => o.id}
            rowClassName={(o) => (o.archivedAt !== null ? 'table-row-muted' : undefined)}
          />
        ) : (
          <p className="list-none">
            {inScope.length === 0
              ? t('organisations.noActive')
              : t('organisations.noMatches', { query: filter.trim() })}
          </p>
        )}
      </>
    );
  }

  return (
    <Screen
      testId="screen-organisations"
      titleKey="nav.organisations"
      subtitle={t('organisations.subtitle')}
      wide
      focusHeading={focusId === null}
      actions={
        hasAny ? (
          <Button onClick={add}>
            <Icon name="plus" />
            {t('organisations.add')}
          </Button>
        ) : null
      }
    >
      {content}
    </Screen>
  );
}

/** A table cell's value, or a quiet dash that screen readers read as "not filled in". */
function Maybe({ value }: { value: string | null }) {
  const t = useT();
  if (value !== null) return value;
  return (
    <span className="table-empty">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('organisations.notFilled')}</span>
    </span>
  );
}
