/**
 * What the crash-writer child (crash-writer.ts) and the crash-safety test agree on: the
 * manifest each transaction stores beside its rows, the tags it writes into its rows, the
 * lines it prints, and a small seeded generator so a run can be repeated from its seed.
 */

/** Stored as the draft `crash:<seq>` in the same transaction as the rows it lists. */
export interface CrashManifest {
  seq: number;
  /** An organisation this transaction created, or null when it used an existing one. */
  createdOrganisationId: number | null;
  organisationId: number;
  caseId: number;
  behaviours: number;
  /** Notes added (version 1 of each is tagged `seq=<seq> note <i>/<n>`). */
  noteIds: number[];
  /** Time entries recorded for the case. */
  timeEntryIds: number[];
  /** Earlier notes edited: the version this transaction added, tagged `seq=<seq> edit <id>`. */
  edits: { noteId: number; version: number }[];
  /** Earlier time entries this transaction deleted. */
  deletedTimeEntryIds: number[];
}

export const manifestDraftKey = (seq: number): string => `crash:${seq}`;
export const caseTag = (seq: number): string => `seq=${seq} case`;
export const noteTag = (seq: number, i: number, n: number): string => `seq=${seq} note ${i}/${n}`;
export const editTag = (seq: number, noteId: number): string => `seq=${seq} edit ${noteId}`;

/** Lines on the child's stdout; `committed` is written only after COMMIT returned. */
export type ChildLine =
  | { kind: 'ready'; lastSeq: number }
  | { kind: 'begin'; seq: number }
  | { kind: 'committed'; seq: number };

export function parseChildLine(line: string): ChildLine | null {
  const m = /^(ready|begin|committed) (\d+)$/.exec(line);
  if (!m) return null;
  const n = Number(m[2]);
  if (m[1] === 'ready') return { kind: 'ready', lastSeq: n };
  return { kind: m[1] as 'begin' | 'committed', seq: n };
}

/** mulberry32: tiny, seeded, good enough to pick test actions reproducibly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function intBetween(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}
