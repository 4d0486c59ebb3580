import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationInputSchema } from '../../shared/schemas/organisation';
import { createOrganisation } from '../services/organisations';
import { caseFilePaths, createCaseFile, openCaseFile, type CaseFileDatabase } from './index';
import { dataKeyOf, FAST_KDF, makeTempFolder, PASSPHRASE } from './test-support';
import {
  caseTag,
  editTag,
  intBetween,
  manifestDraftKey,
  noteTag,
  parseChildLine,
  prng,
  type CrashManifest,
} from './test-children/crash-protocol';
import { bundleChild } from './test-children/bundle';

/**
 * Crash safety, proved by killing a real writer: a child process writes random multi-row
 * transactions through the services on a real case file (SQLCipher, WAL, synchronous=FULL)
 * and is killed with SIGKILL at random moments, more than 200 times. After every kill the
 * file is opened through the normal open path and must pass integrity_check, hold every
 * transaction the child reported as committed with all of its rows, and hold nothing of a
 * transaction that is not there as a whole.
 *
 * The child is bundled once with esbuild (as the app's main process is) and run with plain
 * node: about 50 ms to start instead of about 400 ms through tsx; and it gets the data key
 * from the parent instead of spending ~100 ms on Argon2id. That keeps 220 kills inside the CI
 * budget. The parent reopens through the whole normal path (key file, Argon2id) every time.
 */

const SEED = Number(process.env.VP_CRASH_SEED ?? 20261123);
/**
 * Lanes run side by side, each with its own case file and child: a child spends much of its
 * time waiting for fsync, so three lanes keep two cores busy.
 */
const LANES = 3;
const KILLS_PER_LANE = 74;
const KILLS_PER_FILE = 25;
const BASELINE_ORGANISATIONS = 2;

let child: { script: string; env: NodeJS.ProcessEnv };
let workDir: { folder: string; cleanup(): Promise<void> };

beforeAll(async () => {
  workDir = await makeTempFolder();
  await fs.mkdir(workDir.folder, { recursive: true });
  child = await bundleChild('crash-writer', workDir.folder);
});

afterAll(async () => {
  await workDir.cleanup();
});

interface ChildRun {
  /** Kill planned this long after spawn (early) or after the child said it was ready. */
  killPlan: { after: 'spawn' | 'ready'; ms: number };
  ready: boolean;
  committed: number[];
  /** The seq of a transaction begun but not reported committed when the kill came. */
  inFlight: number | null;
}

/** Spawns the writer, kills it with SIGKILL as planned, and returns what it reported. */
function runAndKill(folder: string, dataKey: Buffer, seed: number, killPlan: ChildRun['killPlan']) {
  return new Promise<ChildRun>((resolve, reject) => {
    const proc = spawn(process.execPath, [child.script, folder, String(seed)], {
      env: { ...child.env, VP_CRASH_DATA_KEY: dataKey.toString('hex') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run: ChildRun = { killPlan, ready: false, committed: [], inFlight: null };
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => proc.kill('SIGKILL');
    const fail = (err: Error) => {
      kill();
      reject(err);
    };
    const guard = setTimeout(kill, 15_000); // a child that never gets ready must not hang the test
    if (killPlan.after === 'spawn') timer = setTimeout(kill, killPlan.ms);
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const text of lines) {
        const line = parseChildLine(text);
        if (!line) return fail(new Error(`unexpected child output: ${text}`));
        if (line.kind === 'ready') {
          run.ready = true;
          if (killPlan.after === 'ready') timer = setTimeout(kill, killPlan.ms);
        } else if (line.kind === 'begin') {
          run.inFlight = line.seq;
        } else {
          if (line.seq !== run.inFlight) return fail(new Error(`commit without begin: ${text}`));
          run.committed.push(line.seq);
          run.inFlight = null;
        }
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('error', fail);
    // 'close' comes after stdout has ended: every line written before the kill has been read.
    proc.on('close', (code, signal) => {
      clearTimeout(guard);
      clearTimeout(timer);
      if (signal !== 'SIGKILL' || stderr !== '') {
        // A child that failed (and perhaps was killed before it could exit) says so on stderr.
        reject(new Error(`child failed (code ${code}, ${signal}): ${stderr}`));
      } else if (buffered !== '') {
        // writeSync writes a whole line at once; a partial line would break the protocol.
        reject(new Error(`partial line from child: ${buffered}`));
      } else {
        resolve(run);
      }
    });
  });
}

interface Expectation {
  /** Every seq a child reported as committed. */
  reported: Set<number>;
  /** Seqs begun but not reported when their child was killed: committed or not, both fine. */
  maybe: Set<number>;
}

function rows<T>(db: CaseFileDatabase, sql: string): T[] {
  return db.prepare(sql).all() as T[];
}

/**
 * The whole check after a crash. Returns the number of transactions present.
 * Every row the writer makes is accounted for by exactly one manifest, so a half-done
 * transaction (rows without their manifest, or a manifest without its rows) shows.
 */
function verifyAfterCrash(db: CaseFileDatabase, expectation: Expectation): number {
  expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  expect(db.pragma('foreign_key_check')).toEqual([]);
  // FTS5's own check that the index matches its content.
  db.prepare("INSERT INTO case_search (case_search) VALUES ('integrity-check')").run();

  const manifests = new Map<number, CrashManifest>();
  for (const { form, content } of rows<{ form: string; content: string }>(
    db,
    "SELECT form, content FROM drafts WHERE form LIKE 'crash:%'",
  )) {
    const manifest = JSON.parse(content) as CrashManifest;
    expect(form).toBe(manifestDraftKey(manifest.seq));
    manifests.set(manifest.seq, manifest);
  }
  const present = [...manifests.keys()].sort((a, b) => a - b);
  // Transactions are sequential: what is there is 1..n without a gap.
  expect(present).toEqual(present.map((_, i) => i + 1));
  for (const seq of expectation.reported) {
    if (!manifests.has(seq))
      throw new Error(`transaction ${seq} was reported committed but is lost`);
  }
  for (const seq of present) {
    if (!expectation.reported.has(seq) && !expectation.maybe.has(seq)) {
      throw new Error(`transaction ${seq} is present but no child ever began it`);
    }
  }

  const all = [...manifests.values()];
  const flat = <T>(pick: (m: CrashManifest) => T[]) => all.flatMap(pick);

  // Organisations: the baseline plus those created, each with its tag.
  const orgNames = new Map(
    rows<{ id: number; legal_name: string }>(db, 'SELECT id, legal_name FROM organisations').map(
      (r) => [r.id, r.legal_name],
    ),
  );
  const created = all.filter((m) => m.createdOrganisationId !== null);
  expect(orgNames.size).toBe(BASELINE_ORGANISATIONS + created.length);
  for (const m of created) {
    expect(orgNames.get(m.createdOrganisationId ?? 0)).toBe(`Crashtest B.V. ${m.seq}`);
  }

  // Cases, with their behaviours, first status and search row.
  const cases = new Map(
    rows<{ id: number; organisation_id: number; reporter_wishes: string }>(
      db,
      'SELECT id, organisation_id, reporter_wishes FROM cases',
    ).map((r) => [r.id, r]),
  );
  expect(cases.size).toBe(all.length);
  const behaviours = new Map(
    rows<{ case_id: number; n: number }>(
      db,
      'SELECT case_id, count(*) AS n FROM case_behaviours GROUP BY case_id',
    ).map((r) => [r.case_id, r.n]),
  );
  const statuses = new Map(
    rows<{ case_id: number; n: number }>(
      db,
      'SELECT case_id, count(*) AS n FROM case_status_changes GROUP BY case_id',
    ).map((r) => [r.case_id, r.n]),
  );
  for (const m of all) {
    expect(cases.get(m.caseId)).toEqual({
      id: m.caseId,
      organisation_id: m.organisationId,
      reporter_wishes: caseTag(m.seq),
    });
    expect(behaviours.get(m.caseId)).toBe(m.behaviours);
    expect(statuses.get(m.caseId)).toBe(1);
  }
  expect(behaviours.size).toBe(all.length);
  expect(statuses.size).toBe(all.length);

  // Notes and their versions: version 1 from the adding transaction, later ones from edits.
  const notes = new Map(
    rows<{ id: number; case_id: number }>(db, 'SELECT id, case_id FROM notes').map((r) => [
      r.id,
      r.case_id,
    ]),
  );
  expect(notes.size).toBe(flat((m) => m.noteIds).length);
  const versions = new Map(
    rows<{ note_id: number; version: number; body: string }>(
      db,
      'SELECT note_id, version, body FROM note_versions',
    ).map((r) => [`${r.note_id}/${r.version}`, r.body]),
  );
  expect(versions.size).toBe(notes.size + flat((m) => m.edits).length);
  const currentBody = new Map<number, { version: number; body: string }>();
  for (const m of all) {
    m.noteIds.forEach((id, i) => {
      expect(notes.get(id)).toBe(m.caseId);
      const body = versions.get(`${id}/1`) ?? '';
      expect(body.startsWith(noteTag(m.seq, i + 1, m.noteIds.length))).toBe(true);
      if (!currentBody.has(id)) currentBody.set(id, { version: 1, body });
    });
  }
  for (const m of all) {
    for (const edit of m.edits) {
      expect(versions.get(`${edit.noteId}/${edit.version}`)).toBe(editTag(m.seq, edit.noteId));
      const current = currentBody.get(edit.noteId);
      if (!current || current.version < edit.version) {
        currentBody.set(edit.noteId, { version: edit.version, body: editTag(m.seq, edit.noteId) });
      }
    }
  }

  // Time entries: replayed in commit order (SQLite reuses the id of a deleted last row, so a
  // later transaction may record an entry under an id deleted before).
  const expectedEntries = new Map<number, number>();
  for (const m of [...all].sort((a, b) => a.seq - b.seq)) {
    for (const id of m.deletedTimeEntryIds) {
      expect(expectedEntries.has(id)).toBe(true); // it deleted an entry that existed then
      expectedEntries.delete(id);
    }
    for (const id of m.timeEntryIds) {
      expect(expectedEntries.has(id)).toBe(false);
      expectedEntries.set(id, m.caseId);
    }
  }
  const entries = new Map(
    rows<{ id: number; case_id: number }>(db, 'SELECT id, case_id FROM time_entries').map((r) => [
      r.id,
      r.case_id,
    ]),
  );
  expect(entries).toEqual(expectedEntries);

  // The search index holds each case's wishes and the current text of all its notes.
  const notesOfCase = new Map<number, string[]>();
  for (const [id, { body }] of currentBody) {
    const caseId = notes.get(id) ?? 0;
    notesOfCase.set(caseId, [...(notesOfCase.get(caseId) ?? []), body]);
  }
  const indexed = rows<{ rowid: number; wishes: string; notes: string }>(
    db,
    'SELECT rowid, wishes, notes FROM case_search',
  );
  expect(indexed.length).toBe(all.length);
  for (const row of indexed) {
    expect(row.wishes).toBe(cases.get(row.rowid)?.reporter_wishes);
    expect(row.notes.split('\n').sort()).toEqual((notesOfCase.get(row.rowid) ?? []).sort());
  }
  return present.length;
}

interface LaneStats {
  kills: number;
  killedBeforeReady: number;
  killedMidTransaction: number;
  inFlightThatCommitted: number;
  reportedCommits: number;
  present: number;
  verifiedCopies: number;
}

/** A new case file with the baseline organisations, and its data key for the children. */
async function freshCaseFile(folder: string): Promise<Buffer> {
  const { caseFile } = await createCaseFile(folder, PASSPHRASE, FAST_KDF);
  for (let i = 1; i <= BASELINE_ORGANISATIONS; i++) {
    createOrganisation(
      caseFile.db,
      organisationInputSchema.parse({ legalName: `Organisatie ${i}` }),
      new Date(),
    );
  }
  caseFile.close();
  return dataKeyOf(folder, PASSPHRASE);
}

async function runLane(lane: number): Promise<LaneStats> {
  const random = prng(SEED + lane * 7919);
  const stats: LaneStats = {
    kills: 0,
    killedBeforeReady: 0,
    killedMidTransaction: 0,
    inFlightThatCommitted: 0,
    reportedCommits: 0,
    present: 0,
    verifiedCopies: 0,
  };
  // A new file every so many kills: the full check reads everything, so a file that grows
  // without end (on a fast disk) would make each check slower than the last.
  for (let k = 0; k < KILLS_PER_LANE; k += KILLS_PER_FILE) {
    const folder = path.join(workDir.folder, `lane-${lane}-${k}`);
    const kills = Math.min(KILLS_PER_FILE, KILLS_PER_LANE - k);
    const present = await killRepeatedly(lane, folder, kills, random, stats);
    stats.present += present;
  }
  return stats;
}

async function killRepeatedly(
  lane: number,
  folder: string,
  kills: number,
  random: () => number,
  stats: LaneStats,
): Promise<number> {
  const dataKey = await freshCaseFile(folder);
  const expectation: Expectation = { reported: new Set(), maybe: new Set() };
  let present = 0;
  const scratch = path.join(workDir.folder, `lane-${lane}-copy`);
  for (let k = 0; k < kills; k++) {
    // Most kills land while the child writes; one in five comes early: during start-up, the
    // checks of the open or the recovery of the WAL a previous child left.
    const killPlan: ChildRun['killPlan'] =
      random() < 0.2
        ? { after: 'spawn', ms: intBetween(random, 0, 250) }
        : { after: 'ready', ms: intBetween(random, 5, 200) };
    const run = await runAndKill(folder, dataKey, intBetween(random, 1, 2 ** 31), killPlan);
    stats.kills++;
    if (!run.ready) stats.killedBeforeReady++;
    if (run.inFlight !== null) {
      stats.killedMidTransaction++;
      expectation.maybe.add(run.inFlight);
    }
    for (const seq of run.committed) expectation.reported.add(seq);
    stats.reportedCommits += run.committed.length;

    // Usually the file itself is reopened (and closed, which checkpoints the WAL). Sometimes
    // a copy of the crashed files is checked instead, so the next child finds the hot WAL of
    // the killed one and must recover it, and may itself be killed while doing so.
    let target = folder;
    if (random() < 0.3) {
      await fs.rm(scratch, { recursive: true, force: true });
      await fs.mkdir(scratch, { mode: 0o700 });
      const { database, keyFile } = caseFilePaths(folder);
      const copy = caseFilePaths(scratch);
      await fs.copyFile(keyFile, copy.keyFile);
      await fs.copyFile(database, copy.database);
      await fs.copyFile(`${database}-wal`, `${copy.database}-wal`).catch(() => undefined);
      target = scratch;
      stats.verifiedCopies++;
    }
    const reopened = await openCaseFile(target, PASSPHRASE);
    try {
      const before = present;
      try {
        present = verifyAfterCrash(reopened.db, expectation);
        expect(present).toBeGreaterThanOrEqual(before);
      } catch (err) {
        const where = target === folder ? 'the file' : 'a crashed copy';
        throw new Error(
          `lane ${lane}, ${path.basename(folder)}, kill ${k + 1} (${JSON.stringify(killPlan)}), checking ${where}: ${String(err)}`,
          { cause: err },
        );
      }
      if (run.inFlight !== null && present >= run.inFlight) stats.inFlightThatCommitted++;
    } finally {
      reopened.close();
    }
  }
  return present;
}

describe('crash safety', () => {
  it('the check finds a half-done transaction', async () => {
    // Proof that verifyAfterCrash can fail: real output of the writer, then each kind of
    // half-done state made by hand (inside a savepoint, undone after each).
    const folder = path.join(workDir.folder, 'checker');
    const run = await runAndKill(folder, await freshCaseFile(folder), SEED, {
      after: 'ready',
      ms: 600,
    });
    expect(run.committed.length).toBeGreaterThan(3);
    const expectation: Expectation = {
      reported: new Set(run.committed),
      maybe: new Set(run.inFlight === null ? [] : [run.inFlight]),
    };
    const reopened = await openCaseFile(folder, PASSPHRASE);
    const { db } = reopened;
    try {
      expect(verifyAfterCrash(db, expectation)).toBeGreaterThan(3);
      const seq = run.committed[1] ?? 0;
      const manifest = JSON.parse(
        db
          .prepare('SELECT content FROM drafts WHERE form = ?')
          .pluck()
          .get(manifestDraftKey(seq)) as string,
      ) as CrashManifest;
      const caseColumns = (
        db
          .prepare(
            "SELECT name FROM pragma_table_info('cases') WHERE name NOT IN ('id', 'case_number')",
          )
          .pluck()
          .all() as string[]
      ).join(', ');
      const halfDone: [string, string][] = [
        [
          'a reported transaction lost',
          `DELETE FROM drafts WHERE form = '${manifestDraftKey(seq)}'`,
        ],
        [
          'a case without its manifest',
          `INSERT INTO cases (case_number, ${caseColumns}) SELECT '2099-001', ${caseColumns} FROM cases WHERE id = ${manifest.caseId}`,
        ],
        [
          'a note without its transaction',
          `INSERT INTO notes (case_id, kind, occurred_at, duration_minutes, created_at, updated_at) VALUES (${manifest.caseId}, 'action', 'x', 0, 'x', 'x')`,
        ],
        ['a behaviour missing', `DELETE FROM case_behaviours WHERE case_id = ${manifest.caseId}`],
        [
          'a search row not updated',
          `UPDATE case_search SET notes = 'oud' WHERE rowid = ${manifest.caseId}`,
        ],
        [
          'a note version missing',
          `DELETE FROM note_versions WHERE note_id = ${manifest.noteIds[0] ?? 0}`,
        ],
      ];
      if (manifest.timeEntryIds.length > 0) {
        halfDone.push([
          'a time entry missing',
          `DELETE FROM time_entries WHERE id = ${manifest.timeEntryIds[0]}`,
        ]);
      }
      for (const [name, sql] of halfDone) {
        db.exec('SAVEPOINT tamper');
        try {
          db.exec(sql);
          expect(() => verifyAfterCrash(db, expectation), name).toThrow();
        } finally {
          db.exec('ROLLBACK TO tamper; RELEASE tamper');
        }
      }
      expect(verifyAfterCrash(db, expectation)).toBeGreaterThan(3);
    } finally {
      reopened.close();
    }
  });

  it(`keeps every reported transaction whole through ${LANES * KILLS_PER_LANE} SIGKILLs (seed ${SEED})`, async () => {
    console.log(`crash-safety: seed ${SEED} (set VP_CRASH_SEED to repeat a run)`);
    const started = Date.now();
    const lanes = await Promise.all(Array.from({ length: LANES }, (_, lane) => runLane(lane)));
    const total = (key: keyof LaneStats) => lanes.reduce((sum, s) => sum + s[key], 0);
    console.log(
      `crash-safety: ${total('kills')} kills (${total('killedMidTransaction')} mid-transaction, ` +
        `${total('killedBeforeReady')} during start-up/open; ${total('inFlightThatCommitted')} ` +
        `in-flight transactions had committed), ${total('reportedCommits')} commits reported, ` +
        `${total('present')} transactions on disk, ${total('verifiedCopies')} crashed copies ` +
        `checked, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(total('kills')).toBeGreaterThanOrEqual(200);
    // The kills must have hit the writer at work, not only while it started.
    expect(total('killedMidTransaction')).toBeGreaterThanOrEqual(100);
    // A floor, not a rate: fsync is slow on a busy CI disk, but the writer must have written.
    expect(total('reportedCommits')).toBeGreaterThanOrEqual(100);
  }, 240_000);
});
