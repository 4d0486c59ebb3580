/**
 * The texts of the handover card (Dossiers overdragen: open cases to a successor, and reading
 * a handover in), in Dutch. Spread into nl.ts; `handover.en.ts` must have exactly these keys.
 */
export const handoverNl = {
  'handover.title': 'Meldingen overdragen',
  'handover.intro':
    'Stopt u als vertrouwenspersoon of neemt een collega het over? Dan draagt u hier open meldingen over aan uw opvolger, versleuteld met een eigen wachtwoord. Uw opvolger leest de overdracht in het eigen dossier in.',

  // ---------- giving ----------
  'handover.export.title': 'Overdracht maken',
  'handover.export.intro':
    'Alleen open meldingen kunnen mee. Afgesloten meldingen blijven bij u, onder uw bewaartermijn.',
  'handover.export.carries':
    'Mee gaan: de intake, de gegevens van de melder, alle aantekeningen, vervolgacties, verwijzingen en afspraken, en de organisaties waar de meldingen bij horen. Contracten, uren en facturen blijven bij u: die horen bij uw eigen facturatie.',
  'handover.export.search': 'Zoeken op meldingsnummer of organisatie',
  'handover.export.caption': 'Open meldingen om over te dragen',
  'handover.export.selectAll': 'Alle getoonde meldingen kiezen',
  'handover.export.selectCase': 'Melding {number} kiezen',
  'handover.export.col.caseNumber': 'Melding',
  'handover.export.col.organisation': 'Organisatie',
  'handover.export.col.status': 'Status',
  'handover.export.col.requestedAt': 'Binnengekomen',
  'handover.export.handedOver': 'Overgedragen op {date}',
  'handover.export.selected': '{count} van {total} gekozen',
  'handover.export.noMatch': 'Geen open melding past bij deze zoekopdracht.',
  'handover.export.emptyTitle': 'Geen open meldingen',
  'handover.export.emptyText': 'Er zijn nu geen open meldingen om over te dragen.',
  'handover.export.noneChosen': 'Kies minstens één melding.',
  'handover.export.passphrase': 'Wachtwoord voor uw opvolger',
  'handover.export.passphraseHint':
    'Minstens {min} tekens. Kies een nieuw wachtwoord, niet uw eigen.',
  'handover.export.confirm': 'Herhaal het wachtwoord',
  'handover.export.outOfBand':
    'Vertel uw opvolger dit wachtwoord zelf, bijvoorbeeld telefonisch. Zet het nooit in dezelfde e-mail en nooit op dezelfde USB-stick als de overdracht. Het wachtwoord wordt nergens bewaard en hierna niet meer getoond.',
  'handover.export.consent':
    'De melders van de gekozen meldingen hebben toestemming gegeven voor de overdracht aan mijn opvolger.',
  'handover.export.consentRequired': 'Draag een melding alleen over met toestemming van de melder.',
  'handover.export.submit': 'Overdracht opslaan',
  'handover.export.busy': 'Overdracht wordt opgeslagen…',
  'handover.export.saved':
    'De overdracht is opgeslagen in de map "{folder}", met de meldingen {numbers}. Geef de map aan uw opvolger en vertel het wachtwoord apart.',
  'handover.export.kept':
    'De meldingen staan nog in uw eigen dossier, gemarkeerd als overgedragen. Sluit of vernietig ze zelf wanneer de overdracht rond is.',

  // ---------- receiving ----------
  'handover.import.title': 'Overdracht inlezen',
  'handover.import.intro':
    'Heeft een collega meldingen aan u overgedragen? Kies de map van de overdracht en vul het wachtwoord in dat u van uw collega kreeg. De meldingen komen bij uw eigen meldingen; organisaties die u al hebt, worden herkend aan KvK-nummer of naam.',
  'handover.import.passphrase': 'Wachtwoord van de overdracht',
  'handover.import.submit': 'Map kiezen en inlezen',
  'handover.import.busy': 'Overdracht wordt ingelezen…',
  'handover.import.done': 'De overdracht "{folder}" is ingelezen, met de meldingen {numbers}.',
  'handover.import.renumbered':
    'Melding {from} had een nummer dat u al gebruikte en heet bij u nu {to}.',
  'handover.import.organisationsAdded': 'Nieuwe organisaties toegevoegd: {names}.',
} as const;
