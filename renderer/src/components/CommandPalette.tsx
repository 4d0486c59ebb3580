import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { ErrorCode } from '../../../shared/errors';
import type { CaseSummary } from '../../../shared/schemas/case';
import type { OrganisationSummary } from '../../../shared/schemas/organisation';
import { useT } from '../i18n';
import {
  openCaseFromPalette,
  openCaseId,
  openOrganisationFromPalette,
  paletteActions,
  runCommand,
  shortcutFor,
} from '../lib/commands';
import {
  caseEntries,
  matchActions,
  matchOrganisations,
  moveActive,
  PALETTE_SEARCH_DEBOUNCE_MS,
  type PaletteEntry,
  type PaletteGroup,
} from '../lib/palette';
import { ariaShortcut, shortcutLabel } from '../lib/shortcuts';
import { callVp } from '../lib/vp';
import { useCasesStore } from '../stores/casesStore';
import { Alert, Button, Dialog, Field } from '../ui';
import { useErrorText } from './useErrorText';
import './palette.css';

/** How many cases main returns for the palette: a few more than it shows, for the exact number. */
const CASE_SEARCH_LIMIT = 20;
const groups: readonly PaletteGroup[] = ['actions', 'cases', 'organisations'];

/**
 * Zoeken en openen (Ctrl+K): one field to jump to a case by its number, an organisation by its
 * name, or an action. A combobox with a list of options: the arrow keys move through them while
 * typing goes on, Enter opens one, Escape closes and returns focus to where it was (Dialog).
 */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const t = useT();
  const errors = useErrorText();
  const listId = useId();
  const [typed, setTyped] = useState('');
  const [organisations, setOrganisations] = useState<OrganisationSummary[]>([]);
  const [cases, setCases] = useState<{ query: string; found: CaseSummary[] }>({
    query: '',
    found: [],
  });
  const [searchError, setSearchError] = useState<ErrorCode | null>(null);
  const caseOpen = openCaseId();
  const current = useCasesStore((s) => s.current);

  // Organisation names are few and no case content: read them once and filter while typing.
  useEffect(() => {
    let mounted = true;
    void callVp('listOrganisations', { includeArchived: true }).then((result) => {
      if (mounted && result.ok) setOrganisations(result.value);
    });
    return () => {
      mounted = false;
    };
  }, []);

  // Cases come from main's search, after a short pause in the typing; only the newest counts.
  const query = typed.trim();
  useEffect(() => {
    if (!/[\p{L}\p{N}]/u.test(query)) return;
    let mounted = true;
    const timer = setTimeout(() => {
      void callVp('searchCases', { query: query.slice(0, 200), limit: CASE_SEARCH_LIMIT }).then(
        (result) => {
          if (!mounted) return;
          setSearchError(result.ok ? null : result.error.code);
          setCases({ query, found: result.ok ? result.value : [] });
        },
      );
    }, PALETTE_SEARCH_DEBOUNCE_MS);
    return () => {
      mounted = false;
      clearTimeout(timer);
    };
  }, [query]);

  const searching = /[\p{L}\p{N}]/u.test(query) && cases.query !== query;

  const entries = useMemo(() => {
    const actions = paletteActions
      .filter((action) => action.command !== 'newNote' || caseOpen !== null)
      .map((action) => ({
        command: action.command,
        label:
          action.command === 'newNote' && current !== null && current.id === caseOpen
            ? t('command.newNoteIn', { number: current.caseNumber })
            : t(action.label),
        shortcut: shortcutFor(action.command),
      }));
    const foundCases = cases.query === query && query !== '' ? cases.found : [];
    return [
      ...matchActions(actions, query),
      ...caseEntries(foundCases, query, (c) => t('palette.caseLabel', { number: c.caseNumber })),
      ...matchOrganisations(organisations, query, (name) => t('palette.archived', { name })),
    ];
  }, [t, query, cases, organisations, caseOpen, current]);

  // The option Enter opens; when the list changes, the best one (the first). The same options
  // again (a search that found nothing new) keep the choice made with the arrow keys.
  const listKey = entries.map((entry) => entry.key).join(' ');
  const [selection, setSelection] = useState<{ of: string; index: number } | null>(null);
  const active = selection?.of === listKey ? selection.index : 0;
  const activeEntry = entries[active];
  const optionId = (entry: PaletteEntry) => `${listId}-${entry.key}`;

  useEffect(() => {
    if (activeEntry)
      document.getElementById(optionId(activeEntry))?.scrollIntoView({ block: 'nearest' });
  });

  function choose(entry: PaletteEntry) {
    onClose();
    const target = entry.target;
    if (target.kind === 'command') runCommand(target.command);
    else if (target.kind === 'case') openCaseFromPalette(target.id);
    else openOrganisationFromPalette(target.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setSelection({ of: listKey, index: moveActive(active, entries.length, event.key) });
    } else if (event.key === 'Enter' && activeEntry) {
      event.preventDefault();
      choose(activeEntry);
    }
  }

  const status = searching
    ? t('palette.searching')
    : entries.length === 0
      ? t('palette.none', { query })
      : entries.length === 1
        ? t('palette.countOne')
        : t('palette.count', { count: entries.length });

  return (
    <Dialog
      testId="command-palette"
      title={t('palette.title')}
      onClose={onClose}
      actions={
        <Button variant="secondary" onClick={onClose}>
          {t('palette.close')}
        </Button>
      }
    >
      <Field
        className="palette-field"
        label={t('palette.label')}
        hint={t('palette.hint')}
        value={typed}
        data-autofocus
        data-testid="palette-input"
        role="combobox"
        aria-expanded={entries.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeEntry ? optionId(activeEntry) : undefined}
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        onChange={(event) => setTyped(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p className="palette-status" role="status" data-testid="palette-status">
        {status}
      </p>
      {searchError ? <Alert tone="error">{errors.code(searchError)}</Alert> : null}
      <div id={listId} role="listbox" aria-label={t('palette.results')} className="palette-list">
        {groups.map((group) => {
          const inGroup = entries.filter((entry) => entry.group === group);
          if (inGroup.length === 0) return null;
          const headingId = `${listId}-${group}`;
          return (
            <div key={group} role="group" aria-labelledby={headingId} className="palette-group">
              <div id={headingId} role="presentation" className="palette-group-title">
                {t(`palette.group.${group}`)}
              </div>
              {inGroup.map((entry) => (
                <div
                  key={entry.key}
                  id={optionId(entry)}
                  role="option"
                  aria-selected={entry === activeEntry}
                  aria-keyshortcuts={entry.shortcut ? ariaShortcut(entry.shortcut) : undefined}
                  className="palette-option"
                  data-testid="palette-option"
                  // The focus stays in the field; a click chooses.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(entry)}
                >
                  <span className="palette-option-text">
                    <span className="palette-option-label">{entry.label}</span>
                    {entry.detail ? (
                      <span className="palette-option-detail">{entry.detail}</span>
                    ) : null}
                  </span>
                  {entry.shortcut ? (
                    <kbd aria-hidden="true">{shortcutLabel(entry.shortcut)}</kbd>
                  ) : null}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </Dialog>
  );
}
