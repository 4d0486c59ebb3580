/**
 * The fixed list of error codes that may cross to the renderer, with the message a counsellor
 * reads. Nothing else crosses: no stack trace, SQL text or file path.
 */
export const errorCodes = [
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_CODE',
  'UNLOCK_DELAYED',
  'KEY_FILE_MISSING',
  'KEY_FILE_DAMAGED',
  'DATABASE_MISSING',
  'DATABASE_DAMAGED',
  'NOT_A_CASE_FILE',
  'NEWER_VERSION',
  'CIPHER_INACTIVE',
  'CASE_FILE_EXISTS',
  'NO_CASE_FILE',
  'LOCKED',
  'NOT_FOUND',
  'ORGANISATION_EXISTS',
  'UNIT_EXISTS',
  'ORGANISATION_ARCHIVED',
  'INVALID_TRANSITION',
  'WEAK_PASSPHRASE',
  'INVALID_INPUT',
  'DISK_ERROR',
  'EXPORT_BLOCKED',
  'ENTRY_LOCKED',
  'CONTRACT_OVERLAP',
  'NO_CONTRACT',
  'NOTHING_TO_BILL',
  'EMPLOYEE_COUNT_MISSING',
  'NO_BAND_FITS',
  'NO_SUBSCRIPTION',
  'PRACTICE_DETAILS_MISSING',
  'BUYER_ADDRESS_MISSING',
  'ALREADY_INVOICED',
  'ALREADY_CREDITED',
  'ISSUE_DATE_BEFORE_LAST',
  'EINVOICE_SELLER_VAT_MISSING',
  'EINVOICE_BUYER_KVK_MISSING',
  'EINVOICE_BUYER_ENDPOINT_MISSING',
  'BACKUP_DISK_FULL',
  'BACKUP_FAILED',
  'BACKUP_NOT_VALID',
  'RESTORE_FAILED',
  'RETENTION_NOT_PASSED',
  'HANDOVER_CASE_NOT_OPEN',
  'HANDOVER_FAILED',
  'HANDOVER_NOT_VALID',
  'HANDOVER_ALREADY_IMPORTED',
  'HANDOVER_FROM_THIS_CASE_FILE',
  'HANDOVER_OWN_PASSPHRASE',
  'FORBIDDEN',
  'UNKNOWN_CALL',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export type Locale = 'nl' | 'en';

export const errorMessages: Record<ErrorCode, Record<Locale, string>> = {
  WRONG_PASSPHRASE: {
    nl: 'Het wachtwoord klopt niet. Controleer hoofdletters en probeer het opnieuw.',
    en: 'The passphrase is not correct. Check capital letters and try again.',
  },
  WRONG_RECOVERY_CODE: {
    nl: 'De herstelcode klopt niet. Controleer de code op uw afdruk en probeer het opnieuw.',
    en: 'The recovery code is not correct. Check the code on your printout and try again.',
  },
  UNLOCK_DELAYED: {
    nl: 'Na meerdere onjuiste pogingen moet u even wachten voordat u het opnieuw kunt proberen. Uw dossier blijft gewoon bewaard.',
    en: 'After several incorrect attempts you need to wait a moment before trying again. Your case file stays as it is.',
  },
  KEY_FILE_MISSING: {
    nl: 'Het sleutelbestand van uw dossier ontbreekt. Zonder dit bestand kan het dossier niet worden geopend. Zet een back-up terug.',
    en: 'The key file of your case file is missing. Without it the case file cannot be opened. Restore a backup.',
  },
  KEY_FILE_DAMAGED: {
    nl: 'Het sleutelbestand van uw dossier is beschadigd of gewijzigd. Het dossier wordt niet geopend. Zet een back-up terug.',
    en: 'The key file of your case file is damaged or has been changed. The case file will not be opened. Restore a backup.',
  },
  DATABASE_MISSING: {
    nl: 'Het dossierbestand ontbreekt. Er wordt geen nieuw dossier aangemaakt. Zet een back-up terug.',
    en: 'The case file database is missing. No new case file will be created. Restore a backup.',
  },
  DATABASE_DAMAGED: {
    nl: 'Het dossierbestand is beschadigd. Uw wachtwoord is wel juist. Het bestand is niet gewijzigd; zet een back-up terug.',
    en: 'The case file is damaged. Your passphrase is correct. The file has not been changed; restore a backup.',
  },
  NOT_A_CASE_FILE: {
    nl: 'Dit is geen dossier van VP Dossier. Het bestand wordt niet geopend.',
    en: 'This is not a VP Dossier case file. It will not be opened.',
  },
  NEWER_VERSION: {
    nl: 'Dit dossier is gemaakt met een nieuwere versie van VP Dossier. Werk de app bij om het te openen.',
    en: 'This case file was made with a newer version of VP Dossier. Update the app to open it.',
  },
  CIPHER_INACTIVE: {
    nl: 'De versleuteling werkt niet zoals verwacht. Uit voorzorg wordt het dossier niet geopend.',
    en: 'Encryption is not working as expected. As a precaution the case file will not be opened.',
  },
  CASE_FILE_EXISTS: {
    nl: 'Hier staat al een dossier. Een bestaand dossier wordt nooit overschreven.',
    en: 'A case file already exists here. An existing case file is never overwritten.',
  },
  NO_CASE_FILE: {
    nl: 'Er is nog geen dossier. Maak eerst een nieuw dossier aan.',
    en: 'There is no case file yet. Create a new case file first.',
  },
  LOCKED: {
    nl: 'Het dossier is vergrendeld. Ontgrendel het om verder te gaan.',
    en: 'The case file is locked. Unlock it to continue.',
  },
  NOT_FOUND: {
    nl: 'Dit onderdeel bestaat niet (meer). Ververs het overzicht en probeer het opnieuw.',
    en: 'This item does not exist (any more). Refresh the overview and try again.',
  },
  ORGANISATION_EXISTS: {
    nl: 'Er is al een organisatie met dit KvK-nummer. Zoek die op in het overzicht (ook bij de gearchiveerde).',
    en: 'An organisation with this KvK number already exists. Look it up in the overview (archived ones included).',
  },
  UNIT_EXISTS: {
    nl: 'Deze organisatie heeft al een onderdeel met deze naam.',
    en: 'This organisation already has a unit with this name.',
  },
  ORGANISATION_ARCHIVED: {
    nl: 'Deze organisatie is gearchiveerd. Zet haar eerst terug om er een nieuwe melding bij te maken.',
    en: 'This organisation is archived. Restore it first to record a new case for it.',
  },
  INVALID_TRANSITION: {
    nl: 'Deze statuswijziging past niet bij de huidige status van de melding.',
    en: 'This status change does not fit the current status of the case.',
  },
  WEAK_PASSPHRASE: {
    nl: 'Kies een sterker wachtwoord: minstens 12 tekens, liefst een zin van enkele woorden.',
    en: 'Choose a stronger passphrase: at least 12 characters, preferably a sentence of several words.',
  },
  INVALID_INPUT: {
    nl: 'Niet alle gegevens zijn juist ingevuld. Controleer de gemarkeerde velden.',
    en: 'Not all details are filled in correctly. Check the marked fields.',
  },
  DISK_ERROR: {
    nl: 'Opslaan is niet gelukt, bijvoorbeeld omdat de schijf vol is. Er is niets gewijzigd.',
    en: 'Saving failed, for example because the disk is full. Nothing has been changed.',
  },
  FORBIDDEN: {
    nl: 'Dit verzoek is geweigerd.',
    en: 'This request was refused.',
  },
  UNKNOWN_CALL: {
    nl: 'Deze functie bestaat niet in deze versie van de app.',
    en: 'This function does not exist in this version of the app.',
  },
  EXPORT_BLOCKED: {
    nl: 'Deze export is tegengehouden: er staat iets in dat ook in een dossier staat en tot een persoon te herleiden kan zijn, zoals een naam, e-mailadres, telefoonnummer of een zin uit een aantekening. Er is niets opgeslagen.',
    en: 'This export was stopped: it contains something that is also in a case and could identify a person, such as a name, e-mail address, phone number or a sentence from a note. Nothing has been saved.',
  },
  ENTRY_LOCKED: {
    nl: 'Deze uren staan op een verzonden factuur en kunnen niet meer worden gewijzigd. Maak eerst een creditnota als ze niet kloppen.',
    en: 'These hours are on an issued invoice and can no longer be changed. Issue a credit note first if they are wrong.',
  },
  CONTRACT_OVERLAP: {
    nl: 'Deze organisatie heeft in die periode al een contract. Laat het vorige contract eerder eindigen of kies een andere begindatum.',
    en: 'This organisation already has a contract in that period. End the earlier contract sooner or choose another start date.',
  },
  NO_CONTRACT: {
    nl: 'Er is voor deze organisatie geen contract in die periode. Leg eerst een contract vast.',
    en: 'This organisation has no contract for that period. Add a contract first.',
  },
  NOTHING_TO_BILL: {
    nl: 'Er is niets te factureren in deze periode: geen uren, kilometers of afspraken op offerte.',
    en: 'There is nothing to bill in this period: no hours, kilometres or quoted amounts.',
  },
  EMPLOYEE_COUNT_MISSING: {
    nl: 'Het abonnement hangt af van het aantal medewerkers. Vul dat eerst in bij de organisatie.',
    en: 'The subscription depends on the number of employees. Fill that in for the organisation first.',
  },
  NO_BAND_FITS: {
    nl: 'Het aantal medewerkers van deze organisatie valt buiten de staffels van het contract. Pas het contract aan.',
    en: 'The number of employees of this organisation falls outside the bands of the contract. Adjust the contract.',
  },
  NO_SUBSCRIPTION: {
    nl: 'Het contract van deze organisatie heeft geen jaarabonnement.',
    en: 'The contract of this organisation has no yearly subscription.',
  },
  PRACTICE_DETAILS_MISSING: {
    nl: 'Vul eerst uw praktijkgegevens in bij Instellingen: naam, adres, KvK-nummer en IBAN staan op elke factuur.',
    en: 'First fill in your practice details in Settings: name, address, Chamber of Commerce number and IBAN are on every invoice.',
  },
  BUYER_ADDRESS_MISSING: {
    nl: 'Het adres van deze organisatie is niet compleet. Vul straat, postcode en plaats in; ze staan op de factuur.',
    en: 'The address of this organisation is incomplete. Fill in street, postcode and city; they are on the invoice.',
  },
  ALREADY_INVOICED: {
    nl: 'Hiervoor is al een factuur gemaakt.',
    en: 'An invoice has already been issued for this.',
  },
  ALREADY_CREDITED: {
    nl: 'Voor deze factuur is al een creditnota gemaakt, of het is zelf een creditnota.',
    en: 'This invoice has already been credited, or it is a credit note itself.',
  },
  ISSUE_DATE_BEFORE_LAST: {
    nl: 'De factuurdatum ligt vóór die van de vorige factuur in dit jaar. Facturen krijgen hun nummers op volgorde van datum.',
    en: 'The invoice date is before that of the previous invoice this year. Invoices are numbered in date order.',
  },
  EINVOICE_SELLER_VAT_MISSING: {
    nl: 'Voor een e-factuur (UBL) is uw btw-identificatienummer nodig, ook als u geen btw rekent. Vul het in bij Instellingen. De PDF kunt u wel opslaan.',
    en: 'An e-invoice (UBL) needs your VAT identification number, even when you charge no VAT. Fill it in under Settings. You can still save the PDF.',
  },
  EINVOICE_BUYER_KVK_MISSING: {
    nl: 'Voor een Nederlandse e-factuur (UBL) is het KvK-nummer van de organisatie nodig. Vul het in bij de organisatie. De PDF kunt u wel opslaan.',
    en: 'A Dutch e-invoice (UBL) needs the organisation’s Chamber of Commerce number. Fill it in for the organisation. You can still save the PDF.',
  },
  EINVOICE_BUYER_ENDPOINT_MISSING: {
    nl: 'Voor een Peppol-e-factuur is het KvK- of btw-nummer van de organisatie nodig. Vul het in bij de organisatie. De PDF kunt u wel opslaan.',
    en: 'A Peppol e-invoice needs the organisation’s Chamber of Commerce or VAT number. Fill it in for the organisation. You can still save the PDF.',
  },
  BACKUP_DISK_FULL: {
    nl: 'De back-up is niet gelukt: er is te weinig ruimte op de schijf. Uw eerdere back-up is niet aangeraakt.',
    en: 'The backup failed: there is not enough space on the disk. Your earlier backup has not been touched.',
  },
  BACKUP_FAILED: {
    nl: 'De back-up is niet gelukt: de gekozen map kon niet worden beschreven of de kopie was niet in orde, bijvoorbeeld omdat de USB-stick is verwijderd. Er is geen halve back-up achtergebleven en uw eerdere back-up is niet aangeraakt.',
    en: 'The backup failed: the chosen folder could not be written or the copy was not sound, for example because the USB stick was removed. No partial backup was left behind and your earlier backup has not been touched.',
  },
  BACKUP_NOT_VALID: {
    nl: 'In de gekozen map staat geen complete, onbeschadigde back-up van VP Dossier. Kies de map van de back-up zelf (bijvoorbeeld "VP Dossier backup 2026-12-01 1432"). Uw huidige dossier is niet gewijzigd.',
    en: 'The chosen folder does not hold a complete, undamaged VP Dossier backup. Choose the backup’s own folder (for example "VP Dossier backup 2026-12-01 1432"). Your current case file has not been changed.',
  },
  RESTORE_FAILED: {
    nl: 'Het terugzetten van de back-up is niet gelukt, bijvoorbeeld omdat de schijf vol is. Uw huidige dossier is niet gewijzigd.',
    en: 'Restoring the backup failed, for example because the disk is full. Your current case file has not been changed.',
  },
  RETENTION_NOT_PASSED: {
    nl: 'Deze melding wordt niet vernietigd: ze is niet afgesloten of haar bewaartermijn is nog niet verstreken. Er is niets vernietigd.',
    en: 'This case will not be destroyed: it is not closed or its retention term has not passed yet. Nothing has been destroyed.',
  },
  HANDOVER_CASE_NOT_OPEN: {
    nl: 'Alleen open meldingen kunnen worden overgedragen. Een van de gekozen meldingen is afgesloten of bestaat niet meer. Er is niets opgeslagen.',
    en: 'Only open cases can be handed over. One of the chosen cases is closed or no longer exists. Nothing has been saved.',
  },
  HANDOVER_FAILED: {
    nl: 'De overdracht is niet opgeslagen: de gekozen map kon niet worden beschreven, bijvoorbeeld omdat de USB-stick vol is of is verwijderd. Er is geen half bestand achtergebleven en uw dossier is niet gewijzigd.',
    en: 'The handover was not saved: the chosen folder could not be written, for example because the USB stick is full or was removed. No partial file was left behind and your case file has not been changed.',
  },
  HANDOVER_NOT_VALID: {
    nl: 'In de gekozen map staat geen complete, onbeschadigde overdracht van VP Dossier. Kies de map van de overdracht zelf (bijvoorbeeld "VP Dossier overdracht 2026-12-01 1432 (2 meldingen)"). Een gewoon dossier of een back-up kan hier niet worden ingelezen. Uw dossier is niet gewijzigd.',
    en: 'The chosen folder does not hold a complete, undamaged VP Dossier handover. Choose the handover’s own folder (for example "VP Dossier overdracht 2026-12-01 1432 (2 meldingen)"). A normal case file or a backup cannot be read in here. Your case file has not been changed.',
  },
  HANDOVER_ALREADY_IMPORTED: {
    nl: 'Deze overdracht, of een melding daarin, is al eerder ingelezen. Er is niets dubbel toegevoegd.',
    en: 'This handover, or a case in it, has been read in before. Nothing has been added twice.',
  },
  HANDOVER_FROM_THIS_CASE_FILE: {
    nl: 'Deze overdracht is gemaakt vanuit dit dossier zelf. De meldingen staan hier al; er is niets toegevoegd.',
    en: 'This handover was made from this very case file. Its cases are here already; nothing has been added.',
  },
  HANDOVER_OWN_PASSPHRASE: {
    nl: 'Dit is het wachtwoord van uw eigen dossier. Kies voor uw opvolger een ander wachtwoord: wie dit wachtwoord kent, kan uw hele dossier openen. Er is niets opgeslagen.',
    en: 'This is the passphrase of your own case file. Choose another passphrase for your successor: whoever knows this one can open your whole case file. Nothing has been saved.',
  },
  INTERNAL: {
    nl: 'Er ging iets mis. Er is niets gewijzigd. Probeer het opnieuw.',
    en: 'Something went wrong. Nothing has been changed. Please try again.',
  },
};

export function errorMessage(code: ErrorCode, locale: Locale = 'nl'): string {
  return errorMessages[code][locale];
}
