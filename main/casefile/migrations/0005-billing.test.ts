import { describe, expect, it } from 'vitest';
import { migrate } from './index';
import { encryptedTempDatabase, tableNames } from './test-support';

const NOW = '2026-11-23T10:00:00.000Z';

describe('migration 0005: billing', () => {
  it('keeps the cases of version 4 and adds contracts, time entries and immutable invoices', () => {
    const db = encryptedTempDatabase();
    db.pragma('foreign_keys = ON');
    migrate(db, 4);
    const org = db
      .prepare('INSERT INTO organisations (legal_name, created_at, updated_at) VALUES (?, ?, ?)')
      .run('Bouwman B.V.', NOW, NOW).lastInsertRowid;
    const kase = db
      .prepare(
        `INSERT INTO cases (case_number, organisation_id, requested_at, first_contact_due_at, channel,
           reporter_anonymous, reporter_role, consent, status, created_at, updated_at)
         VALUES ('2026-001', ?, ?, ?, 'phone', 1, 'employee', 'nothing', 'in_progress', ?, ?)`,
      )
      .run(org, NOW, NOW, NOW, NOW).lastInsertRowid;

    expect(migrate(db, 5)).toBe(5);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['contracts', 'time_entries', 'invoices']),
    );
    expect(db.prepare('SELECT case_number FROM cases').pluck().get()).toBe('2026-001');

    db.prepare(
      "INSERT INTO contracts (organisation_id, valid_from, terms, created_at, updated_at) VALUES (?, '2026-01-01', '{}', ?, ?)",
    ).run(org, NOW, NOW);
    expect(() =>
      db
        .prepare(
          "INSERT INTO contracts (organisation_id, valid_from, valid_until, terms, created_at, updated_at) VALUES (?, '2026-01-01', '2025-12-31', '{}', ?, ?)",
        )
        .run(org, NOW, NOW),
    ).toThrow(/CHECK/);

    const insertEntry = db.prepare(
      `INSERT INTO time_entries (organisation_id, case_id, date, minutes, activity, created_at, updated_at)
       VALUES (?, ?, '2026-10-05', ?, ?, ?, ?)`,
    );
    const billedEntry = insertEntry.run(org, kase, 50, 'consult', NOW, NOW).lastInsertRowid;
    const openEntry = insertEntry.run(org, kase, 30, 'consult', NOW, NOW).lastInsertRowid;
    expect(() => insertEntry.run(org, kase, 0, 'consult', NOW, NOW)).toThrow(/CHECK/);
    expect(() => insertEntry.run(org, kase, 30, 'gossip', NOW, NOW)).toThrow(/CHECK/);

    const insertInvoice = db.prepare(
      `INSERT INTO invoices (organisation_id, kind, source, year, sequence, number, issue_date,
         period_start, period_end, corrects_invoice_id, payable_cents, document, issued_at)
       VALUES (@org, @kind, @source, 2026, @sequence, @number, '2026-11-02', '2026-10-01',
         '2026-10-31', @corrects, 12100, '{}', @now)`,
    );
    const base = {
      org,
      kind: 'invoice',
      source: 'monthly',
      sequence: 1,
      number: '2026-0001',
      corrects: null,
      now: NOW,
    };
    const invoice = insertInvoice.run(base).lastInsertRowid;
    db.prepare('UPDATE time_entries SET invoice_id = ? WHERE id = ?').run(invoice, billedEntry);

    // Gap-free numbers: one sequence per year, one number once.
    expect(() => insertInvoice.run({ ...base, number: '2026-0001b' })).toThrow(/UNIQUE/);
    // A credit note, and only it, corrects an invoice; an invoice is credited once.
    expect(() =>
      insertInvoice.run({
        ...base,
        sequence: 2,
        number: '2026-0002',
        kind: 'credit_note',
        source: 'credit',
      }),
    ).toThrow(/CHECK/);
    insertInvoice.run({
      ...base,
      sequence: 2,
      number: '2026-0002',
      kind: 'credit_note',
      source: 'credit',
      corrects: invoice,
    });
    expect(() =>
      insertInvoice.run({
        ...base,
        sequence: 3,
        number: '2026-0003',
        kind: 'credit_note',
        source: 'credit',
        corrects: invoice,
      }),
    ).toThrow(/UNIQUE/);

    // Issued invoices never change and are never deleted.
    expect(() =>
      db.prepare('UPDATE invoices SET payable_cents = 1 WHERE id = ?').run(invoice),
    ).toThrow(/cannot be changed/);
    expect(() => db.prepare('DELETE FROM invoices WHERE id = ?').run(invoice)).toThrow(
      /cannot be deleted/,
    );

    // A billed entry is locked; an open one is not.
    expect(() =>
      db.prepare('UPDATE time_entries SET minutes = 60 WHERE id = ?').run(billedEntry),
    ).toThrow(/locked/);
    expect(() => db.prepare('DELETE FROM time_entries WHERE id = ?').run(billedEntry)).toThrow(
      /locked/,
    );
    db.prepare('UPDATE time_entries SET minutes = 45 WHERE id = ?').run(openEntry);

    // Destroying the case keeps its billed hours, without the case.
    db.prepare('DELETE FROM cases WHERE id = ?').run(kase);
    expect(db.prepare('SELECT id, case_id, minutes FROM time_entries ORDER BY id').all()).toEqual([
      { id: Number(billedEntry), case_id: null, minutes: 50 },
      { id: Number(openEntry), case_id: null, minutes: 45 },
    ]);
    // A credit note releases its invoice's entries.
    db.prepare('UPDATE time_entries SET invoice_id = NULL WHERE invoice_id = ?').run(invoice);
    db.prepare('UPDATE time_entries SET minutes = 55 WHERE id = ?').run(billedEntry);
    db.close();
  });
});
