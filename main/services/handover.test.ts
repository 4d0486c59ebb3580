import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCaseFile } from '../casefile';
import { errorCodeOf, FAST_KDF, makeTempFolder, PASSPHRASE } from '../casefile/test-support';
import { dispatch } from '../api/dispatch';
import type { Handlers } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import type { FolderPurpose, Platform } from '../api/platform';
import { useUnlockedCaseFile } from '../api/test-support';
import { CASE_CHILD_TABLES, TABLES_LEFT_BEHIND } from './handover-contents';
import { createCaseFileSession, type CaseFileSession } from './casefile-session';
import { testClock } from './test-support';

/**
 * Handover end to end, through the handlers as the renderer calls them: the departing
 * counsellor's case file (`departing`) makes a package, a second counsellor's case file
 * (`successor`) reads it in.
 */

const departing = useUnlockedCaseFile();
const SUCCESSOR_OWN = 'groene kikker springt over de sloot';
const HANDOVER_PASSPHRASE = 'zeven blauwe vlinders boven Lemmer';

const successor = {} as {
  session: CaseFileSession;
  handlers: Handlers;
  chosen: Record<FolderPurpose, string | null>;
  folder: string;
};
let cleanupSuccessor: () => Promise<void> = async () => undefined;

beforeEach(async () => {
  const temp = await makeTempFolder();
  cleanupSuccessor = temp.cleanup;
  successor.folder = temp.folder;
  successor.chosen = { backup: null, restore: null, handoverExport: null, handoverImport: null };
  successor.session = createCaseFileSession(temp.folder, FAST_KDF);
  const platform: Platform = {
    saveFile: () => Promise.resolve({ saved: false, fileName: null }),
    pdfFonts: () => Promise.reject(new Error('no fonts')),
    chooseFolder: (purpose) => Promise.resolve(successor.chosen[purpose]),
  };
  successor.handlers = createHandlers(
    successor.session,
    testClock('2026-11-30T13:00:00Z'),
    platform,
  );
  await successor.session.create(SUCCESSOR_OWN);
});
afterEach(async () => {
  successor.session.lock();
  await cleanupSuccessor();
});

async function value<T>(handlers: Handlers, call: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(handlers, call, input);
  if (!result.ok) throw new Error(`${call}: ${result.error.code}`);
  return result.value as T;
}
async function failure(handlers: Handlers, call: string, input: unknown = {}): Promise<string> {
  const result = await dispatch(handlers, call, input);
  if (result.ok) throw new Error(`${call} did not fail`);
  return result.error.code;
}
const mine = <T>(call: string, input?: unknown) => value<T>(departing.handlers, call, input);
const theirs = <T>(call: string, input?: unknown) => value<T>(successor.handlers, call, input);

const NOTES = [
  'Melder vertelt over de teamleider van de afdeling Inkoop die haar structureel negeert.',
  'Tweede gesprek: de melder overweegt een klacht bij de klachtencommissie in te dienen.',
  'Gesprek met melder over de roddels in de kantine rond haar re-integratie.',
];

/** Three open cases at one organisation, each with a named reporter and a note. */
async function departingPractice() {
  const org = await mine<{ id: number }>('createOrganisation', {
    legalName: 'Zuivelcoöperatie De Eendracht',
    kvkNumber: '87654321',
  });
  const withUnit = await mine<{ units: { id: number }[] }>('addUnit', {
    organisationId: org.id,
    name: 'Inkoop',
  });
  const reporters = ['Fenna Wijnsma', 'Jildou Terpstra', 'Sjoukje Hiemstra'];
  const cases: { id: number; caseNumber: string }[] = [];
  for (const [i, name] of reporters.entries()) {
    const kase = await mine<{ id: number; caseNumber: string }>('recordIntake', {
      organisationId: org.id,
      unitId: i === 0 ? withUnit.units[0]?.id : null,
      requestedAt: `2026-11-0${i + 2}T09:00:00+01:00`,
      channel: 'phone',
      reporter: { anonymous: false, name, phone: `06-1234567${i}` },
      reporterRole: 'employee',
      behaviours: ['bullying'],
      consent: 'with_name',
    });
    await mine('addNote', {
      caseId: kase.id,
      note: {
        kind: 'conversation',
        occurredAt: `2026-11-0${i + 2}T11:00:00+01:00`,
        durationMinutes: 45,
        body: NOTES[i],
      },
    });
    cases.push(kase);
  }
  return { org, cases, reporters };
}

async function handOver(caseIds: number[]) {
  departing.chosenFolder.handoverExport = departing.backupsFolder;
  return mine<{ saved: boolean; folderName: string; cases: string[] }>('exportHandover', {
    caseIds,
    passphrase: HANDOVER_PASSPHRASE,
    reportersConsented: true,
  });
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** What a successor's case file holds, to prove a refused import changed nothing. */
function successorState() {
  const { db } = successor.session.requireOpen();
  return ['cases', 'notes', 'note_versions', 'organisations', 'units', 'meta', 'audit_log'].map(
    (table) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(),
  );
}

describe('handing cases over', () => {
  it('packs two of three open cases, encrypted for the successor only, and records it', async () => {
    const { cases, reporters } = await departingPractice();
    const chosen = [cases[0]?.id, cases[2]?.id] as number[];

    // Cancelled folder dialog: nothing written, nothing recorded.
    expect(
      await mine('exportHandover', {
        caseIds: chosen,
        passphrase: HANDOVER_PASSPHRASE,
        reportersConsented: true,
      }),
    ).toEqual({ saved: false, folderName: null, cases: [] });
    expect(await fs.readdir(departing.backupsFolder)).toEqual([]);

    const made = await handOver(chosen);
    // 2026-11-23T09:00Z on the test clock is 10:00 in Amsterdam.
    expect(made).toEqual({
      saved: true,
      folderName: 'VP Dossier overdracht 2026-11-23 1000 (2 meldingen)',
      cases: ['2026-001', '2026-003'],
    });
    // Only the finished package is left: no temporary folder, no journal, no plaintext copy.
    const packageFolder = path.join(departing.backupsFolder, made.folderName);
    expect(await fs.readdir(departing.backupsFolder)).toEqual([made.folderName]);
    expect((await fs.readdir(packageFolder)).sort()).toEqual(['dossier.vpdb', 'dossier.vpkey']);

    const secrets = [...reporters, ...NOTES, 'Zuivelcoöperatie', 'Inkoop', '06-12345670'];
    for (const file of await filesUnder(packageFolder)) {
      const bytes = await fs.readFile(file);
      for (const secret of secrets) {
        expect(bytes.includes(Buffer.from(secret, 'utf8')), `${secret} in ${file}`).toBe(false);
      }
    }

    // Only the successor's passphrase opens it; the departing counsellor's own does not.
    expect(await errorCodeOf(() => openCaseFile(packageFolder, PASSPHRASE))).toBe(
      'WRONG_PASSPHRASE',
    );
    const opened = await openCaseFile(packageFolder, HANDOVER_PASSPHRASE);
    try {
      expect(opened.db.prepare('SELECT case_number FROM cases ORDER BY id').pluck().all()).toEqual([
        '2026-001',
        '2026-003',
      ]);
      // Billing stays behind.
      expect(opened.db.prepare('SELECT count(*) FROM contracts').pluck().get()).toBe(0);
    } finally {
      opened.close();
    }

    // The originals stay, marked as handed over; the audit log holds numbers and the folder.
    const candidates =
      await mine<{ caseNumber: string; handedOverAt: string | null }[]>('listHandoverCandidates');
    expect(candidates.map((c) => [c.caseNumber, c.handedOverAt])).toEqual([
      ['2026-003', '2026-11-23T09:00:00.000Z'],
      ['2026-002', null],
      ['2026-001', '2026-11-23T09:00:00.000Z'],
    ]);
    const audit = await mine<{ kind: string; caseNumber: string; reference: string }[]>(
      'listAuditLog',
      { kind: 'handover' },
    );
    expect(
      audit.map((a) => [a.caseNumber, a.reference, (a as { method?: unknown }).method]),
    ).toEqual(
      expect.arrayContaining([
        ['2026-001', made.folderName, null],
        ['2026-003', made.folderName, null],
      ]),
    );
    expect(audit).toHaveLength(2);
  });

  it('refuses a closed case, a missing consent or the own passphrase before any folder is chosen', async () => {
    const { cases } = await departingPractice();
    const first = cases[0]?.id as number;
    await mine('changeCaseStatus', {
      id: first,
      status: 'closed',
      at: '2026-11-20T10:00:00+01:00',
      outcome: 'informal_solution',
    });
    departing.chosenFolder.handoverExport = departing.backupsFolder;
    const input = { caseIds: [first], passphrase: HANDOVER_PASSPHRASE, reportersConsented: true };
    expect(await failure(departing.handlers, 'exportHandover', input)).toBe(
      'HANDOVER_CASE_NOT_OPEN',
    );
    expect(
      await failure(departing.handlers, 'exportHandover', {
        ...input,
        caseIds: [cases[1]?.id],
        reportersConsented: false,
      }),
    ).toBe('INVALID_INPUT');
    expect(
      await failure(departing.handlers, 'exportHandover', { ...input, passphrase: 'te kort' }),
    ).toBe('INVALID_INPUT');
    // The counsellor's own passphrase would give the successor the key to everything.
    expect(
      await failure(departing.handlers, 'exportHandover', {
        ...input,
        caseIds: [cases[1]?.id],
        passphrase: PASSPHRASE,
      }),
    ).toBe('HANDOVER_OWN_PASSPHRASE');
    expect(await fs.readdir(departing.backupsFolder)).toEqual([]);
    expect(await mine('listAuditLog', { kind: 'handover' })).toEqual([]);
  });

  it('fails cleanly into a folder that cannot take it', async () => {
    const { cases } = await departingPractice();
    departing.chosenFolder.handoverExport = path.join(departing.backupsFolder, 'weg');
    expect(
      await failure(departing.handlers, 'exportHandover', {
        caseIds: [cases[0]?.id],
        passphrase: HANDOVER_PASSPHRASE,
        reportersConsented: true,
      }),
    ).toBe('HANDOVER_FAILED');
    expect(await mine('listAuditLog', { kind: 'handover' })).toEqual([]);
  });
});

describe('reading a handover in', () => {
  it('merges cases, notes and organisations, renumbers a taken number, and records it', async () => {
    const { cases } = await departingPractice();
    await mine('planAppointment', {
      caseId: cases[0]?.id,
      startsAt: '2026-12-02T10:00:00+01:00',
      durationMinutes: 60,
      placeKind: 'video',
    });
    const made = await handOver([cases[0]?.id, cases[2]?.id] as number[]);
    const packageFolder = path.join(departing.backupsFolder, made.folderName);

    // The successor already serves the organisation (same KvK) and has a case 2026-001.
    const theirOrg = await theirs<{ id: number }>('createOrganisation', {
      legalName: 'De Eendracht (zuivel)',
      kvkNumber: '87654321',
    });
    await theirs('recordIntake', {
      organisationId: theirOrg.id,
      requestedAt: '2026-10-01T09:00:00+01:00',
      channel: 'email',
      reporter: { anonymous: true },
      reporterRole: 'manager',
      behaviours: ['gossip'],
      consent: 'nothing',
    });
    const before = successorState();

    // Cancelled dialog, wrong passphrase: nothing changes.
    expect(await theirs('importHandover', { passphrase: HANDOVER_PASSPHRASE })).toMatchObject({
      imported: false,
    });
    successor.chosen.handoverImport = packageFolder;
    expect(await failure(successor.handlers, 'importHandover', { passphrase: SUCCESSOR_OWN })).toBe(
      'WRONG_PASSPHRASE',
    );
    expect(successorState()).toEqual(before);

    const imported = await theirs('importHandover', { passphrase: HANDOVER_PASSPHRASE });
    expect(imported).toEqual({
      imported: true,
      folderName: made.folderName,
      cases: ['2026-002', '2026-003'],
      renumbered: [{ from: '2026-001', to: '2026-002' }],
      organisationsAdded: [],
    });

    const list = await theirs<
      { caseNumber: string; organisationId: number; unitName: string | null }[]
    >('listCases', {});
    expect(list.map((c) => [c.caseNumber, c.organisationId, c.unitName])).toEqual([
      ['2026-003', theirOrg.id, null],
      ['2026-002', theirOrg.id, 'Inkoop'],
      ['2026-001', theirOrg.id, null],
    ]);
    const found = await theirs<
      {
        caseNumber: string;
        reporter: { name: string };
        notes: { body: string; durationMinutes: number }[];
      }[]
    >('searchCases', { query: 'teamleider Inkoop' });
    expect(found.map((c) => c.caseNumber)).toEqual(['2026-002']);
    const detail = await theirs<{
      reporter: { name: string };
      notes: { body: string; durationMinutes: number }[];
      statusHistory: unknown[];
    }>('getCase', { id: (found[0] as unknown as { id: number }).id });
    expect(detail.reporter.name).toBe('Fenna Wijnsma');
    expect(detail.notes).toMatchObject([{ body: NOTES[0], durationMinutes: 45 }]);
    expect(detail.statusHistory).toHaveLength(1);
    // Hours and contracts stay with the departing counsellor.
    const theirDb = successor.session.requireOpen().db;
    expect(theirDb.prepare('SELECT count(*) FROM time_entries').pluck().get()).toBe(0);
    expect(theirDb.prepare('SELECT count(*) FROM contracts').pluck().get()).toBe(0);
    expect(
      await theirs('listCaseAppointments', { caseId: (found[0] as unknown as { id: number }).id }),
    ).toMatchObject([{ placeKind: 'video', durationMinutes: 60 }]);

    const audit = await theirs<{ caseNumber: string; reference: string; method: string | null }[]>(
      'listAuditLog',
      { kind: 'handover' },
    );
    expect(audit.map((a) => [a.caseNumber, a.reference, a.method]).sort()).toEqual([
      ['2026-002', made.folderName, 'passphrase'],
      ['2026-003', made.folderName, 'passphrase'],
    ]);

    // The same package again: refused, nothing doubled.
    const after = successorState();
    expect(
      await failure(successor.handlers, 'importHandover', { passphrase: HANDOVER_PASSPHRASE }),
    ).toBe('HANDOVER_ALREADY_IMPORTED');
    expect(successorState()).toEqual(after);
  });

  it('adds an organisation it does not know, and refuses a package back into its own source', async () => {
    const { cases } = await departingPractice();
    const made = await handOver([cases[1]?.id] as number[]);
    const packageFolder = path.join(departing.backupsFolder, made.folderName);
    successor.chosen.handoverImport = packageFolder;
    expect(await theirs('importHandover', { passphrase: HANDOVER_PASSPHRASE })).toMatchObject({
      cases: ['2026-002'],
      renumbered: [],
      organisationsAdded: ['Zuivelcoöperatie De Eendracht'],
    });
    const orgs = await theirs<{ legalName: string; kvkNumber: string | null }[]>(
      'listOrganisations',
      {},
    );
    expect(orgs).toMatchObject([
      { legalName: 'Zuivelcoöperatie De Eendracht', kvkNumber: '87654321' },
    ]);

    departing.chosenFolder.handoverImport = packageFolder;
    expect(
      await failure(departing.handlers, 'importHandover', { passphrase: HANDOVER_PASSPHRASE }),
    ).toBe('HANDOVER_FROM_THIS_CASE_FILE');
  });

  it('a failure halfway through the merge changes nothing, and a retry then works', async () => {
    const { cases } = await departingPractice();
    const made = await handOver([cases[0]?.id, cases[1]?.id] as number[]);
    successor.chosen.handoverImport = path.join(departing.backupsFolder, made.folderName);
    const { db } = successor.session.requireOpen();
    // The second note refused, as a full disk would: cases and the first note are in by then.
    db.exec(`CREATE TEMP TRIGGER refuse_second_note BEFORE INSERT ON main.notes
               WHEN (SELECT count(*) FROM main.notes) >= 1
               BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const before = successorState();
    // dispatch logs the unexpected error by its name only; kept out of the test output.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(
      await failure(successor.handlers, 'importHandover', { passphrase: HANDOVER_PASSPHRASE }),
    ).toBe('INTERNAL');
    expect(successorState()).toEqual(before);

    db.exec('DROP TRIGGER temp.refuse_second_note');
    expect(await theirs('importHandover', { passphrase: HANDOVER_PASSPHRASE })).toMatchObject({
      imported: true,
      cases: ['2026-001', '2026-002'],
    });
  });

  it('refuses a normal case file, a backup and its own case file as a package', async () => {
    departing.chosenFolder.backup = departing.backupsFolder;
    const backup = await mine<{ folderName: string }>('backUpNow');
    for (const [folder, secret] of [
      [path.join(departing.backupsFolder, backup.folderName), PASSPHRASE],
      [departing.caseFileFolder, PASSPHRASE],
      [successor.folder, SUCCESSOR_OWN],
      [departing.backupsFolder, PASSPHRASE],
    ] as const) {
      successor.chosen.handoverImport = folder;
      const before = successorState();
      expect(await failure(successor.handlers, 'importHandover', { passphrase: secret })).toBe(
        'HANDOVER_NOT_VALID',
      );
      expect(successorState()).toEqual(before);
    }
  });

  it('knows every table that refers to cases: carried over or deliberately left behind', () => {
    const { db } = successor.session.requireOpen();
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .all() as string[];
    const referring = tables.filter((t) =>
      (db.pragma(`foreign_key_list(${t})`) as { table: string }[]).some(
        (fk) => fk.table === 'cases',
      ),
    );
    expect(referring.sort()).toEqual([...CASE_CHILD_TABLES, ...TABLES_LEFT_BEHIND].sort());
  });
});
