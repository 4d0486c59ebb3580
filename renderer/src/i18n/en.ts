import { errorEntries } from './errors';
import type { MessageKey } from './nl';

/** English texts: exactly the keys of nl.ts (the compiler refuses a missing or extra key). */
export const en: Record<MessageKey, string> = {
  ...errorEntries('en'),

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
  'validation.invalid': 'Please check this field.',

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
  'comingSoon.organisations':
    'Here you will find the organisations you work for as a confidential counsellor, with their agreements and rates.',
  'comingSoon.hours':
    'Here you will record your hours, per organisation and without names of reporters.',
  'comingSoon.invoices':
    'Here you will create invoices with a specification of hours that cannot be traced to persons.',
  'comingSoon.reports': 'Here you will compile an anonymised annual report for each organisation.',
  'comingSoon.text': 'This part is not available yet in this version of VP Dossier.',

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
