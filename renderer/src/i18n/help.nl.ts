/**
 * Help on screen, in Dutch: the first-run tour ('tour.*') and the explanations beside the
 * settings that decide what an employer gets to see ('help.*'). The latter must say exactly
 * what the code does (main/services/unit-disclosure.ts, main/services/report/), nothing
 * kinder. Spread into nl.ts; `help.en.ts` must have exactly these keys.
 */
export const helpNl = {
  // ---------- First-run tour ----------
  'tour.label': 'Rondleiding',
  'tour.progress': 'Stap {step} van {count}',
  'tour.next': 'Volgende',
  'tour.back': 'Vorige',
  'tour.skip': 'Overslaan',
  'tour.skipLabel': 'Rondleiding overslaan',
  'tour.finish': 'Klaar',
  'tour.hint': 'Met Escape slaat u de rondleiding over.',
  'tour.restart': 'Rondleiding opnieuw bekijken',
  'tour.restartIntro': 'Een korte rondleiding langs de onderdelen van VP Dossier, in vier stappen.',
  'tour.organisations.title': 'Begin met een organisatie',
  'tour.organisations.text':
    'Onder Organisaties legt u de werkgevers vast voor wie u vertrouwenspersoon bent, met hun onderdelen en hun contract: een abonnement, uurtarieven of een vast bedrag per consult.',
  'tour.cases.title': 'Meldingen en notities',
  'tour.cases.text':
    'Onder Meldingen registreert u een nieuwe melding, ook overal met {shortcut}. In het dossier van de melding schrijft u gedateerde notities en plant u afspraken; de Agenda toont ze bij elkaar.',
  'tour.billing.title': 'Uren en facturen',
  'tour.billing.text':
    'Schrijf onder Uren uw tijd per organisatie en soort werk. Onder Facturen maakt u daar aan het eind van de maand de factuur van. De werkgever ziet alleen uren en bedragen, nooit namen of onderwerpen.',
  'tour.safety.title': 'Veilig bewaren',
  'tour.safety.text':
    'Vergrendel het dossier als u wegloopt ({shortcut}). Onder Instellingen maakt u back-ups en kunt u een nieuwe herstelcode maken. Zonder uw wachtwoord of herstelcode kan niemand het dossier openen, ook u niet.',

  // ---------- What the employer sees ----------
  'help.unitsLabel': 'Uitleg: wat de werkgever van onderdelen ziet',
  'help.billingLabel': 'Uitleg: wat er op de factuur staat',
  'help.organisationNotesIntro': 'Alleen voor uzelf.',
  'help.organisationNotesLabel': 'Uitleg: wie deze notities ziet',
  'help.reportAdviceLabel': 'Uitleg: wat de werkgever van uw advies ziet',
  'help.reportAdviceIntro': 'Uw signalen en advies staan in het verslag dat de werkgever krijgt.',
  'help.units':
    'De werkgever ziet een onderdeel alleen terug als het genoeg meldingen heeft: op een factuur minstens zoveel meldingen in de factuurperiode als uw anonimiteitsgrens (in Praktijkgegevens, gebruikelijk 5), in het jaarverslag minstens zoveel in dat jaar (en nooit minder dan 3). De andere onderdelen staan samen onder "Overige onderdelen"; zou daar maar één onderdeel onder vallen, dan wordt geen enkel onderdeel genoemd. Namen, onderwerpen en notities ziet de werkgever nooit.',
  'help.billing':
    'De factuur gaat naar dit adres en deze contactpersoon. Er staan uw gegevens op, die van de organisatie, de factuurregels en een specificatie van uren en bedragen per maand en soort werk, per onderdeel alleen met genoeg meldingen. Namen van melders, data van gesprekken en tekst uit notities staan er nooit op.',
  'help.organisationNotes':
    'Deze notities zijn alleen voor uzelf. Ze staan niet op facturen en niet in jaarverslagen.',
  'help.invoiceRunLabel': 'Uitleg: wat de werkgever op de factuur ziet',
  'help.invoiceRun':
    "De werkgever ziet per maand en soort werk de uren en de bedragen. Per onderdeel alleen als dat onderdeel in die maand minstens zoveel meldingen heeft als uw anonimiteitsgrens; de rest staat samen onder 'Overige onderdelen', en als dat maar één onderdeel zou zijn, wordt geen onderdeel genoemd. Namen, zaaknummers, data van gesprekken en tekst uit notities staan nooit op de factuur.",
  'help.reportAdvice':
    'Dit advies komt woordelijk in het jaarverslag dat de werkgever krijgt. Schrijf in algemene termen, zonder namen of details van een melding. Voordat het bestand wordt opgeslagen, controleert VP Dossier het op namen, contactgegevens en zinnen uit dossiers; bij een treffer wordt het tegengehouden.',
  // ---------- Empty states: the first step ----------
  'empty.toCases': 'Naar Meldingen',
  'empty.toHours': 'Naar Uren',
  'empty.toOrganisations': 'Naar Organisaties',
  'empty.toInvoiceRun': 'Naar de maandfacturen',
  'empty.firstHours': 'Eerste uren invullen',
  'empty.search.text':
    'Zoeken kijkt in zaaknummers, namen van melders, wensen en notities. Probeer een ander woord, of wis de zoekopdracht en de filters.',
  'empty.search.clear': 'Zoekopdracht en filters wissen',
  'empty.notes.title': 'Nog geen notities',
  'empty.notes.text':
    'Schrijf na elk gesprek of elke actie een gedateerde notitie, hieronder bij "Notitie toevoegen". Zo blijft de melding te volgen, ook voor een opvolger.',
  'empty.notes.action': 'Eerste notitie schrijven',
} as const;
