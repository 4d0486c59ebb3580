import type { MessageKey } from '../i18n/nl';
import { useCasesStore } from '../stores/casesStore';
import { useInvoicesStore } from '../stores/invoicesStore';
import { routes, useNavigationStore, type Route } from '../stores/navigationStore';
import { useOrganisationsStore } from '../stores/organisationsStore';
import { useToastStore } from '../stores/toastStore';
import { openCase } from './cases';
import { focusFirstFieldWhenShown } from './focusField';
import { lockCaseFile } from './session';
import { shortcuts, type ShortcutCommand } from './shortcuts';

/** Everything the palette, the shortcuts and the menu can ask for. */
export type AppCommand = Exclude<ShortcutCommand, 'openPalette'> | 'makeInvoices' | `goto.${Route}`;

/** The palette's actions, in the order it lists them, with the catalogue key of each label. */
export const paletteActions: readonly { command: AppCommand; label: MessageKey }[] = [
  { command: 'newCase', label: 'command.newCase' },
  { command: 'newNote', label: 'command.newNote' },
  { command: 'recordHours', label: 'command.recordHours' },
  { command: 'makeInvoices', label: 'command.makeInvoices' },
  { command: 'lock', label: 'command.lock' },
  ...routes.map((route) => ({
    command: `goto.${route}` as const,
    label: `command.goto.${route}` as const,
  })),
];

/** The shortcut of a command, if it has one (shown next to it in the palette). */
export function shortcutFor(command: AppCommand): ShortcutCommand | null {
  return Object.prototype.hasOwnProperty.call(shortcuts, command)
    ? (command as ShortcutCommand)
    : null;
}

/** Opens a section at its start: Organisaties at the list, also from within it. */
export function openSection(target: Route): void {
  if (target === 'organisations') useOrganisationsStore.getState().show({ kind: 'list' });
  if (target === 'cases') useCasesStore.getState().show({ kind: 'list' });
  if (target === 'invoices') useInvoicesStore.getState().show({ kind: 'overview' });
  useNavigationStore.getState().navigate(target);
}

/** The case open on screen (its page, not its intake form), if any. */
export function openCaseId(): number | null {
  const view = useCasesStore.getState().view;
  return useNavigationStore.getState().route === 'cases' && view.kind === 'detail' ? view.id : null;
}

/** Runs a command from the palette, a shortcut or the menu. */
export function runCommand(command: AppCommand): void {
  switch (command) {
    case 'newCase': {
      // On the intake already: stay, so nothing typed there is put aside.
      const onIntake =
        useNavigationStore.getState().route === 'cases' &&
        useCasesStore.getState().view.kind === 'new';
      if (!onIntake) {
        useCasesStore.getState().show({ kind: 'new' });
        useNavigationStore.getState().navigate('cases');
      }
      return;
    }
    case 'newNote': {
      const id = openCaseId();
      if (id === null) {
        useToastStore.getState().show('command.noCaseOpen');
        return;
      }
      focusFirstFieldWhenShown('[data-testid="note-add"]');
      return;
    }
    case 'recordHours':
      if (useNavigationStore.getState().route !== 'hours') openSection('hours');
      focusFirstFieldWhenShown('[data-testid="hours-entry-card"]');
      return;
    case 'makeInvoices':
      openSection('invoices');
      return;
    case 'lock':
      void lockCaseFile();
      return;
    default:
      openSection(command.slice('goto.'.length) as Route);
  }
}

/** Opens a case or an organisation chosen in the palette. */
export function openCaseFromPalette(id: number): void {
  openCase(id);
  useNavigationStore.getState().navigate('cases');
}

export function openOrganisationFromPalette(id: number): void {
  useOrganisationsStore.getState().show({ kind: 'detail', id });
  useNavigationStore.getState().navigate('organisations');
}
