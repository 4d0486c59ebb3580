import type { keyboardNl } from './keyboard.nl';

/** The texts of keyboard.nl.ts in English: exactly its keys (the compiler checks). */
export const keyboardEn: Record<keyof typeof keyboardNl, string> = {
  'command.newCase': 'New case',
  'command.newNote': 'New note',
  'command.newNoteIn': 'New note in case {number}',
  'command.recordHours': 'Record hours',
  'command.makeInvoices': 'Make invoices…',
  'command.lock': 'Lock',
  'command.goto.home': 'Go to Home',
  'command.goto.cases': 'Go to Cases',
  'command.goto.agenda': 'Go to Agenda',
  'command.goto.organisations': 'Go to Organisations',
  'command.goto.hours': 'Go to Hours',
  'command.goto.invoices': 'Go to Invoices',
  'command.goto.reports': 'Go to Annual reports',
  'command.goto.settings': 'Go to Settings',
  'command.noCaseOpen': 'Open a case first: a note always belongs to a case.',

  'palette.open': 'Search',
  'palette.title': 'Search and open',
  'palette.label': 'Case, organisation or action',
  'palette.hint':
    'Type a case number, the name of an organisation or what you want to do. Choose with the arrow keys and open with Enter. Escape closes.',
  'palette.results': 'Results',
  'palette.group.actions': 'Actions',
  'palette.group.cases': 'Cases',
  'palette.group.organisations': 'Organisations',
  'palette.caseLabel': 'Case {number}',
  'palette.archived': '{name} (archived)',
  'palette.searching': 'Searching…',
  'palette.none': 'Nothing found for “{query}”.',
  'palette.countOne': '1 result',
  'palette.count': '{count} results',
  'palette.shortcut': 'Shortcut',
  'palette.close': 'Close',
};
