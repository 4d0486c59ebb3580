import type { helpNl } from './help.nl';

/** The texts of help.nl.ts in English: exactly its keys (the compiler checks). */
export const helpEn: Record<keyof typeof helpNl, string> = {
  'tour.label': 'Tour',
  'tour.progress': 'Step {step} of {count}',
  'tour.next': 'Next',
  'tour.back': 'Back',
  'tour.skip': 'Skip',
  'tour.skipLabel': 'Skip the tour',
  'tour.finish': 'Done',
  'tour.hint': 'Press Escape to skip the tour.',
  'tour.restart': 'Take the tour again',
  'tour.restartIntro': 'A short tour of the parts of VP Dossier, in four steps.',
  'tour.organisations.title': 'Start with an organisation',
  'tour.organisations.text':
    'Under Organisations you record the employers you are the confidential counsellor for, with their units and their contract: a subscription, hourly rates or a fixed fee per consult.',
  'tour.cases.title': 'Cases and notes',
  'tour.cases.text':
    'Under Cases you register a new case, also from anywhere with {shortcut}. In the case file you write dated notes and plan appointments; the Agenda shows them together.',
  'tour.billing.title': 'Hours and invoices',
  'tour.billing.text':
    'Record your time under Hours, per organisation and kind of work. Under Invoices you turn it into the invoice at the end of the month. The employer sees only hours and amounts, never names or subjects.',
  'tour.safety.title': 'Keep it safe',
  'tour.safety.text':
    'Lock the case file when you walk away ({shortcut}). Under Settings you make backups and can make a new recovery code. Without your passphrase or recovery code nobody can open the case file, not even you.',

  'help.unitsLabel': 'Explanation: what the employer sees of units',
  'help.billingLabel': 'Explanation: what is on the invoice',
  'help.organisationNotesIntro': 'For you alone.',
  'help.organisationNotesLabel': 'Explanation: who sees these notes',
  'help.reportAdviceLabel': 'Explanation: what the employer sees of your advice',
  'help.reportAdviceIntro': 'Your signals and advice are in the report the employer receives.',
  'help.units':
    'The employer only sees a unit named when it has enough cases: on an invoice at least as many cases in the invoice period as your anonymity threshold (in Practice details, usually 5), in the annual report at least that many in that year (and never fewer than 3). The other units are shown together as "Other units"; if that would be just one unit, no unit is named at all. The employer never sees names, subjects or notes.',
  'help.billing':
    'The invoice goes to this address and contact. It shows your details, the organisation’s, the invoice lines and a specification of hours and amounts per month and kind of work, per unit only with enough cases. Names of reporters, dates of conversations and text from notes are never on it.',
  'help.organisationNotes':
    'These notes are for you alone. They are not on invoices and not in annual reports.',
  'help.invoiceRunLabel': 'Explanation: what the employer sees on the invoice',
  'help.invoiceRun':
    "The employer sees hours and amounts per month and kind of work. Per unit only where that unit has at least as many cases in the month as your anonymity threshold; the rest is shown together as 'Other units', and if that would be just one unit, no unit is named. Names, case numbers, dates of conversations and text from notes are never on the invoice.",
  'help.reportAdvice':
    'This advice goes word for word into the annual report the employer receives. Write in general terms, without names or details of a case. Before the file is saved, VP Dossier checks it for names, contact details and sentences from case files; on a hit it is stopped.',
  'empty.toCases': 'Go to Cases',
  'empty.toHours': 'Go to Hours',
  'empty.toOrganisations': 'Go to Organisations',
  'empty.toInvoiceRun': 'Go to the monthly invoices',
  'empty.firstHours': 'Enter your first hours',
  'empty.search.text':
    'Search looks in case numbers, names of reporters, wishes and notes. Try another word, or clear the search and the filters.',
  'empty.search.clear': 'Clear search and filters',
  'empty.notes.title': 'No notes yet',
  'empty.notes.text':
    'After each conversation or action, write a dated note below under "Add a note". That way the case can be followed, also by a successor.',
  'empty.notes.action': 'Write the first note',
};
