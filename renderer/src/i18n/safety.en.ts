import type { safetyNl } from './safety.nl';

/** The texts of safety.nl.ts in English: exactly its keys (the compiler checks). */
export const safetyEn: Record<keyof typeof safetyNl, string> = {
  'safety.retry': 'Try again',
  'safety.loading': 'Loading…',

  'safety.group.practice': 'Practice',
  'safety.group.security': 'Security',
  'safety.group.keeping': 'Backups and keeping records',

  'safety.backup.title': 'Backups',
  'safety.backup.intro':
    'A backup is an encrypted copy of your whole case file, for example on a USB stick. Keep it apart from the laptop: if the laptop breaks or goes missing, you restore the backup.',
  'safety.backup.last': 'Last backup: {when}.',
  'safety.backup.never': 'No backup of this case file has been made yet.',
  'safety.backup.overdue': 'Time for a new backup: the last one is more than {days} days old.',
  'safety.backup.reminder':
    'Today reminds you when the last backup is more than {days} days old. You set that term under Terms.',
  'safety.backup.chooseHint':
    'You will choose a folder in a moment, for example on a USB stick. VP Dossier makes a new folder in it named by date and time, and checks the copy before it is done.',
  'safety.backup.make': 'Back up now',
  'safety.backup.busy': 'Making the backup…',
  'safety.backup.made': 'The backup was made and checked, in the folder "{name}".',
  'safety.backup.cancelled': 'No folder was chosen, so no backup was made.',

  'safety.restore.open': 'Restore a backup',
  'safety.restore.title': 'Restore a backup',
  'safety.restore.explain':
    'You will choose the backup’s own folder in a moment (for example "VP Dossier backup 2026-12-01 1432"). VP Dossier first checks that the backup is complete and opens with your passphrase.',
  'safety.restore.keep':
    'Your current case file is never simply overwritten: it is kept as a copy with today’s date, in a folder beside the restored case file.',
  'safety.restore.keepNone':
    'There is no case file on this laptop yet. After the restore you work on in the case file from the backup.',
  'safety.restore.secretIntro':
    'Enter the passphrase that was valid on the day the backup was made. If you have forgotten it, use the recovery code of that time.',
  'safety.restore.method': 'Open with',
  'safety.restore.method.passphrase': 'Passphrase',
  'safety.restore.method.recoveryCode': 'Recovery code',
  'safety.restore.passphrase': 'Passphrase of the backup',
  'safety.restore.recoveryCode': 'Recovery code of the backup',
  'safety.restore.submit': 'Choose folder and restore',
  'safety.restore.busy': 'Restoring…',
  'safety.restore.cancel': 'Cancel',
  'safety.restore.noFolder': 'No backup was chosen. Nothing has changed.',
  'safety.restore.doneTitle': 'Backup restored',
  'safety.restore.done': 'The case file from the backup "{name}" has been restored and opened.',
  'safety.restore.keptAs':
    'Your previous case file has been kept in the folder "{name}", beside the case file.',
  'safety.restore.lockedAfter':
    'The backup has been restored. Unlock the case file with the passphrase of the backup.',
  'safety.restore.dismiss': 'Close',
  'safety.restore.firstRunTitle': 'Already have a case file on another laptop?',
  'safety.restore.firstRunIntro':
    'Then restore the backup of that case file instead of creating a new one.',
  'safety.restore.fromUnlock': 'Restore a backup',

  'safety.settings.title': 'Terms',
  'safety.settings.intro':
    'When VP Dossier locks by itself, when you are reminded of a backup and how long closed cases are kept.',
  'safety.settings.idleLockMinutes': 'Lock after',
  'safety.settings.idleLockMinutesHint':
    'After this long without use, VP Dossier locks the case file. Default 5 minutes.',
  'safety.settings.idleLockMinutesError': 'Enter a whole number of minutes, from 1 to 240.',
  'safety.settings.backupReminderDays': 'Backup reminder after',
  'safety.settings.backupReminderDaysHint':
    'Default 7 days: you do not want to lose more than a week of notes.',
  'safety.settings.backupReminderDaysError': 'Enter a whole number of days, from 1 to 365.',
  'safety.settings.retentionMonths': 'Retention term after closing',
  'safety.settings.retentionMonthsHint':
    'Default 18 months. Why is explained under Retention below.',
  'safety.settings.retentionMonthsError': 'Enter a whole number of months, from 1 to 120.',
  'safety.settings.minutes': 'minutes',
  'safety.settings.days': 'days',
  'safety.settings.months': 'months',
  'safety.settings.save': 'Save terms',
  'safety.settings.busy': 'Saving…',
  'safety.settings.saved': 'The terms have been saved.',

  'safety.retention.title': 'Retention',
  'safety.retention.intro':
    'The GDPR (AVG) sets no fixed retention term: you choose one and must be able to justify it. Common practice is to destroy a case once it is closed and counted in the annual report, after a short agreed period. You write the annual report in the first quarter of the following year; 18 months after closing means every case of a year has been counted, with three months to spare.',
  'safety.retention.term':
    'Your retention term: {months} months after closing. After that a case is listed here, to be destroyed.',
  'safety.retention.emptyTitle': 'No cases past their retention term',
  'safety.retention.emptyText': 'A closed case is listed here once its retention term has passed.',
  'safety.retention.caption': 'Closed cases past their retention term',
  'safety.retention.col.select': 'Select',
  'safety.retention.col.caseNumber': 'Case',
  'safety.retention.col.organisation': 'Organisation',
  'safety.retention.col.closedAt': 'Closed on',
  'safety.retention.col.retainUntil': 'Keep until',
  'safety.retention.selectAll': 'Select all cases',
  'safety.retention.selectCase': 'Select case {number}',
  'safety.retention.selected': '{count} of {total} selected',
  'safety.retention.destroy': 'Destroy',
  'safety.retention.destroyed.one': '1 case has been destroyed: {numbers}.',
  'safety.retention.destroyed.other': '{count} cases have been destroyed: {numbers}.',
  'safety.retention.destroyedBackups':
    'Older backups still hold these cases. Delete those backups once you no longer need them.',
  'safety.destroy.title': 'Destroy cases',
  'safety.destroy.count.one': 'You are destroying 1 case: {numbers}.',
  'safety.destroy.count.other': 'You are destroying {count} cases: {numbers}.',
  'safety.destroy.what':
    'Everything of these cases is erased from the case file: the reporter’s details, the notes, appointments and drafts. This cannot be undone. The audit log keeps only the date and the case number.',
  'safety.destroy.backups':
    'Note: older backups still hold these cases until you delete those backups.',
  'safety.destroy.confirm': 'Destroy for good',
  'safety.destroy.busy': 'Destroying…',
  'safety.destroy.cancel': 'Cancel',

  'safety.audit.title': 'Audit log',
  'safety.audit.intro':
    'What happened to your case file: unlocks, exports, backups, restores and destructions. Never the content of a case. No one can erase or change anything in this log.',
  'safety.audit.filter': 'Filter the audit log',
  'safety.audit.kind': 'Kind',
  'safety.audit.allKinds': 'All kinds',
  'safety.audit.from': 'From',
  'safety.audit.to': 'To (inclusive)',
  'safety.audit.apply': 'Show',
  'safety.audit.clear': 'Clear filter',
  'safety.audit.caption': 'Events in the audit log',
  'safety.audit.col.at': 'Date and time',
  'safety.audit.col.kind': 'Kind',
  'safety.audit.col.details': 'Details',
  'safety.audit.count.one': '1 event',
  'safety.audit.count.other': '{count} events',
  'safety.audit.limited':
    'Only the newest {count} events are shown. Choose a shorter period to see older ones.',
  'safety.audit.emptyTitle': 'No events',
  'safety.audit.emptyText': 'Nothing in the audit log matches this filter.',
  'safety.audit.kind.unlock': 'Unlocked',
  'safety.audit.kind.export': 'Export',
  'safety.audit.kind.backup': 'Backup made',
  'safety.audit.kind.restore': 'Backup restored',
  'safety.audit.kind.case_destroyed': 'Case destroyed',
  'safety.audit.kind.handover': 'Case handed over',
  'safety.audit.method.passphrase': 'with passphrase',
  'safety.audit.method.recoveryCode': 'with recovery code',
  'safety.audit.case': 'case {number}',
  'safety.audit.invoice': 'invoice {number}',
  'safety.audit.folder': 'folder "{name}"',
  'safety.audit.period': '{start} to {end}',
  'safety.audit.allOrganisations': 'all organisations',
  'safety.audit.exportKind.invoice_pdf': 'Invoice (PDF)',
  'safety.audit.exportKind.invoice_ubl': 'E-invoice (UBL)',
  'safety.audit.exportKind.invoice_csv': 'Invoice (CSV)',
  'safety.audit.exportKind.invoice_hours_csv': 'Hours specification of an invoice (CSV)',
  'safety.audit.exportKind.invoice_list_csv': 'Invoice list (CSV)',
  'safety.audit.exportKind.hours_list_csv': 'Hours list (CSV)',
  'safety.audit.exportKind.appointments_ics': 'Appointments (calendar file)',
  'safety.audit.exportKind.annual_report_pdf': 'Annual report (PDF)',
  'safety.audit.exportKind.annual_report_csv': 'Annual report (CSV)',
  'safety.audit.exportKind.practice_overview_pdf': 'Annual overview of the practice (PDF)',
  'safety.audit.exportKind.practice_overview_csv': 'Annual overview of the practice (CSV)',

  'safety.home.title': 'Keeping your case file safe',
  'safety.home.backupNever': 'No backup of your case file has been made yet.',
  'safety.home.backupOld': 'Time for a backup: the last one is from {when}.',
  'safety.home.backupAction': 'Make a backup',
  'safety.home.retention.one': '1 closed case is past its retention term.',
  'safety.home.retention.other': '{count} closed cases are past their retention term.',
  'safety.home.retentionAction': 'View retention',
};
