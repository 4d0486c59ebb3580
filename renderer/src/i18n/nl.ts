import { errorEntries } from './errors';

const nlErrors = errorEntries('nl');

/**
 * Every text on screen, in Dutch (the default). `en.ts` must have exactly these keys.
 * Placeholders are written {name} and filled in by t().
 */
export const nl = {
  ...nlErrors,

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
  'validation.invalid': 'Controleer dit veld.',

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
  'comingSoon.organisations':
    'Hier komen straks de organisaties waarvoor u vertrouwenspersoon bent, met hun afspraken en tarieven.',
  'comingSoon.hours':
    'Hier schrijft u straks uw uren, per organisatie en zonder namen van melders.',
  'comingSoon.invoices':
    'Hier maakt u straks facturen met een urenspecificatie die niet naar personen te herleiden is.',
  'comingSoon.reports': 'Hier stelt u straks per organisatie een geanonimiseerd jaarverslag samen.',
  'comingSoon.text': 'Dit onderdeel is nog niet beschikbaar in deze versie van VP Dossier.',

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
