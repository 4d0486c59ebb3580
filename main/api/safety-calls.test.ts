import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASSPHRASE } from '../casefile/test-support';
import { dispatch } from './dispatch';
import { useUnlockedCaseFile } from './test-support';

const file = useUnlockedCaseFile();

async function value<T>(call: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(file.handlers, call, input);
  if (!result.ok) throw new Error(`${call}: ${result.error.code}`);
  return result.value as T;
}

async function failure(call: string, input: unknown = {}) {
  const result = await dispatch(file.handlers, call, input);
  if (result.ok) throw new Error(`${call} succeeded`);
  // Nothing of the machine crosses: no path of the test's folders in any message.
  expect(result.error.message).not.toContain(path.dirname(file.caseFileFolder));
  return result.error.code;
}

interface AuditEntry {
  kind: string;
  method: string | null;
  exportKind: string | null;
  organisationName: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  caseNumber: string | null;
  reference: string | null;
}

const audit = (filter: object = {}) => value<AuditEntry[]>('listAuditLog', filter);

async function closedCase(closedAt: string, reporter = 'Fatima el Amrani') {
  const org = await value<{ id: number }>('createOrganisation', { legalName: 'Bouwman B.V.' });
  const kase = await value<{ id: number; caseNumber: string }>('recordIntake', {
    organisationId: org.id,
    requestedAt: '2026-01-05T09:00:00+01:00',
    channel: 'phone',
    reporter: { anonymous: false, name: reporter },
    reporterRole: 'employee',
    behaviours: ['bullying'],
    consent: 'nothing',
  });
  await value('changeCaseStatus', {
    id: kase.id,
    status: 'closed',
    at: closedAt,
    outcome: 'informal_solution',
  });
  return { org, kase };
}

describe('safety calls through dispatch', () => {
  it('settings: the defaults, saved values, and refused values', async () => {
    expect(await value('getSafetySettings')).toEqual({
      backupReminderDays: 7,
      retentionMonthsAfterClosing: 18,
      idleLockMinutes: 5,
    });
    const next = { backupReminderDays: 3, retentionMonthsAfterClosing: 12, idleLockMinutes: 2 };
    expect(await value('saveSafetySettings', next)).toEqual(next);
    expect(await value('getBackupState')).toMatchObject({ overdue: true, reminderDays: 3 });
    expect(await failure('saveSafetySettings', { ...next, idleLockMinutes: 0 })).toBe(
      'INVALID_INPUT',
    );
    expect(await failure('saveSafetySettings', { ...next, extra: 1 })).toBe('INVALID_INPUT');
  });

  it('backs up into the chosen folder, records it, and a cancelled dialog writes nothing', async () => {
    expect(await value('backUpNow')).toEqual({ saved: false, folderName: null });
    expect(await fs.readdir(file.backupsFolder)).toEqual([]);

    file.chosenFolder.backup = file.backupsFolder;
    const made = await value<{ saved: boolean; folderName: string }>('backUpNow');
    // 2026-11-23T09:00Z on the test clock is 10:00 in Amsterdam.
    expect(made).toEqual({ saved: true, folderName: 'VP Dossier backup 2026-11-23 1000' });
    expect(await fs.readdir(file.backupsFolder)).toEqual([made.folderName]);
    expect(await value('getBackupState')).toEqual({
      lastBackupAt: '2026-11-23T09:00:00.000Z',
      overdue: false,
      reminderDays: 7,
    });
    expect(await audit({ kind: 'backup' })).toMatchObject([
      { kind: 'backup', reference: made.folderName },
    ]);

    file.chosenFolder.backup = path.join(file.backupsFolder, 'not-there');
    expect(await failure('backUpNow')).toBe('BACKUP_FAILED');
    file.session.lock();
    expect(await failure('backUpNow')).toBe('LOCKED');
  });

  it('restores a backup while locked, keeps the current file, and records it in the restored one', async () => {
    const { kase } = await closedCase('2026-02-01T10:00:00+01:00');
    file.chosenFolder.backup = file.backupsFolder;
    const { folderName } = await value<{ folderName: string }>('backUpNow');
    await value('recordIntake', {
      organisationId: 1,
      requestedAt: '2026-11-22T09:00:00+01:00',
      channel: 'email',
      reporter: { anonymous: true },
      reporterRole: 'manager',
      behaviours: ['gossip'],
      consent: 'nothing',
    });
    file.session.lock();

    file.chosenFolder.restore = path.join(file.backupsFolder, folderName);
    expect(
      await failure('restoreBackup', { secret: { kind: 'passphrase', value: 'verkeerde zin' } }),
    ).toBe('WRONG_PASSPHRASE');
    expect((await value<{ state: string }>('getCaseFileStatus')).state).toBe('locked');

    const restored = await value<{
      restored: boolean;
      folderName: string;
      keptAs: string;
      status: { state: string };
    }>('restoreBackup', { secret: { kind: 'passphrase', value: PASSPHRASE } });
    expect(restored).toEqual({
      restored: true,
      folderName,
      keptAs: 'casefile-before-restore-2026-11-23-1000',
      status: { state: 'unlocked', unlockedWith: 'passphrase', demo: false },
    });
    const cases = await value<{ id: number }[]>('listCases', {});
    expect(cases.map((c) => c.id)).toEqual([kase.id]);
    const kept = path.join(path.dirname(file.caseFileFolder), restored.keptAs);
    expect((await fs.readdir(kept)).sort()).toEqual(['dossier.vpdb', 'dossier.vpkey']);
    // The restored file knows it came from a backup, and is not overdue for one.
    expect(await audit({ kind: 'restore' })).toMatchObject([
      { kind: 'restore', method: 'passphrase', reference: folderName },
    ]);
    expect(await value('getBackupState')).toMatchObject({ overdue: false });

    file.chosenFolder.restore = null;
    expect(
      await value('restoreBackup', { secret: { kind: 'passphrase', value: PASSPHRASE } }),
    ).toMatchObject({ restored: false, keptAs: null, status: { state: 'unlocked' } });
  });

  it('refuses to restore what is not a backup, and stays unlocked', async () => {
    file.chosenFolder.restore = file.backupsFolder;
    expect(
      await failure('restoreBackup', { secret: { kind: 'passphrase', value: PASSPHRASE } }),
    ).toBe('BACKUP_NOT_VALID');
    expect((await value<{ state: string }>('getCaseFileStatus')).state).toBe('unlocked');
  });

  it('lists cases past retention and destroys them only when confirmed', async () => {
    const { kase } = await closedCase('2024-02-01T10:00:00+01:00', 'Quirijn Zwartveldt');
    const listed = await value<{ id: number; caseNumber: string }[]>('listCasesPastRetention');
    expect(listed.map((c) => c.id)).toEqual([kase.id]);

    expect(await failure('destroyCases', { ids: [kase.id] })).toBe('INVALID_INPUT');
    expect(await failure('destroyCases', { ids: [kase.id], confirm: false })).toBe('INVALID_INPUT');
    expect(await failure('destroyCases', { ids: [], confirm: true })).toBe('INVALID_INPUT');
    expect(await value('destroyCases', { ids: [kase.id], confirm: true })).toEqual({
      destroyed: 1,
      caseNumbers: [kase.caseNumber],
    });
    expect(await value('listCasesPastRetention')).toEqual([]);
    expect(await value('searchCases', { query: 'Zwartveldt' })).toEqual([]);
    expect(await failure('getCase', { id: kase.id })).toBe('NOT_FOUND');
    expect(await audit({ kind: 'case_destroyed' })).toMatchObject([
      { caseNumber: kase.caseNumber, reference: null, organisationName: null },
    ]);
  });

  it('records unlocks and exports on save, never on preview or a cancelled save', async () => {
    file.session.lock();
    await value('unlock', { passphrase: PASSPHRASE });
    expect(await failure('unlock', { passphrase: 'niet de goede zin' })).toBe('WRONG_PASSPHRASE');
    await value('unlock', { passphrase: PASSPHRASE });
    expect((await audit({ kind: 'unlock' })).map((e) => e.method)).toEqual([
      'passphrase',
      'passphrase',
    ]);

    await value('previewInvoiceListExport', { year: 2026, format: 'csv_invoices' });
    file.cancelSaves = true;
    expect(await value('saveInvoiceListExport', { year: 2026, format: 'csv_hours' })).toEqual({
      saved: false,
      fileName: null,
    });
    expect(await audit({ kind: 'export' })).toEqual([]);
    file.cancelSaves = false;
    await value('saveInvoiceListExport', { year: 2026, format: 'csv_hours' });
    // The agenda file: its preview stays in the app, its save leaves the machine.
    await value('exportAppointmentsIcs', { from: '2026-11-01', to: '2026-11-30' });
    expect(await audit({ kind: 'export' })).toHaveLength(1);
    await value('saveAppointmentsIcs', { from: '2026-11-01', to: '2026-11-30' });
    expect(await audit({ kind: 'export' })).toMatchObject([
      {
        exportKind: 'appointments_ics',
        organisationName: null,
        periodStart: '2026-11-01',
        periodEnd: '2026-11-30',
      },
      {
        exportKind: 'hours_list_csv',
        organisationName: null,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
      },
    ]);
    expect(await failure('listAuditLog', { kind: 'gossip' })).toBe('INVALID_INPUT');

    // One issued invoice saved as a file: its organisation, period and number.
    await value('savePracticeSettings', {
      name: 'Praktijk Vertrouwd B.V.',
      street: 'Oudegracht 12',
      postcode: '3511 AB',
      city: 'Utrecht',
      kvkNumber: '12345678',
      vatNumber: 'NL123456782B01',
      iban: 'NL91ABNA0417164300',
    });
    const org = await value<{ id: number }>('createOrganisation', {
      legalName: 'Gemeente Zwaluwdorp',
      kvkNumber: '74567890',
      street: 'Raadhuisplein 1',
      postcode: '9401 AA',
      city: 'Assen',
    });
    const templates = await value<{ id: string; terms: object }[]>('listContractTemplates');
    await value('createContract', {
      ...templates.find((t) => t.id === 'nassaupraktijk')!.terms,
      organisationId: org.id,
      validFrom: '2026-01-01',
      validUntil: null,
    });
    await value('recordHours', {
      organisationId: org.id,
      date: '2026-10-14',
      minutes: 60,
      activity: 'consult',
    });
    const invoice = await value<{ id: number; number: string }>('issueMonthlyInvoice', {
      organisationId: org.id,
      month: '2026-10',
      issueDate: '2026-11-02',
    });
    await value('previewInvoiceExport', { invoiceId: invoice.id, format: 'ubl' });
    await value('saveInvoiceExport', { invoiceId: invoice.id, format: 'ubl' });
    expect((await audit({ kind: 'export' }))[0]).toMatchObject({
      exportKind: 'invoice_ubl',
      organisationName: 'Gemeente Zwaluwdorp',
      periodStart: '2026-10-01',
      periodEnd: '2026-10-31',
      reference: invoice.number,
    });
    await value('saveAnnualReportExport', {
      report: { organisationId: org.id, year: 2026, generatedOn: '2027-01-15' },
      format: 'csv',
    });
    await value('savePracticeOverviewExport', {
      overview: { year: 2026, generatedOn: '2027-01-15' },
      format: 'pdf',
    });
    expect((await audit({ kind: 'export' })).slice(0, 2)).toMatchObject([
      { exportKind: 'practice_overview_pdf', organisationId: null, periodStart: '2026-01-01' },
      {
        exportKind: 'annual_report_csv',
        organisationName: 'Gemeente Zwaluwdorp',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
      },
    ]);
    expect(await audit({ kind: 'export' })).toHaveLength(5);
    expect(await audit({ from: '2026-11-24' })).toEqual([]);
  });
});
