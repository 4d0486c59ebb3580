/**
 * The texts of the command palette and the keyboard commands, in Dutch. Spread into nl.ts;
 * `keyboard.en.ts` must have exactly these keys.
 */
export const keyboardNl = {
  'command.newCase': 'Nieuwe melding',
  'command.newNote': 'Nieuwe notitie',
  'command.newNoteIn': 'Nieuwe notitie bij melding {number}',
  'command.recordHours': 'Uren boeken',
  'command.makeInvoices': 'Facturen maken…',
  'command.lock': 'Vergrendelen',
  'command.goto.home': 'Ga naar Home',
  'command.goto.cases': 'Ga naar Meldingen',
  'command.goto.agenda': 'Ga naar Agenda',
  'command.goto.organisations': 'Ga naar Organisaties',
  'command.goto.hours': 'Ga naar Uren',
  'command.goto.invoices': 'Ga naar Facturen',
  'command.goto.reports': 'Ga naar Jaarverslagen',
  'command.goto.settings': 'Ga naar Instellingen',
  'command.noCaseOpen': 'Open eerst een melding: een notitie hoort altijd bij een melding.',

  'palette.open': 'Zoeken',
  'palette.title': 'Zoeken en openen',
  'palette.label': 'Melding, organisatie of actie',
  'palette.hint':
    'Typ een meldingsnummer, de naam van een organisatie of wat u wilt doen. Kies met de pijltjestoetsen en open met Enter. Escape sluit.',
  'palette.results': 'Resultaten',
  'palette.group.actions': 'Acties',
  'palette.group.cases': 'Meldingen',
  'palette.group.organisations': 'Organisaties',
  'palette.caseLabel': 'Melding {number}',
  'palette.archived': '{name} (gearchiveerd)',
  'palette.searching': 'Bezig met zoeken…',
  'palette.none': 'Niets gevonden voor “{query}”.',
  'palette.countOne': '1 resultaat',
  'palette.count': '{count} resultaten',
  'palette.shortcut': 'Sneltoets',
  'palette.close': 'Sluiten',
} as const;
