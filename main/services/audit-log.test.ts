import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAuditLogInputSchema } from '../../shared/schemas/safety';
import type { CaseFileDatabase } from '../casefile';
import { listAuditLog, recordAudit } from './audit-log';
import { getBackupState, markBackedUp } from './backups';
import { getSafetySettings, saveSafetySettings } from './safety-settings';
import { openTestCaseFile } from './test-support';

let db: CaseFileDatabase;
let dispose: () => Promise<void>;

beforeEach(async () => {
  const opened = await openTestCaseFile();
  db = opened.caseFile.db;
  dispose = opened.dispose;
});
afterEach(() => dispose());

const filter = (input: object) => listAuditLogInputSchema.parse(input);

describe('the audit log', () => {
  it('lists newest first, by kind and by Dutch calendar days, and cannot be rewritten', () => {
    // 31 December 23:30 in Amsterdam is still 2026 there, though 22:30 UTC.
    recordAudit(db, { kind: 'unlock', method: 'passphrase' }, new Date('2026-12-31T22:30:00Z'));
    recordAudit(
      db,
      { kind: 'case_destroyed', caseNumber: '2025-004' },
      new Date('2027-01-01T08:00:00Z'),
    );
    recordAudit(
      db,
      {
        kind: 'export',
        exportKind: 'invoice_pdf',
        organisationId: 3,
        organisationName: 'Gemeente Zwaluwdorp',
        periodStart: '2026-12-01',
        periodEnd: '2026-12-31',
        reference: '2027-0001',
      },
      new Date('2027-01-02T09:00:00Z'),
    );
    recordAudit(db, { kind: 'unlock', method: 'recoveryCode' }, new Date('2027-01-03T09:00:00Z'));

    expect(listAuditLog(db, filter({})).map((e) => e.kind)).toEqual([
      'unlock',
      'export',
      'case_destroyed',
      'unlock',
    ]);
    expect(listAuditLog(db, filter({ kind: 'unlock' })).map((e) => e.method)).toEqual([
      'recoveryCode',
      'passphrase',
    ]);
    expect(
      listAuditLog(db, filter({ from: '2026-12-31', to: '2026-12-31' })).map((e) => e.at),
    ).toEqual(['2026-12-31T22:30:00.000Z']);
    expect(
      listAuditLog(db, filter({ kind: 'export', from: '2027-01-01', to: '2027-01-02' })),
    ).toEqual([
      {
        id: 3,
        at: '2027-01-02T09:00:00.000Z',
        kind: 'export',
        method: null,
        exportKind: 'invoice_pdf',
        organisationId: 3,
        organisationName: 'Gemeente Zwaluwdorp',
        periodStart: '2026-12-01',
        periodEnd: '2026-12-31',
        caseNumber: null,
        reference: '2027-0001',
      },
    ]);
    expect(listAuditLog(db, filter({ limit: 1 }))).toHaveLength(1);
    expect(() => filter({ from: '2027-01-02', to: '2027-01-01' })).toThrow();

    expect(() => db.prepare("UPDATE audit_log SET case_number = '2025-005'").run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/append-only/);
    // A case number that carries more than the number is refused by the table itself.
    expect(() =>
      recordAudit(db, { kind: 'case_destroyed', caseNumber: '2025-004 (Jan)' }, new Date()),
    ).toThrow(/CHECK/);
    expect(listAuditLog(db, filter({}))).toHaveLength(4);
  });
});

describe('the safety settings and the backup reminder', () => {
  it('start at the defaults, keep what is saved, and refuse a damaged value', () => {
    expect(getSafetySettings(db)).toEqual({
      backupReminderDays: 7,
      retentionMonthsAfterClosing: 18,
      idleLockMinutes: 5,
    });
    const now = new Date('2026-12-01T10:00:00Z');
    saveSafetySettings(
      db,
      { backupReminderDays: 14, retentionMonthsAfterClosing: 24, idleLockMinutes: 10 },
      now,
    );
    expect(getSafetySettings(db).retentionMonthsAfterClosing).toBe(24);
    expect(() =>
      saveSafetySettings(
        db,
        { backupReminderDays: 0, retentionMonthsAfterClosing: 24, idleLockMinutes: 10 },
        now,
      ),
    ).toThrow();
    db.prepare(
      "UPDATE settings SET value = '{\"backupReminderDays\":-1}' WHERE key = 'safety'",
    ).run();
    expect(() => getSafetySettings(db)).toThrow(/DATABASE_DAMAGED/);
  });

  it('is overdue without a backup and once the last one is older than the setting', () => {
    const day = 86_400_000;
    const at = new Date('2026-12-01T10:00:00Z');
    expect(getBackupState(db, at)).toEqual({ lastBackupAt: null, overdue: true, reminderDays: 7 });
    markBackedUp(db, at);
    expect(getBackupState(db, new Date(at.getTime() + 7 * day))).toEqual({
      lastBackupAt: at.toISOString(),
      overdue: false,
      reminderDays: 7,
    });
    expect(getBackupState(db, new Date(at.getTime() + 7 * day + 60_000)).overdue).toBe(true);
    saveSafetySettings(
      db,
      { backupReminderDays: 30, retentionMonthsAfterClosing: 18, idleLockMinutes: 5 },
      at,
    );
    expect(getBackupState(db, new Date(at.getTime() + 8 * day))).toMatchObject({
      overdue: false,
      reminderDays: 30,
    });
  });
});
