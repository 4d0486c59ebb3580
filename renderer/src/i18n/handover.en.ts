import type { handoverNl } from './handover.nl';

/** The texts of handover.nl.ts in English: exactly its keys (the compiler checks). */
export const handoverEn: Record<keyof typeof handoverNl, string> = {
  'handover.title': 'Hand cases over',
  'handover.intro':
    'Are you stopping as a confidential counsellor, or is a colleague taking over? Hand open cases over to your successor here, encrypted with a passphrase of their own. Your successor reads the handover into their own case file.',

  'handover.export.title': 'Make a handover',
  'handover.export.intro':
    'Only open cases can go. Closed cases stay with you, under your retention term.',
  'handover.export.carries':
    'Included: the intake, the reporter’s details, all notes, follow-ups, referrals and appointments, and the organisations the cases belong to. Contracts, hours and invoices stay with you: they belong to your own billing.',
  'handover.export.search': 'Search by case number or organisation',
  'handover.export.caption': 'Open cases to hand over',
  'handover.export.selectAll': 'Choose all cases shown',
  'handover.export.selectCase': 'Choose case {number}',
  'handover.export.col.caseNumber': 'Case',
  'handover.export.col.organisation': 'Organisation',
  'handover.export.col.status': 'Status',
  'handover.export.col.requestedAt': 'Received',
  'handover.export.handedOver': 'Handed over on {date}',
  'handover.export.selected': '{count} of {total} chosen',
  'handover.export.noMatch': 'No open case matches this search.',
  'handover.export.emptyTitle': 'No open cases',
  'handover.export.emptyText': 'There are no open cases to hand over right now.',
  'handover.export.noneChosen': 'Choose at least one case.',
  'handover.export.passphrase': 'Passphrase for your successor',
  'handover.export.passphraseHint':
    'At least {min} characters. Choose a new passphrase, not your own.',
  'handover.export.confirm': 'Repeat the passphrase',
  'handover.export.outOfBand':
    'Tell your successor this passphrase yourself, for example by phone. Never put it in the same e-mail or on the same USB stick as the handover. The passphrase is stored nowhere and not shown again.',
  'handover.export.consent':
    'The reporters of the chosen cases have consented to the handover to my successor.',
  'handover.export.consentRequired': 'Hand a case over only with the reporter’s consent.',
  'handover.export.submit': 'Save handover',
  'handover.export.busy': 'Saving the handover…',
  'handover.export.saved':
    'The handover was saved in the folder "{folder}", with the cases {numbers}. Give the folder to your successor and tell them the passphrase separately.',
  'handover.export.kept':
    'The cases are still in your own case file, marked as handed over. Close or destroy them yourself once the handover is complete.',

  'handover.import.title': 'Read in a handover',
  'handover.import.intro':
    'Has a colleague handed cases over to you? Choose the handover’s folder and enter the passphrase your colleague gave you. The cases join your own; organisations you already have are recognised by Chamber of Commerce number or name.',
  'handover.import.passphrase': 'Passphrase of the handover',
  'handover.import.submit': 'Choose folder and read in',
  'handover.import.busy': 'Reading the handover in…',
  'handover.import.done': 'The handover "{folder}" was read in, with the cases {numbers}.',
  'handover.import.renumbered':
    'Case {from} had a number you already used and is now {to} in your case file.',
  'handover.import.organisationsAdded': 'New organisations added: {names}.',
};
