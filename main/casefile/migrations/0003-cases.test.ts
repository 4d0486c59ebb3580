import { describe, expect, it } from 'vitest';
import { migrate } from './index';
import { encryptedTempDatabase, tableNames } from './test-support';

const NOW = '2026-11-23T10:00:00Z';

describe('migration 0003: cases', () => {
  it('keeps the organisations of version 2 and adds cases, notes and the search index', () => {
    const db = encryptedTempDatabase();
    db.pragma('foreign_keys = ON');
    migrate(db, 2);
    const orgId = db
      .prepare('INSERT INTO organisations (legal_name, created_at, updated_at) VALUES (?, ?, ?)')
      .run('Bouwman B.V.', NOW, NOW).lastInsertRowid;

    expect(migrate(db, 3)).toBe(3);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining([
        'cases',
        'case_behaviours',
        'case_status_changes',
        'referrals',
        'follow_ups',
        'notes',
        'note_versions',
        'case_search',
      ]),
    );
    expect(db.prepare('SELECT legal_name FROM organisations').pluck().get()).toBe('Bouwman B.V.');

    const insertCase = db.prepare(
      `INSERT INTO cases (case_number, organisation_id, requested_at, first_contact_due_at, channel,
         reporter_anonymous, reporter_name, reporter_role, consent, status, created_at, updated_at)
       VALUES (@number, @org, @at, @at, @channel, @anonymous, @name, 'employee', 'nothing', @status, @at, @at)`,
    );
    const base = {
      number: '2026-001',
      org: orgId,
      at: NOW,
      channel: 'phone',
      anonymous: 0,
      name: 'Jan',
      status: 'first_reception',
    };
    const caseId = insertCase.run(base).lastInsertRowid;
    // The database itself refuses codes outside the lists, a named anonymous reporter,
    // a closed case without outcome, and a duplicate number.
    expect(() => insertCase.run({ ...base, number: '2026-002', channel: 'pigeon' })).toThrow(
      /CHECK/,
    );
    expect(() => insertCase.run({ ...base, number: '2026-003', anonymous: 1 })).toThrow(/CHECK/);
    expect(() => insertCase.run({ ...base, number: '2026-004', status: 'closed' })).toThrow(
      /CHECK/,
    );
    expect(() => insertCase.run(base)).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare("INSERT INTO case_behaviours VALUES (?, 'sarcasm')").run(caseId),
    ).toThrow(/CHECK/);

    db.prepare(
      "INSERT INTO case_search (rowid, case_number, reporter, wishes, notes) VALUES (?, '2026-001', 'Jan', '', 'overleg met de vakbond')",
    ).run(caseId);
    expect(
      db.prepare("SELECT rowid FROM case_search WHERE case_search MATCH 'vakbond'").pluck().all(),
    ).toEqual([Number(caseId)]);
    // Deleting a case takes its notes along (destruction under the AVG, a later issue).
    const noteId = db
      .prepare(
        "INSERT INTO notes (case_id, kind, occurred_at, created_at, updated_at) VALUES (?, 'conversation', ?, ?, ?)",
      )
      .run(caseId, NOW, NOW, NOW).lastInsertRowid;
    db.prepare("INSERT INTO note_versions VALUES (?, 1, 'tekst', ?)").run(noteId, NOW);
    db.prepare('DELETE FROM cases WHERE id = ?').run(caseId);
    expect(db.prepare('SELECT count(*) FROM note_versions').pluck().get()).toBe(0);
    db.close();
  });
});
