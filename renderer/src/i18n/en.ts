import { appointmentsEn } from './appointments.en';
import { billingEn } from './billing.en';
import { casesEn } from './cases.en';
import { contractsEn } from './contracts.en';
import { errorEntries } from './errors';
import { handoverEn } from './handover.en';
import type { MessageKey } from './nl';
import { exportEn } from './export.en';
import { helpEn } from './help.en';
import { keyboardEn } from './keyboard.en';
import { lockEn } from './lock.en';
import { reportsEn } from './reports.en';
import { safetyEn } from './safety.en';

/** English texts: exactly the keys of nl.ts (the compiler refuses a missing or extra key). */
export const en: Record<MessageKey, string> = {
  ...errorEntries('en'),
  ...casesEn,
  ...appointmentsEn,
  ...contractsEn,
  ...billingEn,
  ...reportsEn,
  ...handoverEn,
  ...keyboardEn,
  ...exportEn,
  ...helpEn,
  ...safetyEn,
  ...lockEn,

  'app.name': 'VP Dossier',
  'app.tagline': "The confidential counsellor's encrypted case file",
  'app.loading': 'Opening VP Dossier…',
  'app.startupFailed': 'The case file cannot be opened right now',
  'app.retry': 'Try again',

  'language.label': 'Language',
  'language.nl': 'Nederlands',
  'language.en': 'English',
  'language.switchTo': 'Nederlands',
  'language.switchToLabel': 'Overschakelen naar Nederlands',

  'passphrase.show': 'Show',
  'passphrase.hide': 'Hide',
  'passphrase.showLabel': 'Show: {field}',
  'passphrase.hideLabel': 'Hide: {field}',

  'validation.required': 'Please fill in this field.',
  'validation.tooShort': 'Use at least {min} characters.',
  'validation.tooLong': 'This is too long.',
  'validation.mismatch': 'The two passphrases are not the same.',
  'validation.weak':
    'This passphrase is not strong enough yet. Make it longer, for example with one more word.',
  'validation.recoveryCodeFormat':
    'A recovery code consists only of letters and digits, possibly with dashes.',
  'validation.sameAsCurrent': 'Choose a passphrase different from the current one.',
  'validation.kvkNumber': 'A KvK number consists of 8 digits.',
  'validation.vatNumber':
    'This VAT number is not correct. A Dutch VAT number is NL + 9 digits + B + 2 digits.',
  'validation.email': 'Enter a valid e-mail address, such as invoices@organisation.nl.',
  'validation.postcode': 'Enter a Dutch postcode, such as 1234 AB.',
  'validation.date': 'Enter a date that exists.',
  'validation.endBeforeStart': 'The end is before the start of the engagement.',
  'validation.country': 'Enter a two-letter country code, such as NL or BE.',
  'validation.count': 'Enter a whole number, such as 35.',
  'validation.dateTime': 'Enter a date and time that exist.',
  'validation.anonymousWithName':
    'An anonymous reporter has no name or contact details. Leave those fields empty, or make the case non-anonymous.',
  'validation.behaviourRequired': 'Choose at least one kind of behaviour.',
  'validation.firstContactBeforeRequest':
    'The first contact is before the request. Check the date and time.',
  'validation.outcomeRequired': 'Choose the outcome to close the case.',
  'validation.iban':
    'This IBAN is not correct. Check the digits, for example NL91 ABNA 0417 1643 00.',
  'validation.bic': 'A BIC has 8 or 11 letters and digits, for example ABNANL2A.',
  'validation.logoTooLarge': 'The logo is too large. Choose a PNG or JPEG file of up to 1 MB.',
  'validation.amount': 'Enter an amount in euros, such as 120.00.',
  'validation.bandRange': 'The highest number of employees must be at least the lowest.',
  'validation.bandOverlap':
    'This band overlaps the previous one. Start each band after the previous one ends.',
  'validation.freeFirstHourNeedsHourly':
    'A free first hour is only possible with an hourly rate for consults.',
  'validation.outsideContract': 'This date is outside the contract period.',
  'validation.minutes': 'Enter a number of minutes between 1 and 1440.',
  'validation.month': 'Choose a month.',
  'validation.year': 'Enter a year, such as 2026.',
  'validation.invalid': 'Please check this field.',
  'validation.time': 'Enter an existing time, such as 14:30.',
  'validation.appointmentDuration': 'Enter a whole number of minutes, from 5 to 720.',
  'validation.periodOrder': 'This date is before the start date.',
  'validation.periodTooLong': 'Choose a period of one year at most.',

  'strength.label': 'Passphrase strength',
  'strength.empty': 'Nothing entered yet',
  'strength.checking': 'Checking strength…',
  'strength.weak': 'Weak',
  'strength.fair': 'Fair',
  'strength.strong': 'Strong',
  'strength.veryStrong': 'Very strong',
  'strength.value': 'Strength: {level}',
  'strength.enough': 'Strong enough.',
  'strength.notEnough': 'Not strong enough yet.',
  'strength.needMore': '{count} more characters needed.',
  'strength.needOneMore': '1 more character needed.',
  'strength.tip': 'Tip: a sentence of four or five ordinary words is strong and easy to remember.',
  'strength.warning.straightRow': 'Keys next to each other on the keyboard are easy to guess.',
  'strength.warning.keyPattern': 'Short keyboard patterns are easy to guess.',
  'strength.warning.simpleRepeat': 'Repeated characters like "aaa" are easy to guess.',
  'strength.warning.extendedRepeat': 'Repeated patterns like "abcabcabc" are easy to guess.',
  'strength.warning.sequences': 'Sequences like "abc" or "123" are easy to guess.',
  'strength.warning.recentYears': 'Recent years are easy to guess.',
  'strength.warning.dates': 'Dates are easy to guess.',
  'strength.warning.topTen': 'This passphrase is used extremely often.',
  'strength.warning.topHundred': 'This passphrase is used very often.',
  'strength.warning.common': 'This passphrase is commonly used.',
  'strength.warning.similarToCommon': 'This is similar to a commonly used passphrase.',
  'strength.warning.wordByItself': 'A single word is easy to guess.',
  'strength.warning.namesByThemselves': 'Names on their own are easy to guess.',
  'strength.warning.commonNames': 'Common names are easy to guess.',
  'strength.warning.userInputs': 'Avoid words related to you or to this app.',
  'strength.warning.pwned': 'This passphrase appears in a known data breach.',
  'strength.suggestion.l33t': "Avoid predictable substitutions, such as '@' for 'a'.",
  'strength.suggestion.reverseWords': 'Avoid words spelled backwards.',
  'strength.suggestion.allUppercase': 'Capitalise some letters, not all of them.',
  'strength.suggestion.capitalization': 'A capital at the start makes little difference.',
  'strength.suggestion.dates': 'Avoid dates and years that are associated with you.',
  'strength.suggestion.recentYears': 'Avoid recent years.',
  'strength.suggestion.associatedYears': 'Avoid years that are associated with you.',
  'strength.suggestion.sequences': 'Avoid sequences like "abc" or "123".',
  'strength.suggestion.repeated': 'Avoid repeated words and characters.',
  'strength.suggestion.longerKeyboardPattern':
    'Avoid keyboard patterns; separate words are stronger.',
  'strength.suggestion.anotherWord': 'Add another word, preferably an uncommon one.',
  'strength.suggestion.useWords': 'Use a few words that do not often go together.',
  'strength.suggestion.noNeed': 'Symbols, capitals or digits are not needed: length matters most.',
  'strength.suggestion.pwned': 'Do you use this passphrase elsewhere? Change it there too.',

  'firstRun.title': 'Create a new case file',
  'firstRun.intro':
    'Welcome to VP Dossier. Everything you record stays encrypted on this laptop. Nothing is sent to the internet.',
  'firstRun.passphraseIntro':
    'Choose a passphrase to open the case file. Nobody can retrieve this passphrase for you. If you lose it, you can only open the case file with the recovery code you will receive in a moment.',
  'firstRun.passphrase': 'Passphrase',
  'firstRun.passphraseHint':
    'At least {min} characters. A sentence of a few words is strong and easy to remember.',
  'firstRun.confirm': 'Repeat passphrase',
  'firstRun.submit': 'Create case file',
  'firstRun.busy': 'Creating…',
  'firstRun.existsAction': 'Go to unlock',

  'demo.title': 'Look around first?',
  'demo.intro':
    'Open a sample case file with made-up organisations and cases. You create your own case file afterwards.',
  'demo.unlockIntro': 'Or look around in a sample case file with made-up data.',
  'demo.open': 'Open sample case file',
  'demo.opening': 'Preparing the sample case file…',
  'demo.bannerTitle': 'Sample case file',
  'demo.bannerText': 'all data is made up. Lock to return to your own case file.',
  'demo.close': 'Close sample',
  'demo.closing': 'Closing…',
  'demo.settingsNotice':
    'This is the sample case file. You set the passphrase and recovery code in your own case file.',

  'recovery.title': 'Your recovery code',
  'recovery.intro':
    'With this code you can open your case file if you forget your passphrase. The code is shown only once.',
  'recovery.codeLabel': 'Recovery code',
  'recovery.keepSafe':
    'Print the code or write it down, and keep the paper in a safe place, not with your laptop. Do not store the code in a file on this laptop.',
  'recovery.print': 'Print',
  'recovery.confirmTitle': 'Check',
  'recovery.confirmIntro':
    'To check, type the last group of the code (or the whole code) as you have kept it.',
  'recovery.confirmField': 'Last group of the recovery code',
  'recovery.confirmHint': 'The characters after the last dash.',
  'recovery.confirmMismatch': 'This does not match the recovery code above.',
  'recovery.confirmMatch': 'Correct.',
  'recovery.savedCheckbox': 'I have stored the recovery code safely',
  'recovery.continue': 'Continue',
  'recovery.continueHint': 'You can continue once the check matches and you have ticked the box.',
  'recovery.busy': 'Saving…',
  'recovery.printTitle': 'VP Dossier recovery code',
  'recovery.printInstruction':
    'With this code you can open your case file if you have forgotten your passphrase. Keep this paper in a safe place, away from your laptop. Anyone with this code and your laptop can open your case file.',
  'recovery.printDate': 'Created on {date}',

  'unlock.title': 'Unlock case file',
  'unlock.intro': 'Your case file is locked. Enter your passphrase to continue working.',
  'unlock.passphrase': 'Passphrase',
  'unlock.submit': 'Unlock',
  'unlock.busy': 'Unlocking…',
  'unlock.useRecoveryCode': 'Forgot your passphrase? Use recovery code',
  'unlock.recoveryIntro':
    'Enter the recovery code you printed or wrote down. Always use the newest code you made. Then you choose a new passphrase.',
  'unlock.recoveryCode': 'Recovery code',
  'unlock.recoveryCodeHint':
    'Eight groups of four characters. Capitals, spaces and dashes do not matter.',
  'unlock.submitRecovery': 'Unlock with recovery code',
  'unlock.usePassphrase': 'Back to passphrase',

  'nav.label': 'Main menu',
  'nav.skip': 'Skip to content',
  'nav.home': 'Home',
  'nav.cases': 'Cases',
  'nav.agenda': 'Agenda',
  'nav.organisations': 'Organisations',
  'nav.hours': 'Hours',
  'nav.invoices': 'Invoices',
  'nav.reports': 'Annual reports',
  'nav.settings': 'Settings',
  'lock.button': 'Lock',
  'lock.busy': 'Locking…',
  'lock.shortcut': 'Shortcut:',

  'home.title': 'Today',
  'home.emptyTitle': 'Nothing for today yet',
  'home.emptyText':
    'Here you will soon see at a glance what needs attention today: new cases waiting for a first response, planned conversations and hours you still need to record.',
  'home.recoveryNotice':
    'You opened the case file with your recovery code. Choose a new passphrase so that you can open the case file with a passphrase again.',
  'home.recoveryAction': 'Choose a new passphrase',
  'home.unconfirmedTitle': 'Your recovery code has not been confirmed yet',
  'home.unconfirmedText':
    'You have not yet confirmed that you stored your recovery code safely. Without a stored recovery code, you can no longer open the case file if you forget your passphrase. Please make a new recovery code and keep it safe.',
  'home.unconfirmedAction': 'Make a new recovery code',

  'comingSoon.badge': 'Coming soon',
  'comingSoon.cases':
    'Here you will keep track of your cases: from first contact to closing, with your notes for each conversation.',
  'comingSoon.hours':
    'Here you will record your hours, per organisation and without names of reporters.',
  'comingSoon.invoices':
    'Here you will create invoices with a specification of hours that cannot be traced to persons.',
  'comingSoon.reports': 'Here you will compile an anonymised annual report for each organisation.',
  'comingSoon.text': 'This part is not available yet in this version of VP Dossier.',

  'organisations.subtitle': 'The clients for whom you are the confidential counsellor.',
  'organisations.add': 'Add organisation',
  'organisations.loading': 'Loading the organisations…',
  'organisations.emptyTitle': 'No organisations yet',
  'organisations.emptyText':
    'An organisation is a client: the employer that engages you as confidential counsellor for its employees. For each organisation you record the agreements, such as the reaction time and membership. Cases, hours, invoices and annual reports will belong to an organisation.',
  'organisations.emptyFirstStep':
    'Start by adding an organisation. Only the registered name is needed; you can add the rest later.',
  'organisations.filter': 'Search by name, place or KvK number',
  'organisations.showArchived': 'Show archived',
  'organisations.countOne': '1 organisation',
  'organisations.count': '{count} organisations',
  'organisations.countFiltered': '{shown} of {total} organisations',
  'organisations.noMatches': 'No organisations found for "{query}".',
  'organisations.noActive': 'All organisations are archived. Turn on "Show archived" to see them.',
  'organisations.tableCaption': 'Your organisations',
  'organisations.col.name': 'Name',
  'organisations.col.city': 'Place',
  'organisations.col.kvk': 'KvK number',
  'organisations.col.reactionTime': 'Reaction time',
  'organisations.col.membership': 'Membership',
  'organisations.col.units': 'Units',
  'organisations.hours': '{hours} hours',
  'organisations.member': 'Member',
  'organisations.nonMember': 'Non-member',
  'organisations.archived': 'Archived',
  'organisations.notFilled': 'Not filled in',
  'organisations.back': 'All organisations',
  'organisations.loadingOne': 'Loading the organisation…',
  'organisations.retry': 'Try again',

  'organisations.form.newTitle': 'Add organisation',
  'organisations.form.editTitle': 'Edit organisation',
  'organisations.form.intro': 'Only the registered name is required. You can add the rest later.',
  'organisations.form.details': 'Details',
  'organisations.form.address': 'Address',
  'organisations.form.billing': 'Invoicing',
  'organisations.form.billingIntro': 'These details appear on your invoices to the organisation.',
  'organisations.form.agreements': 'Agreements',
  'organisations.form.notes': 'Notes',
  'organisations.form.saveNew': 'Save organisation',
  'organisations.form.saveEdit': 'Save changes',
  'organisations.form.busy': 'Saving…',
  'organisations.form.cancel': 'Cancel',
  'organisations.form.checkFields': 'This concerns:',
  'organisations.form.kvkExists': 'This KvK number already belongs to another organisation.',
  'organisations.field.legalName': 'Registered name',
  'organisations.field.legalNameHint': 'As registered with the KvK',
  'organisations.field.kvkNumber': 'KvK number',
  'organisations.field.kvkNumberHint': '8 digits',
  'organisations.field.vatNumber': 'VAT number',
  'organisations.field.vatNumberHint': 'NL + 9 digits + B + 2 digits',
  'organisations.field.street': 'Street and number',
  'organisations.field.postcode': 'Postcode',
  'organisations.field.city': 'Place',
  'organisations.field.country': 'Country',
  'organisations.field.countryHint': 'Two-letter country code, such as NL or BE',
  'organisations.field.billingContactName': 'Contact person',
  'organisations.field.billingEmail': 'E-mail address for invoices',
  'organisations.field.purchaseOrderNumber': 'Purchase order number',
  'organisations.field.purchaseOrderNumberHint': 'If the organisation asks for it',
  'organisations.field.buyerReference': "Client's reference",
  'organisations.field.buyerReferenceHint': 'Buyer reference, for e-invoices',
  'organisations.field.employeeCount': 'Number of employees',
  'organisations.field.employeeCountHint':
    'With some subscriptions the price depends on the number of employees.',
  'organisations.field.isMember': 'Member of the association',
  'organisations.field.isMemberHint': 'Members sometimes pay lower rates.',
  'organisations.field.yes': 'Yes',
  'organisations.field.no': 'No',
  'organisations.field.reactionTime': 'Reaction time',
  'organisations.field.reactionTimeHint':
    'Within how many hours of a request you contact the reporter.',
  'organisations.field.reactionTimeOption': 'Within {hours} hours',
  'organisations.field.engagementStart': 'Start of the engagement',
  'organisations.field.engagementStartHint': 'From when you are the counsellor',
  'organisations.field.engagementEnd': 'End of the engagement',
  'organisations.field.engagementEndHint': 'Empty if the engagement continues',
  'organisations.field.notes': 'Notes about the organisation',
  'organisations.field.notesHint':
    'Business agreements with the organisation. Do not write details of reporters here.',
  'organisations.created': 'The organisation has been saved.',
  'organisations.updated': 'The changes have been saved.',

  'organisations.detail.edit': 'Edit',
  'organisations.detail.archive': 'Archive',
  'organisations.detail.restore': 'Restore',
  'organisations.detail.archivedNotice':
    'This organisation was archived on {date}. Everything is kept for reports and invoices, but the organisation no longer appears in your daily overviews.',
  'organisations.detail.reactionTime': 'Reaction within {hours} hours',
  'organisations.detail.employees': 'Employees',
  'organisations.detail.membership': 'Membership',
  'organisations.detail.memberYes': 'Member of the association',
  'organisations.detail.memberNo': 'Not a member of the association',
  'organisations.detail.ongoing': 'Continues',
  'organisations.archiveDialog.title': 'Archive {name}?',
  'organisations.archiveDialog.text':
    'The organisation disappears from your daily overviews. Nothing is deleted: cases, hours and invoices are kept and count in annual reports and invoices.',
  'organisations.archiveDialog.restoreNote':
    'You can always restore the organisation. You will find it with "Show archived".',
  'organisations.archiveDialog.confirm': 'Archive',
  'organisations.archiveDialog.busy': 'Archiving…',
  'organisations.archiveDialog.cancel': 'Cancel',
  'organisations.archivedToast':
    'The organisation has been archived. You will find it again with "Show archived".',
  'organisations.restoredToast': 'The organisation has been restored.',

  'units.title': 'Units or regions',
  'units.intro':
    'Divide an organisation into departments or regions if it wants your cases counted per unit. Units are only used in anonymised counts, and only where those are large enough for nobody to be recognisable.',
  'units.empty':
    'No units yet. None are needed: without units, everything counts for the organisation as a whole.',
  'units.activeLabel': 'Units',
  'units.archivedTitle': 'Archived units',
  'units.rename': 'Rename',
  'units.renameLabel': 'Rename: {name}',
  'units.newName': 'New name for {name}',
  'units.save': 'Save',
  'units.cancel': 'Cancel',
  'units.archive': 'Archive',
  'units.archiveLabel': 'Archive: {name}',
  'units.restore': 'Restore',
  'units.restoreLabel': 'Restore: {name}',
  'units.addField': 'New unit or region',
  'units.addHint': 'For example "Care" or "Region North"',
  'units.add': 'Add',
  'units.busy': 'Working…',

  'settings.title': 'Settings',
  'settings.languageTitle': 'Language',
  'settings.languageIntro': 'The language of the screens. Your case file itself does not change.',
  'settings.passphraseTitle': 'Change passphrase',
  'settings.passphraseIntro':
    'After the change you open the case file with the new passphrase. Your recovery code remains valid.',
  'settings.recoveryNotice':
    'You opened the case file with your recovery code. Please choose a new passphrase now. Your recovery code remains valid afterwards.',
  'settings.recoveryCodeFilled': 'Your recovery code has already been filled in.',
  'settings.currentPassphrase': 'Current passphrase',
  'settings.currentRecoveryCode': 'Recovery code',
  'settings.newPassphrase': 'New passphrase',
  'settings.confirmPassphrase': 'Repeat new passphrase',
  'settings.submit': 'Change passphrase',
  'settings.busy': 'Saving…',
  'settings.saved': 'Your passphrase has been changed. Your recovery code remains valid.',
  'settings.recoveryTitle': 'Recovery code',
  'settings.recoveryIntro':
    'Have you lost your recovery code, or were you unable to store it? Then make a new one. Your old recovery code will stop working.',
  'settings.recoveryUnconfirmed':
    'Your current recovery code has not been confirmed yet. Make a new recovery code and keep it safe.',
  'settings.recoveryAfterReset':
    'First choose a new passphrase above. Then you can make a new recovery code here if needed.',
  'settings.renewPassphrase': 'Your current passphrase',
  'settings.renewPassphraseHint': 'To check that it is you.',
  'settings.renewSubmit': 'Make a new recovery code',
  'settings.renewBusy': 'Making…',
  'settings.renewTitle': 'Your new recovery code',
  'settings.renewIntro':
    'With this code you can open your case file if you forget your passphrase. The code is shown only once. Your old recovery code no longer works.',
  'settings.renewConfirmed':
    'Your new recovery code has been confirmed. The old code no longer works.',

  'toast.close': 'Close message',
};
