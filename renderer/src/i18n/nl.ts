import { appointmentsNl } from './appointments.nl';
import { billingNl } from './billing.nl';
import { casesNl } from './cases.nl';
import { contractsNl } from './contracts.nl';
import { errorEntries } from './errors';
import { handoverNl } from './handover.nl';
import { exportNl } from './export.nl';
import { helpNl } from './help.nl';
import { keyboardNl } from './keyboard.nl';
import { lockNl } from './lock.nl';
import { reportsNl } from './reports.nl';
import { safetyNl } from './safety.nl';

const nlErrors = errorEntries('nl');

/**
 * Every text on screen, in Dutch (the default). `en.ts` must have exactly these keys.
 * Placeholders are written {name} and filled in by t().
 */
export const nl = {
  ...nlErrors,
  ...casesNl,
  ...appointmentsNl,
  ...contractsNl,
  ...billingNl,
  ...reportsNl,
  ...handoverNl,
  ...keyboardNl,
  ...exportNl,
  ...helpNl,
  ...safetyNl,
  ...lockNl,

  'app.name': 'VP Dossier',
  'app.tagline': 'Het versleutelde dossier van de vertrouwenspersoon',
  'app.loading': 'VP Dossier wordt geopend…',
  'app.startupFailed': 'Het dossier kan nu niet worden geopend',
  'app.retry': 'Opnieuw proberen',

  'language.label': 'Taal',
  'language.nl': 'Nederlands',
  'language.en': 'English',
  'language.switchTo': 'English',
  'language.switchToLabel': 'Switch to English',

  'passphrase.show': 'Tonen',
  'passphrase.hide': 'Verbergen',
  'passphrase.showLabel': 'Tonen: {field}',
  'passphrase.hideLabel': 'Verbergen: {field}',

  'validation.required': 'Vul dit veld in.',
  'validation.tooShort': 'Gebruik minstens {min} tekens.',
  'validation.tooLong': 'Dit is te lang.',
  'validation.mismatch': 'De twee wachtwoorden zijn niet gelijk.',
  'validation.weak':
    'Dit wachtwoord is nog niet sterk genoeg. Maak het langer, bijvoorbeeld met een extra woord.',
  'validation.recoveryCodeFormat':
    'Een herstelcode bestaat alleen uit letters en cijfers, eventueel met streepjes.',
  'validation.sameAsCurrent': 'Kies een ander wachtwoord dan het huidige.',
  'validation.kvkNumber': 'Een KvK-nummer bestaat uit 8 cijfers.',
  'validation.vatNumber':
    'Dit btw-nummer klopt niet. Een Nederlands btw-nummer is NL + 9 cijfers + B + 2 cijfers.',
  'validation.email': 'Vul een geldig e-mailadres in, zoals facturen@organisatie.nl.',
  'validation.postcode': 'Vul een Nederlandse postcode in, zoals 1234 AB.',
  'validation.date': 'Vul een bestaande datum in.',
  'validation.endBeforeStart': 'Het einde ligt vóór de start van de opdracht.',
  'validation.country': 'Vul een landcode van twee letters in, zoals NL of BE.',
  'validation.count': 'Vul een heel getal in, zoals 35.',
  'validation.dateTime': 'Vul een bestaande datum en tijd in.',
  'validation.anonymousWithName':
    'Een anonieme melder heeft geen naam of contactgegevens. Laat die velden leeg, of maak de melding niet-anoniem.',
  'validation.behaviourRequired': 'Kies minstens één soort gedrag.',
  'validation.firstContactBeforeRequest':
    'Het eerste contact ligt vóór het verzoek. Controleer de datum en tijd.',
  'validation.outcomeRequired': 'Kies de uitkomst om de melding af te sluiten.',
  'validation.iban':
    'Dit IBAN klopt niet. Controleer de cijfers, bijvoorbeeld NL91 ABNA 0417 1643 00.',
  'validation.bic': 'Een BIC heeft 8 of 11 letters en cijfers, bijvoorbeeld ABNANL2A.',
  'validation.logoTooLarge': 'Het logo is te groot. Kies een PNG- of JPEG-bestand tot 1 MB.',
  'validation.amount': 'Vul een bedrag in euro’s in, zoals 120,00.',
  'validation.bandRange':
    'Het hoogste aantal medewerkers moet minstens zo groot zijn als het laagste.',
  'validation.bandOverlap':
    'Deze staffel overlapt met de vorige. Laat elke staffel beginnen na het einde van de vorige.',
  'validation.freeFirstHourNeedsHourly':
    'Een gratis eerste uur kan alleen bij een uurtarief voor consulten.',
  'validation.outsideContract': 'Deze datum valt buiten de looptijd van het contract.',
  'validation.minutes': 'Vul een aantal minuten in tussen 1 en 1440.',
  'validation.month': 'Kies een maand.',
  'validation.year': 'Vul een jaartal in, zoals 2026.',
  'validation.invalid': 'Controleer dit veld.',
  'validation.time': 'Vul een bestaande tijd in, zoals 14:30.',
  'validation.appointmentDuration': 'Vul een heel aantal minuten in, van 5 tot 720.',
  'validation.periodOrder': 'Deze datum ligt vóór de begindatum.',
  'validation.periodTooLong': 'Kies een periode van hoogstens een jaar.',

  'strength.label': 'Sterkte van het wachtwoord',
  'strength.empty': 'Nog niets ingevuld',
  'strength.checking': 'Sterkte wordt bepaald…',
  'strength.weak': 'Zwak',
  'strength.fair': 'Redelijk',
  'strength.strong': 'Sterk',
  'strength.veryStrong': 'Zeer sterk',
  'strength.value': 'Sterkte: {level}',
  'strength.enough': 'Sterk genoeg.',
  'strength.notEnough': 'Nog niet sterk genoeg.',
  'strength.needMore': 'Nog {count} tekens nodig.',
  'strength.needOneMore': 'Nog 1 teken nodig.',
  'strength.tip': 'Tip: een zin van vier of vijf gewone woorden is sterk en goed te onthouden.',
  'strength.warning.straightRow':
    'Toetsen die op het toetsenbord naast elkaar liggen, zijn makkelijk te raden.',
  'strength.warning.keyPattern': 'Korte toetsenbordpatronen zijn makkelijk te raden.',
  'strength.warning.simpleRepeat': 'Herhaalde tekens zoals "aaa" zijn makkelijk te raden.',
  'strength.warning.extendedRepeat':
    'Herhaalde patronen zoals "abcabcabc" zijn makkelijk te raden.',
  'strength.warning.sequences': 'Reeksen zoals "abc" of "123" zijn makkelijk te raden.',
  'strength.warning.recentYears': 'Recente jaartallen zijn makkelijk te raden.',
  'strength.warning.dates': 'Datums zijn makkelijk te raden.',
  'strength.warning.topTen': 'Dit wachtwoord wordt heel vaak gebruikt.',
  'strength.warning.topHundred': 'Dit wachtwoord wordt erg vaak gebruikt.',
  'strength.warning.common': 'Dit wachtwoord wordt veel gebruikt.',
  'strength.warning.similarToCommon': 'Dit lijkt op een veelgebruikt wachtwoord.',
  'strength.warning.wordByItself': 'Eén los woord is makkelijk te raden.',
  'strength.warning.namesByThemselves': 'Losse namen zijn makkelijk te raden.',
  'strength.warning.commonNames': 'Veelvoorkomende namen zijn makkelijk te raden.',
  'strength.warning.userInputs': 'Vermijd woorden die met u of met deze app te maken hebben.',
  'strength.warning.pwned': 'Dit wachtwoord komt voor in een bekend datalek.',
  'strength.suggestion.l33t': "Vermijd voorspelbare vervangingen, zoals '@' voor 'a'.",
  'strength.suggestion.reverseWords': 'Vermijd woorden die achterstevoren zijn geschreven.',
  'strength.suggestion.allUppercase': 'Gebruik hoofdletters in een deel, niet overal.',
  'strength.suggestion.capitalization': 'Een hoofdletter aan het begin maakt weinig verschil.',
  'strength.suggestion.dates': 'Vermijd datums en jaartallen die met u te maken hebben.',
  'strength.suggestion.recentYears': 'Vermijd recente jaartallen.',
  'strength.suggestion.associatedYears': 'Vermijd jaartallen die met u te maken hebben.',
  'strength.suggestion.sequences': 'Vermijd reeksen zoals "abc" of "123".',
  'strength.suggestion.repeated': 'Vermijd herhaalde woorden en tekens.',
  'strength.suggestion.longerKeyboardPattern':
    'Vermijd toetsenbordpatronen; losse woorden zijn sterker.',
  'strength.suggestion.anotherWord': 'Voeg nog een woord toe, liefst een ongewoon woord.',
  'strength.suggestion.useWords': 'Gebruik een paar woorden die niet vaak samen voorkomen.',
  'strength.suggestion.noNeed':
    'Leestekens, hoofdletters of cijfers zijn niet nodig: lengte telt het meest.',
  'strength.suggestion.pwned': 'Gebruikt u dit wachtwoord ergens anders? Verander het daar ook.',

  'firstRun.title': 'Nieuw dossier aanmaken',
  'firstRun.intro':
    'Welkom bij VP Dossier. Alles wat u vastlegt, blijft versleuteld op deze laptop. Er gaat niets naar internet.',
  'firstRun.passphraseIntro':
    'Kies een wachtwoord waarmee u het dossier opent. Niemand kan dit wachtwoord voor u terughalen. Bent u het kwijt, dan opent u het dossier alleen nog met de herstelcode die u zo meteen krijgt.',
  'firstRun.passphrase': 'Wachtwoord',
  'firstRun.passphraseHint':
    'Minstens {min} tekens. Een zin van een paar woorden is sterk en goed te onthouden.',
  'firstRun.confirm': 'Herhaal wachtwoord',
  'firstRun.submit': 'Dossier aanmaken',
  'firstRun.busy': 'Bezig met aanmaken…',
  'firstRun.existsAction': 'Naar ontgrendelen',

  'demo.title': 'Eerst rondkijken?',
  'demo.intro':
    'Open een voorbeelddossier met verzonnen organisaties en meldingen. Uw eigen dossier maakt u daarna aan.',
  'demo.unlockIntro': 'Of kijk rond in een voorbeelddossier met verzonnen gegevens.',
  'demo.open': 'Voorbeelddossier openen',
  'demo.opening': 'Voorbeelddossier wordt klaargezet…',
  'demo.bannerTitle': 'Voorbeelddossier',
  'demo.bannerText':
    'alle gegevens zijn verzonnen. Vergrendel om terug te gaan naar uw eigen dossier.',
  'demo.close': 'Voorbeeld sluiten',
  'demo.closing': 'Bezig met sluiten…',
  'demo.settingsNotice':
    'Dit is het voorbeelddossier. Het wachtwoord en de herstelcode stelt u in uw eigen dossier in.',

  'recovery.title': 'Uw herstelcode',
  'recovery.intro':
    'Met deze code opent u uw dossier als u uw wachtwoord vergeet. De code wordt maar één keer getoond.',
  'recovery.codeLabel': 'Herstelcode',
  'recovery.keepSafe':
    'Druk de code af of schrijf hem over, en bewaar het papier op een veilige plek, niet bij uw laptop. Bewaar de code niet in een bestand op deze laptop.',
  'recovery.print': 'Afdrukken',
  'recovery.confirmTitle': 'Controle',
  'recovery.confirmIntro':
    'Typ ter controle de laatste groep van de code over (of de hele code), zoals u hem hebt bewaard.',
  'recovery.confirmField': 'Laatste groep van de herstelcode',
  'recovery.confirmHint': 'De tekens na het laatste streepje.',
  'recovery.confirmMismatch': 'Dit komt niet overeen met de herstelcode hierboven.',
  'recovery.confirmMatch': 'Klopt.',
  'recovery.savedCheckbox': 'Ik heb de herstelcode veilig bewaard',
  'recovery.continue': 'Verder',
  'recovery.continueHint': 'Verder kan zodra de controle klopt en u het vakje hebt aangevinkt.',
  'recovery.busy': 'Bezig met opslaan…',
  'recovery.printTitle': 'Herstelcode VP Dossier',
  'recovery.printInstruction':
    'Met deze code opent u uw dossier als u uw wachtwoord bent vergeten. Bewaar dit papier op een veilige plek, apart van uw laptop. Wie deze code en uw laptop heeft, kan uw dossier openen.',
  'recovery.printDate': 'Aangemaakt op {date}',

  'unlock.title': 'Dossier ontgrendelen',
  'unlock.intro': 'Uw dossier is vergrendeld. Vul uw wachtwoord in om verder te werken.',
  'unlock.passphrase': 'Wachtwoord',
  'unlock.submit': 'Ontgrendelen',
  'unlock.busy': 'Bezig met ontgrendelen…',
  'unlock.useRecoveryCode': 'Wachtwoord vergeten? Herstelcode gebruiken',
  'unlock.recoveryIntro':
    'Vul de herstelcode in die u hebt afgedrukt of opgeschreven. Gebruik altijd de nieuwste code die u hebt gemaakt. Daarna kiest u een nieuw wachtwoord.',
  'unlock.recoveryCode': 'Herstelcode',
  'unlock.recoveryCodeHint':
    'Acht groepen van vier tekens. Hoofdletters, spaties en streepjes maken niet uit.',
  'unlock.submitRecovery': 'Ontgrendelen met herstelcode',
  'unlock.usePassphrase': 'Terug naar wachtwoord',

  'nav.label': 'Hoofdmenu',
  'nav.skip': 'Naar de inhoud',
  'nav.home': 'Home',
  'nav.cases': 'Meldingen',
  'nav.agenda': 'Agenda',
  'nav.organisations': 'Organisaties',
  'nav.hours': 'Uren',
  'nav.invoices': 'Facturen',
  'nav.reports': 'Jaarverslagen',
  'nav.settings': 'Instellingen',
  'lock.button': 'Vergrendelen',
  'lock.busy': 'Bezig met vergrendelen…',
  'lock.shortcut': 'Sneltoets:',

  'home.title': 'Vandaag',
  'home.emptyTitle': 'Nog niets voor vandaag',
  'home.emptyText':
    'Hier ziet u straks in één oogopslag wat vandaag aandacht vraagt: nieuwe meldingen die op een eerste reactie wachten, geplande gesprekken en uren die u nog moet vastleggen.',
  'home.recoveryNotice':
    'U hebt het dossier geopend met uw herstelcode. Kies een nieuw wachtwoord, zodat u het dossier voortaan weer met een wachtwoord opent.',
  'home.recoveryAction': 'Nieuw wachtwoord kiezen',
  'home.unconfirmedTitle': 'Uw herstelcode is nog niet bevestigd',
  'home.unconfirmedText':
    'U hebt nog niet bevestigd dat u uw herstelcode veilig hebt bewaard. Zonder bewaarde herstelcode kunt u het dossier niet meer openen als u uw wachtwoord vergeet. Maak daarom een nieuwe herstelcode en bewaar die goed.',
  'home.unconfirmedAction': 'Nieuwe herstelcode maken',

  'comingSoon.badge': 'Komt binnenkort',
  'comingSoon.cases':
    'Hier houdt u straks uw meldingen bij: van het eerste contact tot het afsluiten, met uw aantekeningen per gesprek.',
  'comingSoon.hours':
    'Hier schrijft u straks uw uren, per organisatie en zonder namen van melders.',
  'comingSoon.invoices':
    'Hier maakt u straks facturen met een urenspecificatie die niet naar personen te herleiden is.',
  'comingSoon.reports': 'Hier stelt u straks per organisatie een geanonimiseerd jaarverslag samen.',
  'comingSoon.text': 'Dit onderdeel is nog niet beschikbaar in deze versie van VP Dossier.',

  'organisations.subtitle': 'De opdrachtgevers waarvoor u vertrouwenspersoon bent.',
  'organisations.add': 'Organisatie toevoegen',
  'organisations.loading': 'De organisaties worden geladen…',
  'organisations.emptyTitle': 'Nog geen organisaties',
  'organisations.emptyText':
    'Een organisatie is een opdrachtgever: de werkgever die u inschakelt als vertrouwenspersoon voor zijn medewerkers. Per organisatie legt u de afspraken vast, zoals de reactietermijn en het lidmaatschap. Meldingen, uren, facturen en jaarverslagen horen straks bij een organisatie.',
  'organisations.emptyFirstStep':
    'Begin met het toevoegen van een organisatie. Alleen de statutaire naam is nodig; de rest kunt u later aanvullen.',
  'organisations.filter': 'Zoek op naam, plaats of KvK-nummer',
  'organisations.showArchived': 'Toon gearchiveerde',
  'organisations.countOne': '1 organisatie',
  'organisations.count': '{count} organisaties',
  'organisations.countFiltered': '{shown} van {total} organisaties',
  'organisations.noMatches': 'Geen organisaties gevonden voor "{query}".',
  'organisations.noActive':
    'Alle organisaties zijn gearchiveerd. Zet "Toon gearchiveerde" aan om ze te zien.',
  'organisations.tableCaption': 'Uw organisaties',
  'organisations.col.name': 'Naam',
  'organisations.col.city': 'Plaats',
  'organisations.col.kvk': 'KvK-nummer',
  'organisations.col.reactionTime': 'Reactietermijn',
  'organisations.col.membership': 'Lidmaatschap',
  'organisations.col.units': 'Onderdelen',
  'organisations.hours': '{hours} uur',
  'organisations.member': 'Lid',
  'organisations.nonMember': 'Niet-lid',
  'organisations.archived': 'Gearchiveerd',
  'organisations.notFilled': 'Niet ingevuld',
  'organisations.back': 'Alle organisaties',
  'organisations.loadingOne': 'De organisatie wordt geladen…',
  'organisations.retry': 'Opnieuw proberen',

  'organisations.form.newTitle': 'Organisatie toevoegen',
  'organisations.form.editTitle': 'Organisatie bewerken',
  'organisations.form.intro':
    'Alleen de statutaire naam is verplicht. De rest kunt u ook later aanvullen.',
  'organisations.form.details': 'Gegevens',
  'organisations.form.address': 'Adres',
  'organisations.form.billing': 'Facturatie',
  'organisations.form.billingIntro': 'Deze gegevens komen op uw facturen aan de organisatie.',
  'organisations.form.agreements': 'Afspraken',
  'organisations.form.notes': 'Notities',
  'organisations.form.saveNew': 'Organisatie opslaan',
  'organisations.form.saveEdit': 'Wijzigingen opslaan',
  'organisations.form.busy': 'Bezig met opslaan…',
  'organisations.form.cancel': 'Annuleren',
  'organisations.form.checkFields': 'Het gaat om:',
  'organisations.form.kvkExists': 'Dit KvK-nummer hoort al bij een andere organisatie.',
  'organisations.field.legalName': 'Statutaire naam',
  'organisations.field.legalNameHint': 'Zoals ingeschreven bij de KvK',
  'organisations.field.kvkNumber': 'KvK-nummer',
  'organisations.field.kvkNumberHint': '8 cijfers',
  'organisations.field.vatNumber': 'Btw-nummer',
  'organisations.field.vatNumberHint': 'NL + 9 cijfers + B + 2 cijfers',
  'organisations.field.street': 'Straat en huisnummer',
  'organisations.field.postcode': 'Postcode',
  'organisations.field.city': 'Plaats',
  'organisations.field.country': 'Land',
  'organisations.field.countryHint': 'Landcode van twee letters, zoals NL of BE',
  'organisations.field.billingContactName': 'Contactpersoon',
  'organisations.field.billingEmail': 'E-mailadres voor facturen',
  'organisations.field.purchaseOrderNumber': 'Inkoopordernummer',
  'organisations.field.purchaseOrderNumberHint': 'Als de organisatie erom vraagt',
  'organisations.field.buyerReference': 'Referentie van de opdrachtgever',
  'organisations.field.buyerReferenceHint': 'Buyer reference, voor e-facturen',
  'organisations.field.employeeCount': 'Aantal medewerkers',
  'organisations.field.employeeCountHint':
    'Bij sommige abonnementen hangt de prijs af van het aantal medewerkers.',
  'organisations.field.isMember': 'Lid van de vereniging',
  'organisations.field.isMemberHint': 'Voor leden gelden soms lagere tarieven.',
  'organisations.field.yes': 'Ja',
  'organisations.field.no': 'Nee',
  'organisations.field.reactionTime': 'Reactietermijn',
  'organisations.field.reactionTimeHint':
    'Binnen hoeveel uur u na een verzoek contact opneemt met de melder.',
  'organisations.field.reactionTimeOption': 'Binnen {hours} uur',
  'organisations.field.engagementStart': 'Start van de opdracht',
  'organisations.field.engagementStartHint': 'Vanaf wanneer u vertrouwenspersoon bent',
  'organisations.field.engagementEnd': 'Einde van de opdracht',
  'organisations.field.engagementEndHint': 'Leeg als de opdracht doorloopt',
  'organisations.field.notes': 'Notities over de organisatie',
  'organisations.field.notesHint':
    'Zakelijke afspraken met de organisatie. Schrijf hier geen gegevens van melders.',
  'organisations.created': 'De organisatie is opgeslagen.',
  'organisations.updated': 'De wijzigingen zijn opgeslagen.',

  'organisations.detail.edit': 'Bewerken',
  'organisations.detail.archive': 'Archiveren',
  'organisations.detail.restore': 'Terugzetten',
  'organisations.detail.archivedNotice':
    'Deze organisatie is gearchiveerd op {date}. Alles is bewaard voor verslagen en facturen, maar de organisatie staat niet meer in uw dagelijkse overzichten.',
  'organisations.detail.reactionTime': 'Reactie binnen {hours} uur',
  'organisations.detail.employees': 'Medewerkers',
  'organisations.detail.membership': 'Lidmaatschap',
  'organisations.detail.memberYes': 'Lid van de vereniging',
  'organisations.detail.memberNo': 'Geen lid van de vereniging',
  'organisations.detail.ongoing': 'Loopt door',
  'organisations.archiveDialog.title': '{name} archiveren?',
  'organisations.archiveDialog.text':
    'De organisatie verdwijnt uit uw dagelijkse overzichten. Er wordt niets verwijderd: meldingen, uren en facturen blijven bewaard en tellen mee in jaarverslagen en facturen.',
  'organisations.archiveDialog.restoreNote':
    'U kunt de organisatie altijd terugzetten. U vindt haar met "Toon gearchiveerde".',
  'organisations.archiveDialog.confirm': 'Archiveren',
  'organisations.archiveDialog.busy': 'Bezig met archiveren…',
  'organisations.archiveDialog.cancel': 'Annuleren',
  'organisations.archivedToast':
    'De organisatie is gearchiveerd. U vindt haar terug met "Toon gearchiveerde".',
  'organisations.restoredToast': 'De organisatie is teruggezet.',

  'units.title': "Onderdelen of regio's",
  'units.intro':
    "Deel een organisatie op in bedrijfsonderdelen of regio's als zij uw meldingen per onderdeel geteld wil zien. Onderdelen worden alleen gebruikt in geanonimiseerde aantallen, en alleen waar die groot genoeg zijn om niemand herkenbaar te maken.",
  'units.empty':
    'Nog geen onderdelen. Dat is ook niet nodig: zonder onderdelen telt alles voor de organisatie als geheel.',
  'units.activeLabel': 'Onderdelen',
  'units.archivedTitle': 'Gearchiveerde onderdelen',
  'units.rename': 'Naam wijzigen',
  'units.renameLabel': 'Naam wijzigen: {name}',
  'units.newName': 'Nieuwe naam voor {name}',
  'units.save': 'Opslaan',
  'units.cancel': 'Annuleren',
  'units.archive': 'Archiveren',
  'units.archiveLabel': 'Archiveren: {name}',
  'units.restore': 'Terugzetten',
  'units.restoreLabel': 'Terugzetten: {name}',
  'units.addField': 'Nieuw onderdeel of nieuwe regio',
  'units.addHint': 'Bijvoorbeeld "Zorg" of "Regio Noord"',
  'units.add': 'Toevoegen',
  'units.busy': 'Bezig…',

  'settings.title': 'Instellingen',
  'settings.languageTitle': 'Taal',
  'settings.languageIntro': 'De taal van de schermen. Uw dossier zelf verandert niet.',
  'settings.passphraseTitle': 'Wachtwoord wijzigen',
  'settings.passphraseIntro':
    'Na het wijzigen opent u het dossier met het nieuwe wachtwoord. Uw herstelcode blijft geldig.',
  'settings.recoveryNotice':
    'U hebt het dossier geopend met uw herstelcode. Kies nu een nieuw wachtwoord. Uw herstelcode blijft daarna gewoon geldig.',
  'settings.recoveryCodeFilled': 'Uw herstelcode is al ingevuld.',
  'settings.currentPassphrase': 'Huidig wachtwoord',
  'settings.currentRecoveryCode': 'Herstelcode',
  'settings.newPassphrase': 'Nieuw wachtwoord',
  'settings.confirmPassphrase': 'Herhaal nieuw wachtwoord',
  'settings.submit': 'Wachtwoord wijzigen',
  'settings.busy': 'Bezig met opslaan…',
  'settings.saved': 'Uw wachtwoord is gewijzigd. Uw herstelcode blijft geldig.',
  'settings.recoveryTitle': 'Herstelcode',
  'settings.recoveryIntro':
    'Bent u uw herstelcode kwijt, of hebt u hem niet kunnen bewaren? Maak dan een nieuwe. Uw oude herstelcode werkt daarna niet meer.',
  'settings.recoveryUnconfirmed':
    'Uw huidige herstelcode is nog niet bevestigd. Maak een nieuwe herstelcode en bewaar die goed.',
  'settings.recoveryAfterReset':
    'Kies eerst hierboven een nieuw wachtwoord. Daarna kunt u hier zo nodig een nieuwe herstelcode maken.',
  'settings.renewPassphrase': 'Uw huidige wachtwoord',
  'settings.renewPassphraseHint': 'Ter controle dat u het bent.',
  'settings.renewSubmit': 'Nieuwe herstelcode maken',
  'settings.renewBusy': 'Bezig met maken…',
  'settings.renewTitle': 'Uw nieuwe herstelcode',
  'settings.renewIntro':
    'Met deze code opent u uw dossier als u uw wachtwoord vergeet. De code wordt maar één keer getoond. Uw oude herstelcode werkt niet meer.',
  'settings.renewConfirmed': 'Uw nieuwe herstelcode is bevestigd. De oude code werkt niet meer.',

  'toast.close': 'Melding sluiten',
} as const;

export type MessageKey = keyof typeof nl;
