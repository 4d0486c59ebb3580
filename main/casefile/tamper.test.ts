import Database from 'better-sqlite3-multiple-ciphers';
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { intakeInputSchema, noteInputSchema } from '../../shared/schemas/case';
import { organisationInputSchema } from '../../shared/schemas/organisation';
import { dispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { recordIntake } from '../services/cases';
import { createCaseFileSession } from '../services/casefile-session';
import { addNote } from '../services/notes';
import { createOrganisation } from '../services/organisations';
import { openEncryptedDatabase, rawKeyLiteral } from './database';
import { caseFilePaths, createCaseFile, openCaseFile, openCaseFileWithRecoveryCode } from './index';
import { KDF_MAXIMUM, KDF_MINIMUM } from './kdf';
import { parseKeyFile, serialiseKeyFile } from './keyfile';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { dataKeyOf, errorCodeOf, FAST_KDF, makeTempFolder, PASSPHRASE } from './test-support';

/**
 * Tamper and bad-input tests, beyond the single cases in casefile.test.ts: every page of the
 * database, every byte of the key file, truncation at many lengths, the WAL, foreign files,
 * a newer schema that is still in the WAL, and twenty wrong passphrases. Each attempt must
 * give its own error and leave every byte of the case file as it was.
 */

const PAGE_SIZE = 4096;
/** SQLCipher 4 keeps a 16-byte IV and a 64-byte HMAC-SHA512 at the end of every page. */
const RESERVE = 80;
const WAL_HEADER = 32;
/** Enough notes for some 30 pages: every page is damaged in turn, each costing an unlock. */
const NOTES = 12;
const FRAME_HEADER = 24;

let template: { folder: string; cleanup(): Promise<void> };
let recoveryCode: string;
let pages: number;
const temps: { cleanup(): Promise<void> }[] = [];

function noteInput(body: string, at = '2026-11-22T10:00:00+01:00') {
  return noteInputSchema.parse({ kind: 'conversation', occurredAt: at, durationMinutes: 30, body });
}

/** One real case file, made once: an organisation, a case with notes, 100-odd pages, no free pages. */
beforeAll(async () => {
  template = await makeTempFolder();
  const created = await createCaseFile(template.folder, PASSPHRASE, FAST_KDF);
  recoveryCode = created.recoveryCode;
  const { db } = created.caseFile;
  const now = new Date('2026-11-23T09:00:00Z');
  const org = createOrganisation(
    db,
    organisationInputSchema.parse({ legalName: 'Gemeente Zwaluwdorp' }),
    now,
  );
  const kase = recordIntake(
    db,
    intakeInputSchema.parse({
      organisationId: org.id,
      requestedAt: '2026-11-22T09:00:00+01:00',
      channel: 'phone',
      reporter: { anonymous: false, name: 'Sanne de Vries' },
      reporterRole: 'employee',
      behaviours: ['bullying'],
      consent: 'nothing',
    }),
    now,
  );
  db.transaction(() => {
    for (let i = 0; i < NOTES; i++) {
      addNote(
        db,
        kase.id,
        noteInput(`Gesprek ${i} over de teamleider. ${'tekst '.repeat(200)}`),
        now,
      );
    }
  })();
  // No free pages: a flipped byte in a page nothing reads would go unnoticed, rightly.
  db.exec('VACUUM');
  expect(db.pragma('freelist_count', { simple: true })).toBe(0);
  created.caseFile.close();
  const size = (await fs.stat(caseFilePaths(template.folder).database)).size;
  expect(size % PAGE_SIZE).toBe(0);
  pages = size / PAGE_SIZE;
  expect(pages).toBeGreaterThan(15);
  console.log(`tamper: template case file of ${pages} pages`);
});

afterAll(async () => {
  await template.cleanup();
});

afterEach(async () => {
  for (const t of temps.splice(0)) await t.cleanup();
});

/** A fresh copy of the template to damage. */
async function copyOfTemplate(): Promise<string> {
  const temp = await makeTempFolder();
  temps.push(temp);
  await fs.cp(template.folder, temp.folder, { recursive: true });
  return temp.folder;
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

/**
 * Every file of the case-file folder with its hash. The -shm file is left out: it is SQLite's
 * shared-memory index of the WAL, holds no data, and any reader (even a read-only one)
 * creates it.
 */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
    if (entry.name.endsWith('-shm')) continue;
    const full = path.join(folder, entry.name);
    out[entry.name] = entry.isFile() ? await sha256(full) : entry.isDirectory() ? 'dir' : 'other';
  }
  return out;
}

/** Opening fails with `code`, and no byte of the folder changed. */
async function expectRefused(
  folder: string,
  code: string,
  open: () => Promise<{ close(): void }> = () => openCaseFile(folder, PASSPHRASE),
): Promise<void> {
  const before = await snapshot(folder);
  const got = await errorCodeOf(async () => (await open()).close());
  expect(got).toBe(code);
  expect(await snapshot(folder)).toEqual(before);
}

async function rewrite(file: string, change: (bytes: Buffer) => Buffer | void): Promise<void> {
  const bytes = await fs.readFile(file);
  await fs.writeFile(file, change(bytes) ?? bytes);
}

function flip(bytes: Buffer, at: number, mask: number): void {
  bytes[at] = (bytes[at] ?? 0) ^ mask;
}

/** A seeded choice of offsets, so a failure can be repeated. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

describe('damaged database pages', () => {
  it('a flipped bit in any page, in its data, IV or HMAC, is DATABASE_DAMAGED and changes nothing', async () => {
    // Every page in turn, so this opens the database with the data key (openEncryptedDatabase,
    // which the normal open calls once the key file has given the key up) instead of paying
    // for Argon2id ~80 times; the first pages go through the whole normal open as well.
    const folder = await copyOfTemplate();
    const file = caseFilePaths(folder).database;
    const dataKey = await dataKeyOf(folder, PASSPHRASE);
    const original = await fs.readFile(file);
    const random = seeded(4711);
    for (let page = 0; page < pages; page++) {
      // Page 1 starts with SQLCipher's salt; elsewhere the data or the reserve area.
      const where = [
        ['data', 16 + Math.floor(random() * (PAGE_SIZE - RESERVE - 16))],
        ['IV', PAGE_SIZE - RESERVE + Math.floor(random() * 16)],
        ['HMAC', PAGE_SIZE - 64 + Math.floor(random() * 64)],
        ['salt', Math.floor(random() * 16)],
      ] as const;
      const [part, offset] = where[page === 0 ? 3 : page % 3] ?? where[0];
      const damaged = Buffer.from(original);
      flip(damaged, page * PAGE_SIZE + offset, 1 << Math.floor(random() * 8));
      await fs.writeFile(file, damaged);
      try {
        if (page < 3) {
          await expectRefused(folder, 'DATABASE_DAMAGED');
        } else {
          await expectRefused(folder, 'DATABASE_DAMAGED', () =>
            openEncryptedDatabase(file, dataKey, 'open').then((db) => ({
              close: () => db.close(),
            })),
          );
        }
      } catch (err) {
        throw new Error(`page ${page + 1}, ${part} offset ${offset}: ${String(err)}`, {
          cause: err,
        });
      }
    }
  });

  it.each([
    ['empty', () => 0],
    ['one byte', () => 1],
    ['the salt only', () => 16],
    ['just under the minimum', () => 511],
    ['half the first page', () => PAGE_SIZE / 2],
    ['the first page only', () => PAGE_SIZE],
    ['one byte into page 2', () => PAGE_SIZE + 1],
    ['half the file, on a page boundary', () => Math.floor(pages / 2) * PAGE_SIZE],
    ['all but the last page', () => (pages - 1) * PAGE_SIZE],
    ['all but the last byte', () => pages * PAGE_SIZE - 1],
  ])('a database truncated to %s is DATABASE_DAMAGED', async (_name, length) => {
    const folder = await copyOfTemplate();
    await rewrite(caseFilePaths(folder).database, (b) => b.subarray(0, length()));
    await expectRefused(folder, 'DATABASE_DAMAGED');
  });

  it('a database with a page of zeros appended still opens with all its data', async () => {
    const folder = await copyOfTemplate();
    await rewrite(caseFilePaths(folder).database, (b) =>
      Buffer.concat([b, Buffer.alloc(PAGE_SIZE)]),
    );
    // SQLite reads only the pages the size in its (authenticated) header counts: nothing is
    // lost and nothing wrong is read, so refusing the file would help no one.
    const f = await openCaseFile(folder, PASSPHRASE);
    expect(f.db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(f.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(NOTES);
    f.close();
  });
});

describe('files that are not this case file', () => {
  /** Replaces the database with one the driver writes under the same data key. */
  async function foreignDatabase(folder: string, keying: (db: Database.Database) => void) {
    const key = await dataKeyOf(folder, PASSPHRASE);
    const file = caseFilePaths(folder).database;
    await fs.rm(file);
    const db = new Database(file);
    keying(db);
    db.key(rawKeyLiteral(key));
    db.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('van een andere app')");
    db.close();
  }

  // A file that does not decrypt cannot be told apart from a damaged one: the key file has
  // already proved the passphrase, so the message says the passphrase is right, the file is not.
  it.each([
    ['random bytes', (f: string) => fs.writeFile(f, randomBytes(8 * PAGE_SIZE))],
    ['zeros', (f: string) => fs.writeFile(f, Buffer.alloc(8 * PAGE_SIZE))],
    [
      'a PDF',
      (f: string) =>
        fs.writeFile(f, Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4 * PAGE_SIZE)])),
    ],
  ])('%s in place of the database is DATABASE_DAMAGED', async (_name, write) => {
    const folder = await copyOfTemplate();
    await write(caseFilePaths(folder).database);
    await expectRefused(folder, 'DATABASE_DAMAGED');
  });

  it.each([
    [
      'SQLCipher 3 (another page size and HMAC)',
      (db: Database.Database) => {
        db.pragma("cipher = 'sqlcipher'");
        db.pragma('legacy = 3');
      },
    ],
    [
      'the driver default cipher (ChaCha20)',
      (db: Database.Database) => db.pragma("cipher = 'chacha20'"),
    ],
  ])(
    'a database of another app encrypted with %s under the same key is DATABASE_DAMAGED',
    async (_name, keying) => {
      const folder = await copyOfTemplate();
      await foreignDatabase(folder, keying);
      await expectRefused(folder, 'DATABASE_DAMAGED');
    },
  );

  it('the key file of another case file (same passphrase) does not open this database', async () => {
    const folder = await copyOfTemplate();
    const other = await makeTempFolder();
    temps.push(other);
    (await createCaseFile(other.folder, PASSPHRASE, FAST_KDF)).caseFile.close();
    await fs.copyFile(caseFilePaths(other.folder).keyFile, caseFilePaths(folder).keyFile);
    await expectRefused(folder, 'DATABASE_DAMAGED');
  });

  it('a folder in place of the database or the key file is refused as damage', async () => {
    const a = await copyOfTemplate();
    await fs.rm(caseFilePaths(a).database);
    await fs.mkdir(caseFilePaths(a).database);
    await expectRefused(a, 'DATABASE_DAMAGED');
    const b = await copyOfTemplate();
    await fs.rm(caseFilePaths(b).keyFile);
    await fs.mkdir(caseFilePaths(b).keyFile);
    await expectRefused(b, 'KEY_FILE_DAMAGED');
  });

  it('an oversized key file is not read at all', async () => {
    const folder = await copyOfTemplate();
    await rewrite(caseFilePaths(folder).keyFile, (b) =>
      Buffer.concat([b, Buffer.alloc(70 * 1024, 0x20)]),
    );
    await expectRefused(folder, 'NOT_A_CASE_FILE');
  });
});

describe('the key file', () => {
  it('a flipped bit in any byte is refused as damage (or foreign/newer in those fields), never as a wrong passphrase', async () => {
    const folder = await copyOfTemplate();
    const file = caseFilePaths(folder).keyFile;
    const original = await fs.readFile(file);
    const text = original.toString('utf8');
    // Damage that hits the format or version field reads as a foreign or newer file, by design.
    const lineOf = (needle: string) => {
      const start = text.indexOf(needle);
      expect(start).toBeGreaterThan(0);
      return [text.lastIndexOf('\n', start), text.indexOf('\n', start)] as const;
    };
    const formatLine = lineOf('"format"');
    const versionLine = lineOf('"version"');
    const inLine = (at: number, [from, to]: readonly [number, number]) => at > from && at < to;
    const random = seeded(2026);
    const seen = new Map<string, number>();
    for (let at = 0; at < original.length; at++) {
      const damaged = Buffer.from(original);
      flip(damaged, at, 1 << Math.floor(random() * 8));
      await fs.writeFile(file, damaged);
      const code = await errorCodeOf(async () => (await openCaseFile(folder, PASSPHRASE)).close());
      const allowed = ['KEY_FILE_DAMAGED'];
      if (inLine(at, formatLine)) allowed.push('NOT_A_CASE_FILE');
      if (inLine(at, versionLine)) allowed.push('NEWER_VERSION');
      if (!allowed.includes(code))
        throw new Error(`byte ${at}: ${code}, expected ${allowed.join('/')}`);
      expect(await sha256(file)).toBe(createHash('sha256').update(damaged).digest('hex'));
      seen.set(code, (seen.get(code) ?? 0) + 1);
    }
    expect(seen.get('KEY_FILE_DAMAGED')).toBeGreaterThan(original.length * 0.9);
  });

  it('a key file cut short anywhere is KEY_FILE_DAMAGED; only its final newline is not needed', async () => {
    const folder = await copyOfTemplate();
    const file = caseFilePaths(folder).keyFile;
    const original = await fs.readFile(file);
    expect(original.at(-1)).toBe(0x0a);
    for (let length = 0; length < original.length - 1; length++) {
      await fs.writeFile(file, original.subarray(0, length));
      const code = await errorCodeOf(() => openCaseFile(folder, PASSPHRASE));
      if (code !== 'KEY_FILE_DAMAGED') throw new Error(`length ${length}: ${code}`);
    }
    await fs.writeFile(file, original.subarray(0, original.length - 1));
    (await openCaseFile(folder, PASSPHRASE)).close();
  });

  const weakened = [
    ['memory below the minimum', { memoryKiB: KDF_MINIMUM.memoryKiB - 1 }],
    ['one pass fewer than the minimum', { iterations: KDF_MINIMUM.iterations - 1 }],
    ['no parallelism', { parallelism: 0 }],
    ['memory above the ceiling (would exhaust memory)', { memoryKiB: KDF_MAXIMUM.memoryKiB * 4 }],
    ['passes above the ceiling (would hang)', { iterations: 100_000 }],
    ['a fractional pass count', { iterations: 3.5 }],
  ] as const;
  const wraps = ['passphrase', 'recoveryCode'] as const;
  it.each(
    weakened.flatMap(([name, change]) =>
      wraps.flatMap((wrap) =>
        [true, false].map((recompute) => [name, wrap, recompute, change] as const),
      ),
    ),
  )(
    'KDF parameters with %s in the %s wrap (checksum recomputed: %s) are KEY_FILE_DAMAGED for both secrets',
    async (_name, wrap, recompute, change) => {
      const folder = await copyOfTemplate();
      const file = caseFilePaths(folder).keyFile;
      const { checksum, ...body } = parseKeyFile(await fs.readFile(file));
      Object.assign(body.wraps[wrap].kdf, change);
      const bytes = recompute
        ? serialiseKeyFile(body)
        : Buffer.from(JSON.stringify({ ...body, checksum }, null, 2));
      await fs.writeFile(file, bytes);
      await expectRefused(folder, 'KEY_FILE_DAMAGED');
      await expectRefused(folder, 'KEY_FILE_DAMAGED', () =>
        openCaseFileWithRecoveryCode(folder, recoveryCode),
      );
    },
  );
});

/** A crash copy: the database and a WAL holding `commits` transactions of one note each. */
async function crashCopyWithWal(commits: number): Promise<{ folder: string; wal: Buffer }> {
  const source = await copyOfTemplate();
  const open = await openCaseFile(source, PASSPHRASE);
  const { db } = open;
  db.pragma('wal_autocheckpoint = 0'); // keep every commit in the WAL
  const now = new Date('2026-11-24T09:00:00Z');
  for (let i = 1; i <= commits; i++) {
    db.transaction(() => addNote(db, 1, noteInput(`wal-note ${i} ${'x'.repeat(3000)}`), now))();
  }
  // Copied while the writer still has it open: what a power cut would leave.
  const folder = await copyOfTemplate();
  const paths = caseFilePaths(folder);
  await fs.copyFile(caseFilePaths(source).database, paths.database);
  const wal = await fs.readFile(`${caseFilePaths(source).database}-wal`);
  await fs.writeFile(`${paths.database}-wal`, wal);
  open.close();
  return { folder, wal };
}

/** The WAL's frames, with the commit (1-based) each belongs to. */
function framesOf(wal: Buffer): { offset: number; page: number; commit: number }[] {
  const frames: { offset: number; page: number; commit: number }[] = [];
  let commit = 1;
  for (let offset = WAL_HEADER; offset + FRAME_HEADER + PAGE_SIZE <= wal.length;) {
    const page = wal.readUInt32BE(offset);
    const sizeAfterCommit = wal.readUInt32BE(offset + 4);
    if (page === 0) break;
    frames.push({ offset, page, commit });
    if (sizeAfterCommit !== 0) commit++;
    offset += FRAME_HEADER + PAGE_SIZE;
  }
  return frames;
}

/** Recomputes SQLite's WAL checksum chain, as a tool that "repairs" a WAL would. */
function recomputeWalChecksums(wal: Buffer): void {
  const bigEndian = (wal.readUInt32BE(0) & 1) === 1;
  const word = (o: number) => (bigEndian ? wal.readUInt32BE(o) : wal.readUInt32LE(o));
  let s1 = 0;
  let s2 = 0;
  const add = (start: number, length: number) => {
    for (let i = start; i < start + length; i += 8) {
      s1 = (s1 + word(i) + s2) >>> 0;
      s2 = (s2 + word(i + 4) + s1) >>> 0;
    }
  };
  add(0, 24);
  wal.writeUInt32BE(s1, 24);
  wal.writeUInt32BE(s2, 28);
  for (const frame of framesOf(wal)) {
    add(frame.offset, 8);
    add(frame.offset + FRAME_HEADER, PAGE_SIZE);
    wal.writeUInt32BE(s1, frame.offset + 16);
    wal.writeUInt32BE(s2, frame.offset + 20);
  }
}

/** The pages a reader of this crash copy uses (tables, indexes, overflow), not the free ones. */
async function pagesInUse(folder: string): Promise<Set<number>> {
  // Read from a copy: closing the last connection would checkpoint and delete the WAL.
  const copy = await copyOfTemplate();
  for (const suffix of ['', '-wal']) {
    await fs.copyFile(
      `${caseFilePaths(folder).database}${suffix}`,
      `${caseFilePaths(copy).database}${suffix}`,
    );
  }
  const open = await openCaseFile(copy, PASSPHRASE);
  try {
    return new Set(open.db.prepare('SELECT pageno FROM dbstat').pluck().all() as number[]);
  } finally {
    open.close();
  }
}

async function walNotes(folder: string): Promise<string[]> {
  const open = await openCaseFile(folder, PASSPHRASE);
  try {
    expect(open.db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    return (
      open.db
        .prepare(
          "SELECT substr(body, 1, instr(body, ' x') - 1) FROM note_versions WHERE body LIKE 'wal-note %' ORDER BY note_id",
        )
        .pluck()
        .all() as string[]
    ).map(String);
  } finally {
    open.close();
  }
}

const COMMITS = 5;
const notesUpTo = (n: number) => Array.from({ length: n }, (_, i) => `wal-note ${i + 1}`);

describe('the WAL', () => {
  it('a crash copy with an intact WAL opens with every committed transaction', async () => {
    const { folder, wal } = await crashCopyWithWal(COMMITS);
    expect(new Set(framesOf(wal).map((f) => f.commit)).size).toBe(COMMITS);
    expect(await walNotes(folder)).toEqual(notesUpTo(COMMITS));
  });

  // SQLite cannot tell a flipped byte in a WAL frame from a write torn by a power cut: its
  // checksum chain ends recovery at the last intact commit before the frame. That transaction
  // and every later one are dropped whole; what came before is intact. Never partial, never
  // wrong bytes.
  it.each([1, 3, COMMITS])(
    'a flipped bit in a frame of commit %i drops that commit and later ones, whole',
    async (commit) => {
      const { folder, wal } = await crashCopyWithWal(COMMITS);
      const frame = framesOf(wal).find((f) => f.commit === commit);
      if (!frame) throw new Error(`no frame for commit ${commit}`);
      flip(wal, frame.offset + FRAME_HEADER + 1000, 0x10);
      await fs.writeFile(`${caseFilePaths(folder).database}-wal`, wal);
      expect(await walNotes(folder)).toEqual(notesUpTo(commit - 1));
    },
  );

  it('a flipped bit in the WAL header makes SQLite ignore the whole WAL', async () => {
    const { folder, wal } = await crashCopyWithWal(COMMITS);
    flip(wal, 12, 0x01); // checkpoint sequence number, covered by the header checksum
    await fs.writeFile(`${caseFilePaths(folder).database}-wal`, wal);
    expect(await walNotes(folder)).toEqual([]);
  });

  it('a WAL cut off in the middle of the last commit keeps the ones before', async () => {
    const { folder, wal } = await crashCopyWithWal(COMMITS);
    const last = framesOf(wal)
      .filter((f) => f.commit === COMMITS)
      .at(-1);
    if (!last) throw new Error('no last frame');
    await fs.writeFile(
      `${caseFilePaths(folder).database}-wal`,
      wal.subarray(0, last.offset + FRAME_HEADER + 100),
    );
    expect(await walNotes(folder)).toEqual(notesUpTo(COMMITS - 1));
  });

  // A frame with valid WAL checksums but a damaged page (someone "repaired" the WAL, or the
  // damage happened before the checksum was computed) is what SQLCipher's per-page HMAC is
  // for: the page does not authenticate, and the file is refused without being changed.
  it('a damaged page in a live WAL frame with recomputed WAL checksums is DATABASE_DAMAGED and changes nothing', async () => {
    const { folder: intact, wal } = await crashCopyWithWal(COMMITS);
    const used = await pagesInUse(intact);
    const frames = framesOf(wal);
    // The frame a reader uses is the last one of its page; earlier ones are never read again.
    const live = frames.filter(
      (f, i) => used.has(f.page) && !frames.slice(i + 1).some((g) => g.page === f.page),
    );
    expect(live.length).toBeGreaterThan(5);
    const random = seeded(99);
    const picked = [live[0], live.at(-1), ...live.filter(() => random() < 0.2)];
    for (const [n, frame] of picked.entries()) {
      if (!frame) continue;
      const { folder } = await crashCopyWithWal(COMMITS);
      const damaged = Buffer.from(wal);
      // Alternately the encrypted page data and the HMAC at the end of the page.
      const inPage = n % 2 === 0 ? 16 + Math.floor(random() * 3000) : PAGE_SIZE - 1 - (n % 64);
      flip(damaged, frame.offset + FRAME_HEADER + inPage, 0x10);
      recomputeWalChecksums(damaged);
      await fs.writeFile(`${caseFilePaths(folder).database}-wal`, damaged);
      try {
        await expectRefused(folder, 'DATABASE_DAMAGED');
      } catch (err) {
        throw new Error(`page ${frame.page} (commit ${frame.commit}): ${String(err)}`, {
          cause: err,
        });
      }
    }
  });
});

describe('a newer schema', () => {
  it('a schema version raised in a WAL not yet checkpointed is NEWER_VERSION and changes nothing', async () => {
    const source = await copyOfTemplate();
    const key = await dataKeyOf(source, PASSPHRASE);
    const db = new Database(caseFilePaths(source).database, { fileMustExist: true });
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    db.key(rawKeyLiteral(key));
    db.pragma('wal_autocheckpoint = 0');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    const folder = await copyOfTemplate();
    for (const suffix of ['', '-wal']) {
      await fs.copyFile(
        `${caseFilePaths(source).database}${suffix}`,
        `${caseFilePaths(folder).database}${suffix}`,
      );
    }
    db.close();
    await expectRefused(folder, 'NEWER_VERSION');
  });
});

describe('wrong passphrases', () => {
  it('twenty wrong passphrases each give WRONG_PASSPHRASE and change nothing; the right one still opens', async () => {
    const folder = await copyOfTemplate();
    // Each attempt an hour after the last: the wait between attempts is tested in
    // casefile-session.test.ts; here only what wrong passphrases do to the file.
    let clock = 0;
    const session = createCaseFileSession(folder, {
      ...FAST_KDF,
      unlockClock: () => (clock += 3_600_000),
    });
    const handlers = createHandlers(session);
    const before = await snapshot(folder);
    for (let i = 1; i <= 20; i++) {
      const result = await dispatch(handlers, 'unlock', { passphrase: `${PASSPHRASE} ${i}` });
      expect(result).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
      expect(await session.status()).toMatchObject({ state: 'locked' });
    }
    expect(await snapshot(folder)).toEqual(before);
    // No lockout of the data: the 21st attempt, with the right passphrase, opens.
    expect(await dispatch(handlers, 'unlock', { passphrase: PASSPHRASE })).toMatchObject({
      ok: true,
      value: { state: 'unlocked' },
    });
    expect(session.requireOpen().db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(
      NOTES,
    );
    session.lock();
  });
});
