import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from './index';
import { encryptedTempDatabase, tableNames } from './test-support';

const NOW = '2026-11-23T10:00:00.000Z';

describe('migration 0006: audit log and retention', () => {
  it('keeps the cases of version 5 and adds an append-only audit log without room for content', () => {
    const db = encryptedTempDatabase();
    db.pragma('foreign_keys = ON');
    migrate(db, 5);
    const org = db
      .prepare('INSERT INTO organisations (legal_name, created_at, updated_at) VALUES (?, ?, ?)')
      .run('Bouwman B.V.', NOW, NOW).lastInsertRowid;
    db.prepare(
      `INSERT INTO cases (case_number, organisation_id, requested_at, first_contact_due_at, channel,
         reporter_anonymous, reporter_role, consent, status, outcome, closed_at, created_at, updated_at)
       VALUES ('2025-007', ?, ?, ?, 'phone', 1, 'employee', 'nothing', 'closed', 'informal_solution', ?, ?, ?)`,
    ).run(org, NOW, NOW, NOW, NOW, NOW);

    expect(migrate(db, 6)).toBe(6);
    expect(schemaVersion(db)).toBe(6);
    expect(tableNames(db)).toContain('audit_log');
    expect(db.prepare('SELECT case_number FROM cases').pluck().get()).toBe('2025-007');

    const insert = db.prepare(
      `INSERT INTO audit_log (at, kind, method, export_kind, organisation_id, organisation_name,
         period_start, period_end, case_number, reference)
       VALUES (@at, @kind, @method, @export_kind, @organisation_id, @organisation_name,
         @period_start, @period_end, @case_number, @reference)`,
    );
    const empty = {
      at: NOW,
      kind: 'unlock',
      method: null,
      export_kind: null,
      organisation_id: null,
      organisation_name: null,
      period_start: null,
      period_end: null,
      case_number: null,
      reference: null,
    };
    const unlock = insert.run({ ...empty, method: 'passphrase' }).lastInsertRowid;
    insert.run({
      ...empty,
      kind: 'export',
      export_kind: 'invoice_pdf',
      organisation_id: org,
      organisation_name: 'Bouwman B.V.',
      period_start: '2026-10-01',
      period_end: '2026-10-31',
      reference: '2026-0001',
    });
    insert.run({ ...empty, kind: 'case_destroyed', case_number: '2025-007' });
    insert.run({ ...empty, kind: 'backup', reference: 'VP Dossier backup 2026-11-23 1100' });

    // Append-only: no change, no deletion, not even of one entry.
    expect(() =>
      db.prepare("UPDATE audit_log SET kind = 'backup' WHERE id = ?").run(unlock),
    ).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = ?').run(unlock)).toThrow(
      /append-only/,
    );
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(4);

    // Nothing shaped like case content fits: a sentence as case number or kind, a multi-line
    // reference, an export without its kind, a destruction without its number, a local time.
    for (const bad of [
      { ...empty, kind: 'case_destroyed', case_number: '2025-007 Jan de Vries' },
      { ...empty, kind: 'case_destroyed', case_number: 'Jan de Vries' },
      { ...empty, kind: 'case_destroyed' },
      { ...empty, kind: 'melder vertelde over pesten' },
      { ...empty, kind: 'export' },
      { ...empty, kind: 'export', export_kind: 'invoice pdf met notitie' },
      { ...empty, kind: 'backup', reference: 'regel een\nregel twee' },
      { ...empty, method: 'password' },
      { ...empty, period_start: 'oktober' },
      { ...empty, at: '23-11-2026 11:00' },
    ]) {
      expect(() => insert.run(bad), JSON.stringify(bad)).toThrow(/CHECK|NOT NULL/);
    }
    db.close();
  });
});
