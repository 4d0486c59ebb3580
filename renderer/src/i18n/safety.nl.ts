/**
 * The texts of keeping the case file safe: back-ups and restoring one, the terms (idle lock,
 * backup reminder, retention), destroying cases past their retention term, the audit log, and
 * Home's reminders of them. In Dutch; spread into nl.ts; `safety.en.ts` must have exactly these
 * keys. Plurals are separate keys ('.one' / '.other'): t() has no plural rules.
 */
export const safetyNl = {
  'safety.retry': 'Opnieuw proberen',
  'safety.loading': 'Bezig met laden…',

  // ---------- Groups in Instellingen ----------
  'safety.group.practice': 'Praktijk',
  'safety.group.security': 'Beveiliging',
  'safety.group.keeping': 'Back-ups en bewaren',

  // ---------- Back-ups ----------
  'safety.backup.title': 'Back-ups',
  'safety.backup.intro':
    'Een back-up is een versleutelde kopie van uw hele dossier, bijvoorbeeld op een USB-stick. Bewaar die apart van de laptop: raakt de laptop kapot of kwijt, dan zet u de back-up terug.',
  'safety.backup.last': 'Laatste back-up: {when}.',
  'safety.backup.never': 'Van dit dossier is nog geen back-up gemaakt.',
  'safety.backup.overdue': 'Tijd voor een nieuwe back-up: de laatste is meer dan {days} dagen oud.',
  'safety.backup.reminder':
    'U krijgt op Vandaag een herinnering als de laatste back-up meer dan {days} dagen oud is. Die termijn stelt u in bij Termijnen.',
  'safety.backup.chooseHint':
    'U kiest zo meteen een map, bijvoorbeeld op een USB-stick. VP Dossier maakt daarin een nieuwe map met de datum en tijd, en controleert de kopie voordat hij klaar is.',
  'safety.backup.make': 'Nu een back-up maken',
  'safety.backup.busy': 'Back-up wordt gemaakt…',
  'safety.backup.made': 'De back-up is gemaakt en gecontroleerd, in de map "{name}".',
  'safety.backup.cancelled': 'Er is geen map gekozen, dus er is geen back-up gemaakt.',

  // ---------- Back-up terugzetten ----------
  'safety.restore.open': 'Back-up terugzetten',
  'safety.restore.title': 'Back-up terugzetten',
  'safety.restore.explain':
    'U kiest zo meteen de map van de back-up zelf (bijvoorbeeld "VP Dossier backup 2026-12-01 1432"). VP Dossier controleert eerst of de back-up compleet is en met uw wachtwoord opengaat.',
  'safety.restore.keep':
    'Uw huidige dossier wordt nooit zomaar overschreven: het blijft bewaard als kopie met de datum van vandaag, in een map naast het teruggezette dossier.',
  'safety.restore.keepNone':
    'Op deze laptop staat nog geen dossier. Na het terugzetten werkt u verder in het dossier uit de back-up.',
  'safety.restore.secretIntro':
    'Vul het wachtwoord in dat gold op de dag dat de back-up is gemaakt. Bent u dat vergeten, gebruik dan de herstelcode van toen.',
  'safety.restore.method': 'Openen met',
  'safety.restore.method.passphrase': 'Wachtwoord',
  'safety.restore.method.recoveryCode': 'Herstelcode',
  'safety.restore.passphrase': 'Wachtwoord van de back-up',
  'safety.restore.recoveryCode': 'Herstelcode van de back-up',
  'safety.restore.submit': 'Map kiezen en terugzetten',
  'safety.restore.busy': 'Bezig met terugzetten…',
  'safety.restore.cancel': 'Annuleren',
  'safety.restore.noFolder': 'Er is geen back-up gekozen. Er is niets veranderd.',
  'safety.restore.doneTitle': 'Back-up teruggezet',
  'safety.restore.done': 'Het dossier uit de back-up "{name}" is teruggezet en geopend.',
  'safety.restore.keptAs': 'Uw vorige dossier is bewaard in de map "{name}", naast het dossier.',
  'safety.restore.lockedAfter':
    'De back-up is teruggezet. Ontgrendel het dossier met het wachtwoord van de back-up.',
  'safety.restore.dismiss': 'Sluiten',
  'safety.restore.firstRunTitle': 'Al een dossier op een andere laptop?',
  'safety.restore.firstRunIntro':
    'Zet dan de back-up van dat dossier terug, in plaats van een nieuw dossier aan te maken.',
  'safety.restore.fromUnlock': 'Back-up terugzetten',

  // ---------- Termijnen ----------
  'safety.settings.title': 'Termijnen',
  'safety.settings.intro':
    'Wanneer VP Dossier vanzelf vergrendelt, wanneer u aan een back-up wordt herinnerd en hoe lang afgesloten meldingen bewaard blijven.',
  'safety.settings.idleLockMinutes': 'Vergrendelen na',
  'safety.settings.idleLockMinutesHint':
    'Zo lang zonder gebruik, en VP Dossier vergrendelt het dossier. Standaard 5 minuten.',
  'safety.settings.idleLockMinutesError': 'Vul een heel aantal minuten in, van 1 tot en met 240.',
  'safety.settings.backupReminderDays': 'Herinnering voor een back-up na',
  'safety.settings.backupReminderDaysHint':
    'Standaard 7 dagen: meer dan een week aan aantekeningen wilt u niet kwijtraken.',
  'safety.settings.backupReminderDaysError': 'Vul een heel aantal dagen in, van 1 tot en met 365.',
  'safety.settings.retentionMonths': 'Bewaartermijn na afsluiten',
  'safety.settings.retentionMonthsHint':
    'Standaard 18 maanden. Waarom, leest u bij Bewaartermijn hieronder.',
  'safety.settings.retentionMonthsError': 'Vul een heel aantal maanden in, van 1 tot en met 120.',
  'safety.settings.minutes': 'minuten',
  'safety.settings.days': 'dagen',
  'safety.settings.months': 'maanden',
  'safety.settings.save': 'Termijnen opslaan',
  'safety.settings.busy': 'Bezig met opslaan…',
  'safety.settings.saved': 'De termijnen zijn opgeslagen.',

  // ---------- Bewaartermijn ----------
  'safety.retention.title': 'Bewaartermijn',
  'safety.retention.intro':
    'De AVG noemt geen vaste bewaartermijn: u kiest er zelf een en moet die kunnen uitleggen. Gebruikelijk is een melding te vernietigen als ze is afgesloten en meegeteld in het jaarverslag, na een korte afgesproken periode. Het jaarverslag schrijft u in het eerste kwartaal van het jaar erna; met 18 maanden na afsluiten is elke melding van een jaar meegeteld, met drie maanden speling.',
  'safety.retention.term':
    'Uw bewaartermijn: {months} maanden na het afsluiten. Daarna staat een melding hier, om te vernietigen.',
  'safety.retention.emptyTitle': 'Geen meldingen over hun bewaartermijn',
  'safety.retention.emptyText':
    'Een afgesloten melding komt hier te staan zodra haar bewaartermijn voorbij is.',
  'safety.retention.caption': 'Afgesloten meldingen over hun bewaartermijn',
  'safety.retention.col.select': 'Kiezen',
  'safety.retention.col.caseNumber': 'Melding',
  'safety.retention.col.organisation': 'Organisatie',
  'safety.retention.col.closedAt': 'Afgesloten op',
  'safety.retention.col.retainUntil': 'Bewaren tot',
  'safety.retention.selectAll': 'Alle meldingen kiezen',
  'safety.retention.selectCase': 'Melding {number} kiezen',
  'safety.retention.selected': '{count} van {total} gekozen',
  'safety.retention.destroy': 'Vernietigen',
  'safety.retention.destroyed.one': '1 melding is vernietigd: {numbers}.',
  'safety.retention.destroyed.other': '{count} meldingen zijn vernietigd: {numbers}.',
  'safety.retention.destroyedBackups':
    'Oudere back-ups bevatten deze meldingen nog. Verwijder die back-ups als u er geen meer nodig hebt.',
  'safety.destroy.title': 'Meldingen vernietigen',
  'safety.destroy.count.one': 'U vernietigt 1 melding: {numbers}.',
  'safety.destroy.count.other': 'U vernietigt {count} meldingen: {numbers}.',
  'safety.destroy.what':
    'Alles van deze meldingen wordt uit het dossier gewist: de gegevens van de melder, de aantekeningen, afspraken en concepten. Dit kan niet ongedaan worden gemaakt. In het auditlog blijven alleen de datum en het meldingsnummer staan.',
  'safety.destroy.backups':
    'Let op: oudere back-ups bevatten deze meldingen nog, totdat u die back-ups verwijdert.',
  'safety.destroy.confirm': 'Definitief vernietigen',
  'safety.destroy.busy': 'Bezig met vernietigen…',
  'safety.destroy.cancel': 'Annuleren',

  // ---------- Auditlog ----------
  'safety.audit.title': 'Auditlog',
  'safety.audit.intro':
    'Wat er met uw dossier is gebeurd: ontgrendelen, exports, back-ups, terugzetten en vernietigen. Nooit de inhoud van een melding. Niemand kan iets uit dit log wissen of wijzigen.',
  'safety.audit.filter': 'Filter op het auditlog',
  'safety.audit.kind': 'Soort',
  'safety.audit.allKinds': 'Alle soorten',
  'safety.audit.from': 'Van',
  'safety.audit.to': 'Tot en met',
  'safety.audit.apply': 'Tonen',
  'safety.audit.clear': 'Filter wissen',
  'safety.audit.caption': 'Gebeurtenissen in het auditlog',
  'safety.audit.col.at': 'Datum en tijd',
  'safety.audit.col.kind': 'Soort',
  'safety.audit.col.details': 'Details',
  'safety.audit.count.one': '1 gebeurtenis',
  'safety.audit.count.other': '{count} gebeurtenissen',
  'safety.audit.limited':
    'Alleen de nieuwste {count} gebeurtenissen worden getoond. Kies een kortere periode om oudere te zien.',
  'safety.audit.emptyTitle': 'Geen gebeurtenissen',
  'safety.audit.emptyText': 'Er staat niets in het auditlog dat bij dit filter past.',
  'safety.audit.kind.unlock': 'Ontgrendeld',
  'safety.audit.kind.export': 'Export',
  'safety.audit.kind.backup': 'Back-up gemaakt',
  'safety.audit.kind.restore': 'Back-up teruggezet',
  'safety.audit.kind.case_destroyed': 'Melding vernietigd',
  'safety.audit.kind.handover': 'Melding overgedragen',
  'safety.audit.method.passphrase': 'met wachtwoord',
  'safety.audit.method.recoveryCode': 'met herstelcode',
  'safety.audit.case': 'melding {number}',
  'safety.audit.invoice': 'factuur {number}',
  'safety.audit.folder': 'map "{name}"',
  'safety.audit.period': '{start} t/m {end}',
  'safety.audit.allOrganisations': 'alle organisaties',
  'safety.audit.exportKind.invoice_pdf': 'Factuur (PDF)',
  'safety.audit.exportKind.invoice_ubl': 'E-factuur (UBL)',
  'safety.audit.exportKind.invoice_csv': 'Factuur (CSV)',
  'safety.audit.exportKind.invoice_hours_csv': 'Urenspecificatie van een factuur (CSV)',
  'safety.audit.exportKind.invoice_list_csv': 'Facturenlijst (CSV)',
  'safety.audit.exportKind.hours_list_csv': 'Urenlijst (CSV)',
  'safety.audit.exportKind.appointments_ics': 'Afspraken (agendabestand)',
  'safety.audit.exportKind.annual_report_pdf': 'Jaarverslag (PDF)',
  'safety.audit.exportKind.annual_report_csv': 'Jaarverslag (CSV)',
  'safety.audit.exportKind.practice_overview_pdf': 'Jaaroverzicht van de praktijk (PDF)',
  'safety.audit.exportKind.practice_overview_csv': 'Jaaroverzicht van de praktijk (CSV)',

  // ---------- Vandaag ----------
  'safety.home.title': 'Uw dossier veilig houden',
  'safety.home.backupNever': 'Er is nog geen back-up van uw dossier gemaakt.',
  'safety.home.backupOld': 'Tijd voor een back-up: de laatste is van {when}.',
  'safety.home.backupAction': 'Back-up maken',
  'safety.home.retention.one': '1 afgesloten melding is over haar bewaartermijn.',
  'safety.home.retention.other': '{count} afgesloten meldingen zijn over hun bewaartermijn.',
  'safety.home.retentionAction': 'Bewaartermijn bekijken',
} as const;
