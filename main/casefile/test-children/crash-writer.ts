/**
 * Child process of crash-safety.test.ts: opens a case file's database as the app does once the
 * key file has given up the data key (openEncryptedDatabase, then migrate), and writes random
 * multi-row transactions through the services until it is killed. The parent hands it the
 * data key, so no child spends ~100 ms on Argon2id; the parent itself reopens the file through
 * the whole normal path, key file included, after every kill. Each
 * transaction records an intake, notes and hours, sometimes a new organisation, an edit of an
 * earlier note and a deletion of an earlier time entry, plus a manifest listing all of it.
 * It prints `begin <seq>` before a transaction and `committed <seq>` only after COMMIT has
 * returned, with a synchronous write, so what the parent reads is what the child knew.
 *
 * Usage: VP_CRASH_DATA_KEY=<hex> node crash-writer.cjs <folder> <seed>
 */
import { writeSync } from 'node:fs';
import {
  behaviourKinds,
  intakeInputSchema,
  noteInputSchema,
  noteKinds,
} from '../../../shared/schemas/case';
import { organisationInputSchema } from '../../../shared/schemas/organisation';
import { recordIntake } from '../../services/cases';
import { saveDraft } from '../../services/drafts';
import { deleteTimeEntry, recordHours } from '../../services/hours';
import { addNote, editNote, getNote } from '../../services/notes';
import { createOrganisation } from '../../services/organisations';
import { openEncryptedDatabase } from '../database';
import { migrate } from '../migrations';
import { caseFilePaths } from '../paths';
import {
  caseTag,
  editTag,
  intBetween,
  manifestDraftKey,
  noteTag,
  prng,
  type CrashManifest,
} from './crash-protocol';

/** A child the parent forgot to kill must not run forever. */
const GIVE_UP_MS = 30_000;

function say(line: string): void {
  writeSync(1, `${line}\n`);
}

async function main(): Promise<void> {
  const [folder, seedText] = process.argv.slice(2);
  const dataKey = Buffer.from(process.env.VP_CRASH_DATA_KEY ?? '', 'hex');
  if (!folder || !seedText || dataKey.length !== 32) {
    throw new Error('usage: VP_CRASH_DATA_KEY=<hex> crash-writer <folder> <seed>');
  }
  const random = prng(Number(seedText));
  const started = Date.now();

  const db = await openEncryptedDatabase(caseFilePaths(folder).database, dataKey, 'open');
  dataKey.fill(0);
  migrate(db);
  const lastSeq = db
    .prepare(
      "SELECT coalesce(max(CAST(substr(form, 7) AS INTEGER)), 0) FROM drafts WHERE form LIKE 'crash:%'",
    )
    .pluck()
    .get() as number;
  const organisations = db
    .prepare('SELECT id FROM organisations WHERE archived_at IS NULL ORDER BY id')
    .pluck()
    .all() as number[];
  say(`ready ${lastSeq}`);

  const pick = <T>(list: readonly T[]): T => list[intBetween(random, 0, list.length - 1)] as T;
  const maxId = (table: string) =>
    db.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number;
  const idAtOrAfter = (table: string, from: number) =>
    db.prepare(`SELECT id FROM ${table} WHERE id >= ? ORDER BY id LIMIT 1`).pluck().get(from) as
      number | undefined;

  const transaction = db.transaction((seq: number): CrashManifest => {
    const now = new Date();
    let organisationId = pick(organisations);
    let createdOrganisationId: number | null = null;
    if (random() < 0.1) {
      const org = createOrganisation(
        db,
        organisationInputSchema.parse({ legalName: `Crashtest B.V. ${seq}` }),
        now,
      );
      organisationId = createdOrganisationId = org.id;
    }
    const behaviours = [...behaviourKinds]
      .sort(() => random() - 0.5)
      .slice(0, intBetween(random, 1, 3));
    const kase = recordIntake(
      db,
      intakeInputSchema.parse({
        organisationId,
        requestedAt: now.toISOString(),
        channel: 'phone',
        reporter: { anonymous: true },
        reporterRole: 'employee',
        behaviours,
        consent: 'nothing',
        reporterWishes: caseTag(seq),
      }),
      now,
    );
    const noteCount = intBetween(random, 1, 4);
    const noteIds: number[] = [];
    for (let i = 1; i <= noteCount; i++) {
      // Padding spreads a transaction over several pages, so a kill can tear it.
      const padding = 'vertrouwelijk '.repeat(intBetween(random, 0, 120));
      const note = addNote(
        db,
        kase.id,
        noteInputSchema.parse({
          kind: pick(noteKinds),
          occurredAt: now.toISOString(),
          durationMinutes: intBetween(random, 0, 120),
          body: `${noteTag(seq, i, noteCount)} ${padding}`.trim(),
        }),
        now,
      );
      noteIds.push(note.id);
    }
    const timeEntryIds: number[] = [];
    for (let i = intBetween(random, 0, 2); i > 0; i--) {
      const entry = recordHours(
        db,
        {
          organisationId,
          unitId: null,
          caseId: kase.id,
          date: '2026-10-14',
          minutes: intBetween(random, 1, 240),
          activity: 'consult',
          kilometres: 0,
          cancelled: false,
        },
        now,
      );
      timeEntryIds.push(entry.id);
    }
    const edits: CrashManifest['edits'] = [];
    const earlierNotes = maxId('notes') - noteIds.length;
    if (earlierNotes > 0 && random() < 0.4) {
      const id = idAtOrAfter('notes', intBetween(random, 1, earlierNotes));
      if (id !== undefined && !noteIds.includes(id)) {
        const current = getNote(db, id);
        const edited = editNote(
          db,
          id,
          {
            kind: current.kind,
            occurredAt: current.occurredAt,
            durationMinutes: current.durationMinutes,
            body: editTag(seq, id),
          },
          now,
        );
        edits.push({ noteId: id, version: edited.version });
      }
    }
    const deletedTimeEntryIds: number[] = [];
    const earlierEntries = maxId('time_entries');
    if (earlierEntries > 0 && random() < 0.3) {
      const id = idAtOrAfter('time_entries', intBetween(random, 1, earlierEntries));
      if (id !== undefined && !timeEntryIds.includes(id)) {
        deleteTimeEntry(db, id);
        deletedTimeEntryIds.push(id);
      }
    }
    const manifest: CrashManifest = {
      seq,
      createdOrganisationId,
      organisationId,
      caseId: kase.id,
      behaviours: behaviours.length,
      noteIds,
      timeEntryIds,
      edits,
      deletedTimeEntryIds,
    };
    saveDraft(db, manifestDraftKey(seq), JSON.stringify(manifest), now);
    return manifest;
  });

  for (let seq = lastSeq + 1; Date.now() - started < GIVE_UP_MS; seq++) {
    say(`begin ${seq}`);
    const manifest = transaction(seq);
    // Only now, after COMMIT returned: the transaction is durable (synchronous=FULL).
    say(`committed ${seq}`);
    if (manifest.createdOrganisationId !== null) organisations.push(manifest.createdOrganisationId);
  }
  process.exit(3);
}

main().catch((err: unknown) => {
  process.stderr.write(`crash-writer failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(2);
});
