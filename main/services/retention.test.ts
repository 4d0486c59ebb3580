import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { timeEntryInputSchema } from '../../shared/schemas/hours';
import type { CaseFileDatabase, OpenCaseFile } from '../casefile';
import { caseFilePaths } from '../casefile/paths';
import { dataKeyOf, PASSPHRASE } from '../casefile/test-support';
import { AppError } from '../errors';
import { decryptCaseFileDatabase, holds } from '../casefile/test-support-pages';
import { listAuditLog } from './audit-log';
import { searchCases } from './cases';
import { saveDraft } from './drafts';
import { listTimeEntries, recordHours } from './hours';
import { destroyCases, listCasesPastRetention } from './retention';
import { saveSafetySettings } from './safety-settings';
import { addCaseWithNote, addOrganisation } from './safety-test-support';
import { openTestCaseFile } from './test-support';

const NOW = new Date('2028-06-01T10:00:00.000Z');
// The default term is 18 months: closed before 2026-12-01 10:00 UTC is past it.
const LONG_AGO = '2026-11-30T09:00:00.000Z';
const RECENTLY = '2027-12-15T09:00:00.000Z';

// Words that occur nowhere else in the file, so finding them anywhere means this case's text.
const REPORTER = 'Quirijn Zwartveldt';
const PHONE = '06 13579024';
const NOTE = 'Xylofoonleraar Zwartveldt vertelde over intimidatie door zijn leidinggevende';

let caseFile: OpenCaseFile;
let db: CaseFileDatabase;
let dispose: () => Promise<void>;
let org: number;

beforeEach(async () => {
  ({ caseFile, dispose } = await openTestCaseFile());
  db = caseFile.db;
  org = addOrganisation(db, 'Zorggroep De Linde', NOW);
});
afterEach(() => dispose());

const past = (reporter = REPORTER, note = NOTE) =>
  addCaseWithNote(
    db,
    org,
    {
      reporter,
      note,
      phone: PHONE,
      requestedAt: '2026-10-01T10:00:00+02:00',
      closedAt: LONG_AGO,
    },
    NOW,
  );

function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'no error';
  } catch (err) {
    return err instanceof AppError ? err.code : String(err);
  }
}

describe('the retention list', () => {
  it('lists closed cases past their term, test and duplicate cases included, and nothing else', () => {
    const old = past();
    db.prepare('UPDATE cases SET is_test = 1 WHERE id = ?').run(old.id);
    addCaseWithNote(
      db,
      org,
      { reporter: 'Recent Gesloten', note: 'kort geleden', closedAt: RECENTLY },
      NOW,
    );
    addCaseWithNote(db, org, { reporter: 'Nog Open', note: 'loopt nog' }, NOW);

    expect(listCasesPastRetention(db, NOW)).toEqual([
      {
        id: old.id,
        caseNumber: old.caseNumber,
        organisationId: org,
        organisationName: 'Zorggroep De Linde',
        closedAt: LONG_AGO,
        retainUntil: '2028-05-30T09:00:00.000Z',
        isTest: true,
        isDuplicate: false,
      },
    ]);
    // A shorter term brings the recently closed case in; the open one never comes.
    saveSafetySettings(
      db,
      { backupReminderDays: 7, retentionMonthsAfterClosing: 5, idleLockMinutes: 5 },
      NOW,
    );
    expect(listCasesPastRetention(db, NOW).map((c) => c.closedAt)).toEqual([LONG_AGO, RECENTLY]);
  });
});

describe('destroying cases', () => {
  it('leaves no trace of their text in the file: not in pages, the log, the index or drafts', async () => {
    const doomed = past();
    const kept = addCaseWithNote(
      db,
      org,
      { reporter: 'Anna de Blijver', note: 'Deze melding blijft bewaard', closedAt: RECENTLY },
      NOW,
    );
    const hours = recordHours(
      db,
      timeEntryInputSchema.parse({
        organisationId: org,
        caseId: doomed.id,
        date: '2026-10-02',
        minutes: 90,
        activity: 'consult',
      }),
      NOW,
    );
    saveDraft(
      db,
      `note:${doomed.id}`,
      JSON.stringify({ body: 'Xylofoonconcept half getypt' }),
      NOW,
    );
    saveDraft(db, 'intake', JSON.stringify({ reporterWishes: 'een andere melding' }), NOW);

    const dataKey = await dataKeyOf(caseFile.folder, PASSPHRASE);
    const file = caseFilePaths(caseFile.folder).database;
    const everything = async () => {
      const decrypted = await decryptCaseFileDatabase(file, dataKey);
      return Buffer.concat([decrypted.database, decrypted.wal]);
    };
    // Before: the decrypted file holds the text in every form the app stores it, including
    // the lower-case terms of the full-text index, so the scan below can find it.
    const before = await everything();
    for (const text of [NOTE, REPORTER, PHONE, 'xylofoonleraar', 'quirijn', 'Xylofoonconcept']) {
      expect(holds(before, text), text).toBe(true);
    }

    expect(destroyCases(db, [doomed.id], NOW)).toEqual({
      destroyed: 1,
      caseNumbers: [doomed.caseNumber],
    });

    const after = await everything();
    for (const text of [
      NOTE,
      REPORTER,
      'Zwartveldt',
      'zwartveldt',
      'xylofoonleraar',
      'quirijn',
      'Xylofoon',
      PHONE,
    ]) {
      expect(holds(after, text), text).toBe(false);
    }
    expect(holds(after, 'Deze melding blijft bewaard')).toBe(true);
    expect(searchCases(db, 'Zwartveldt', 10, NOW)).toEqual([]);
    expect(searchCases(db, 'xylofoonleraar', 10, NOW)).toEqual([]);
    expect(searchCases(db, 'Blijver', 10, NOW).map((c) => c.id)).toEqual([kept.id]);
    expect(db.prepare('SELECT form FROM drafts').pluck().all()).toEqual(['intake']);
    // The hours stay, for the invoices and tax law, without the case.
    expect(
      listTimeEntries(db, {
        organisationId: org,
        caseId: null,
        from: '2026-01-01',
        to: '2026-12-31',
      }),
    ).toMatchObject([{ id: hours.id, caseId: null, minutes: 90 }]);
    // The register: the case number and the date, nothing of the case.
    expect(listAuditLog(db, { kind: 'case_destroyed', limit: 10 })).toEqual([
      expect.objectContaining({
        kind: 'case_destroyed',
        at: NOW.toISOString(),
        caseNumber: doomed.caseNumber,
        organisationId: null,
        organisationName: null,
        reference: null,
      }),
    ]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('freelist_count', { simple: true })).toBe(0);
  });

  it('refuses an open or recently closed case and then destroys nothing at all', () => {
    const old = past();
    const recent = addCaseWithNote(
      db,
      org,
      { reporter: 'Recent Gesloten', note: 'kort geleden', closedAt: RECENTLY },
      NOW,
    );
    const open = addCaseWithNote(db, org, { reporter: 'Nog Open', note: 'loopt nog' }, NOW);
    for (const id of [recent.id, open.id]) {
      expect(codeOf(() => destroyCases(db, [old.id, id], NOW))).toBe('RETENTION_NOT_PASSED');
    }
    expect(codeOf(() => destroyCases(db, [old.id, 999_999], NOW))).toBe('NOT_FOUND');
    expect(db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(3);
    expect(listAuditLog(db, { limit: 10 })).toEqual([]);
  });

  it('will not run inside a transaction, where VACUUM cannot', () => {
    const old = past();
    const code = db.transaction(() => codeOf(() => destroyCases(db, [old.id], NOW)))();
    expect(code).toBe('INTERNAL');
    expect(db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(1);
  });
});
