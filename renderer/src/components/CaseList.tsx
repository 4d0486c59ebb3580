import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CaseSummary } from '../../../shared/schemas/case';
import { useLocale, useT } from '../i18n';
import { openCase, orderedBehaviours } from '../lib/cases';
import { formatDay } from '../lib/datetime';
import { useCasesStore } from '../stores/casesStore';
import { Badge, Icon } from '../ui';
import { StatusBadge } from './CaseBadges';

/** A row's height before it is measured (two lines of text and padding). */
const ROW_ESTIMATE = 68;

/**
 * The cases as a virtualised list: only the rows in view are in the page, so ten thousand
 * cases scroll as smoothly as ten. One row at a time is in the tab order (a roving tab index);
 * the arrow keys, Page Up/Down, Home and End move between rows and Enter opens one. Every row
 * is a button whose text says it all: number, organisation, date, status, kinds, "te laat".
 */
export function CaseList({
  rows,
  focusId,
}: {
  rows: readonly CaseSummary[];
  /** Back from a case: its row gets focus on arrival. */
  focusId: number | null;
}) {
  const t = useT();
  const locale = useLocale();
  const helpId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  const [active, setActive] = useState(() => {
    const index = focusId === null ? -1 : rows.findIndex((row) => row.id === focusId);
    return Math.max(index, 0);
  });
  // The row to focus once it is rendered (it may first have to scroll into view).
  const pendingFocus = useRef<number | null>(
    focusId !== null && rows.some((row) => row.id === focusId) ? active : null,
  );
  const activeIndex = Math.min(active, rows.length - 1);

  // eslint-disable-next-line react-hooks/incompatible-library -- the list re-renders on scroll.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
    getItemKey: (index) => rows[index]?.id ?? index,
  });

  useEffect(() => {
    if (pendingFocus.current === null) return;
    const index = pendingFocus.current;
    if (index >= rows.length) {
      pendingFocus.current = null;
      return;
    }
    const button = buttons.current.get(index);
    if (button) {
      button.focus();
      pendingFocus.current = null;
      if (focusId !== null) useCasesStore.getState().clearFocusOnList();
    } else {
      virtualizer.scrollToIndex(index, { align: 'auto' });
    }
  });

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
    buttons.current.get(next)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const page = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? ROW_ESTIMATE * 8) / ROW_ESTIMATE) - 1,
    );
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    moveTo(target);
  }

  return (
    <div className="case-list" data-testid="cases-list">
      <p id={helpId} className="visually-hidden">
        {t('cases.listHelp')}
      </p>
      <div className="case-row-grid case-list-head" aria-hidden="true">
        <span>{t('cases.col.number')}</span>
        <span>{t('cases.col.organisation')}</span>
        <span>{t('cases.col.requested')}</span>
        <span>{t('cases.col.status')}</span>
        <span>{t('cases.col.behaviours')}</span>
      </div>
      <div ref={scrollRef} className="case-list-scroll">
        <ul
          role="list"
          className="case-list-items"
          aria-label={t('cases.listLabel')}
          aria-describedby={helpId}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <li
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className="case-list-item"
                aria-setsize={rows.length}
                aria-posinset={item.index + 1}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <button
                  type="button"
                  className="case-row case-row-grid"
                  data-testid="case-row"
                  tabIndex={item.index === activeIndex ? 0 : -1}
                  ref={(el) => {
                    if (!el) return;
                    const index = item.index;
                    buttons.current.set(index, el);
                    return () => {
                      if (buttons.current.get(index) === el) buttons.current.delete(index);
                    };
                  }}
                  onFocus={() => setActive(item.index)}
                  onKeyDown={(event) => onKeyDown(event, item.index)}
                  onClick={() => openCase(row.id)}
                >
                  <span className="case-row-number">
                    <span className="case-number">{row.caseNumber}</span>
                    {row.isTest ? <Badge tone="muted">{t('cases.markedTest')}</Badge> : null}
                    {row.isDuplicate ? (
                      <Badge tone="muted">{t('cases.markedDuplicate')}</Badge>
                    ) : null}
                  </span>
                  <span className="case-row-organisation">
                    <span className="visually-hidden">{t('cases.col.organisation')}: </span>
                    <span>{row.organisationName}</span>
                    {row.unitName ? <span className="muted">{row.unitName}</span> : null}
                  </span>
                  <span>
                    <span className="visually-hidden">{t('cases.col.requested')}: </span>
                    {formatDay(locale, row.requestedAt)}
                  </span>
                  <span className="case-row-status">
                    <span className="visually-hidden">{t('cases.col.status')}: </span>
                    <StatusBadge status={row.status} />
                    {row.overdue ? (
                      <span className="overdue-marker" data-testid="overdue-marker">
                        <Icon name="alert" className="overdue-icon" />
                        {t('cases.overdue')}
                      </span>
                    ) : null}
                  </span>
                  <span className="case-row-kinds">
                    <span className="visually-hidden">{t('cases.col.behaviours')}: </span>
                    {orderedBehaviours(row.behaviours)
                      .map((kind) => t(`case.behaviour.${kind}`))
                      .join(', ')}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
