import type { CaseSummary } from '../../../shared/schemas/case';
import type { OrganisationSummary } from '../../../shared/schemas/organisation';
import type { AppCommand } from './commands';
import type { ShortcutCommand } from './shortcuts';

/** What choosing a palette entry does. */
export type PaletteTarget =
  | { kind: 'command'; command: AppCommand }
  | { kind: 'case'; id: number }
  | { kind: 'organisation'; id: number };

export type PaletteGroup = 'actions' | 'cases' | 'organisations';

/** One entry of the palette, already in words: the screen only renders it. */
export interface PaletteEntry {
  /** Unique within the list; also the option's element id suffix. */
  key: string;
  group: PaletteGroup;
  label: string;
  /** A second, quieter line: a case's organisation, an organisation's city. */
  detail: string | null;
  shortcut: ShortcutCommand | null;
  target: PaletteTarget;
}

/** An action as the palette offers it, with its label in the current language. */
export interface PaletteAction {
  command: AppCommand;
  label: string;
  shortcut: ShortcutCommand | null;
}

/** How many cases and organisations the palette lists at most: it is for jumping, not lists. */
export const PALETTE_CASE_LIMIT = 8;
export const PALETTE_ORGANISATION_LIMIT = 8;

/** Lowercase without accents, so "Zorggroep Eemland" is found with "zorggroep eem". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function words(query: string): string[] {
  return fold(query)
    .split(/\s+/)
    .filter((word) => word.length > 0);
}

/**
 * How well a text matches every typed word: 0 when it starts with the query, 1 when each word
 * starts a word of the text, 2 when each word is only somewhere inside it; null when a word is
 * missing. An empty query matches everything equally.
 */
export function matchRank(text: string, query: string): number | null {
  const typed = words(query);
  if (typed.length === 0) return 2;
  const folded = fold(text);
  if (!typed.every((word) => folded.includes(word))) return null;
  if (folded.startsWith(typed.join(' '))) return 0;
  const starts = folded.split(/[^\p{L}\p{N}]+/u);
  return typed.every((word) => starts.some((start) => start.startsWith(word))) ? 1 : 2;
}

function ranked<T>(items: readonly T[], text: (item: T) => string, query: string): T[] {
  return items
    .map((item, index) => ({ item, index, rank: matchRank(text(item), query) }))
    .filter((entry): entry is { item: T; index: number; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.item);
}

/** The actions matching the query, best first; with nothing typed, all of them in order. */
export function matchActions(actions: readonly PaletteAction[], query: string): PaletteEntry[] {
  return ranked(actions, (action) => action.label, query).map((action) => ({
    key: `action-${action.command}`,
    group: 'actions',
    label: action.label,
    detail: null,
    shortcut: action.shortcut,
    target: { kind: 'command', command: action.command },
  }));
}

/**
 * Organisations whose name matches, best first, current ones before archived ones. Nothing
 * typed lists none: the palette then offers actions only.
 */
export function matchOrganisations(
  organisations: readonly OrganisationSummary[],
  query: string,
  archivedLabel: (name: string) => string,
): PaletteEntry[] {
  if (words(query).length === 0) return [];
  const current = organisations.filter((o) => o.archivedAt === null);
  const archived = organisations.filter((o) => o.archivedAt !== null);
  return [
    ...ranked(current, (o) => o.legalName, query),
    ...ranked(archived, (o) => o.legalName, query),
  ]
    .slice(0, PALETTE_ORGANISATION_LIMIT)
    .map((o) => ({
      key: `organisation-${o.id}`,
      group: 'organisations',
      label: o.archivedAt === null ? o.legalName : archivedLabel(o.legalName),
      detail: o.city,
      shortcut: null,
      target: { kind: 'organisation', id: o.id },
    }));
}

/**
 * Cases as main's search found them (best first), shown as the case list shows them: the case
 * number and the organisation, nothing from inside the case. A number typed exactly comes first.
 */
export function caseEntries(
  found: readonly CaseSummary[],
  query: string,
  label: (summary: CaseSummary) => string,
): PaletteEntry[] {
  const typed = fold(query.trim());
  const exact = found.filter((c) => fold(c.caseNumber) === typed);
  const others = found.filter((c) => fold(c.caseNumber) !== typed);
  return [...exact, ...others].slice(0, PALETTE_CASE_LIMIT).map((c) => ({
    key: `case-${c.id}`,
    group: 'cases',
    label: label(c),
    detail: c.unitName === null ? c.organisationName : `${c.organisationName} · ${c.unitName}`,
    shortcut: null,
    target: { kind: 'case', id: c.id },
  }));
}

/** How long the palette waits after the last key before it asks main for cases. */
export const PALETTE_SEARCH_DEBOUNCE_MS = 200;

/** The option after an arrow key in the list: past the last comes the first, and back. */
export function moveActive(active: number, count: number, key: 'ArrowDown' | 'ArrowUp'): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return active < 0 ? 0 : (active + 1) % count;
  return active <= 0 ? count - 1 : active - 1;
}
