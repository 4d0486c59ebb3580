import { describe, expect, it } from 'vitest';
import { appointmentStatuses, placeKinds } from '../../../shared/schemas/appointment';
import { migrate } from './index';
import { encryptedTempDatabase, tableNames } from './test-support';

const NOW = '2026-11-23T10:00:00.000Z';

describe('migration 0004: appointments', () => {
  it('keeps the cases and follow-ups of version 3 and adds appointments', () => {
    const db = encryptedTempDatabase();
    db.pragma('foreign_keys = ON');
    migrate(db, 3);
    const orgId = db
      .prepare('INSERT INTO organisations (legal_name, created_at, updated_at) VALUES (?, ?, ?)')
      .run('Bouwman B.V.', NOW, NOW).lastInsertRowid;
    const caseId = db
      .prepare(
        `INSERT INTO cases (case_number, organisation_id, requested_at, first_contact_due_at, channel,
           reporter_anonymous, reporter_name, reporter_role, consent, status, created_at, updated_at)
         VALUES ('2026-001', ?, ?, ?, 'phone', 0, 'Jan', 'employee', 'nothing', 'in_progress', ?, ?)`,
      )
      .run(orgId, NOW, NOW, NOW, NOW).lastInsertRowid;
    // An appointment of the old kind: a reminder in follow_ups. It stays where it is.
    db.prepare(
      "INSERT INTO follow_ups (case_id, kind, due_at, description) VALUES (?, 'appointment', ?, 'Gesprek')",
    ).run(caseId, '2026-11-30T09:00:00.000Z');

    expect(migrate(db, 4)).toBe(4);
    expect(tableNames(db)).toContain('appointments');
    expect(db.prepare('SELECT kind, description FROM follow_ups').get()).toEqual({
      kind: 'appointment',
      description: 'Gesprek',
    });
    expect(db.prepare('SELECT count(*) FROM appointments').pluck().get()).toBe(0);

    const insert = db.prepare(
      `INSERT INTO appointments (case_id, starts_at, duration_minutes, place_kind, place_text,
         status, ics_uid, created_at, updated_at)
       VALUES (@caseId, @startsAt, @minutes, @place, @text, @status, @uid, @now, @now)`,
    );
    let uid = 0;
    const row = (overrides: Record<string, unknown> = {}) => ({
      caseId,
      startsAt: '2026-11-30T09:00:00.000Z',
      minutes: 60,
      place: 'reporter_home',
      text: 'Dorpsstraat 1, Zwolle',
      status: 'planned',
      uid: `0f6c1d2e-3a4b-4c5d-8e9f-${String(++uid).padStart(12, '0')}`,
      now: NOW,
      ...overrides,
    });
    // Every code of the shared lists is accepted (the frozen lists still match them).
    for (const place of placeKinds) insert.run(row({ place }));
    for (const status of appointmentStatuses) insert.run(row({ status, text: null }));
    expect(db.prepare('SELECT ics_sequence FROM appointments LIMIT 1').pluck().get()).toBe(0);

    // The database itself refuses what the app never writes.
    for (const bad of [
      { place: 'pub' },
      { status: 'postponed' },
      { minutes: 0 },
      { minutes: 721 },
      { text: '   ' },
      { startsAt: '30-11-2026 10:00' },
      { startsAt: '2026-11-30T10:00:00+01:00' },
      { uid: 'short' },
      { caseId: 999 },
    ]) {
      expect(() => insert.run(row(bad)), JSON.stringify(bad)).toThrow(/CHECK|FOREIGN KEY/);
    }
    expect(() => insert.run({ ...row(), uid: row().uid.replace(/\d+$/, '000000000001') })).toThrow(
      /UNIQUE/,
    );

    // Destroying a case takes its appointments (and their place texts) along.
    db.prepare('DELETE FROM cases WHERE id = ?').run(caseId);
    expect(db.prepare('SELECT count(*) FROM appointments').pluck().get()).toBe(0);
    db.close();
  });
});
