import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { api, apiCalls, type ApiCall } from '../../shared/api';
import { errorCodes, errorMessage, type ErrorCode } from '../../shared/errors';
import type { Result } from '../../shared/result';
import type { CaseFileDatabase } from '../casefile';
import { caseFilePaths } from '../casefile/paths';
import { PASSPHRASE } from '../casefile/test-support';
import { dispatch } from './dispatch';
import { useUnlockedCaseFile } from './test-support';

/**
 * IPC fuzzing: every window.vp call gets random and hostile input through dispatch, the one
 * path main uses for IPC, on an unlocked case file holding real data. Whatever comes in,
 * dispatch resolves (never rejects) with a value or a `{ code, message }` error from the fixed
 * list, its message the catalogue's own text (no stack, path or SQL); input the schema refuses
 * changes nothing in the database; a call that fails changes nothing either; no input changes
 * the schema; and Object.prototype stays clean.
 *
 * Inputs are sent twice: as the JS value itself and as its structured clone, which is what
 * Electron's IPC delivers (NaN, Infinity, BigInt, Dates, Maps and own `__proto__` keys survive
 * it; JSON would lose them).
 */

const SEED = Number(process.env.VP_FUZZ_SEED ?? 1123);
const RUNS_PER_CALL = 30;
const RUNS_PER_BASE = 25;

/** Calls that open, lock, create or replace the case file: fuzzed on their own, with repair. */
const SESSION_CALLS: readonly string[] = [
  'createCaseFile',
  'unlock',
  'unlockWithRecoveryCode',
  'lock',
  'openDemoCaseFile',
  'changePassphrase',
  'renewRecoveryCode',
  'restoreBackup',
];
const dataCalls = apiCalls.filter((c) => !SESSION_CALLS.includes(c));
const sessionCalls = apiCalls.filter((c) => SESSION_CALLS.includes(c));

const file = useUnlockedCaseFile();

// ---- hostile values -------------------------------------------------------------------------

const sqlFragments = [
  "'; DROP TABLE cases; --",
  "1' OR '1'='1",
  '" OR ""="',
  "'); DELETE FROM notes; --",
  "x'); ATTACH DATABASE '/tmp/vp-fuzz-pwn' AS pwn; --",
  "' UNION SELECT value FROM meta --",
  "PRAGMA key = 'x'; PRAGMA rekey = ''",
  'NEAR(a b) OR "x"* AND -y',
  '%_%',
  '\\',
  "''''",
];
const oddStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800', // a lone surrogate
  '\u202Eevil',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '/tmp/../home',
  '%s%n%x',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'toString',
];
const badDates = [
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '2026-11-31',
  '2026-11-22T25:00:00Z',
  '2026-11-22T09:61:00+01:00',
  '2026-11-22T09:00:00', // no offset
  '2026-11-22 09:00',
  '0000-00-00',
  '+275760-09-13T00:00:00.000Z',
  '-000001-01-01',
  'gisteren',
  '2026-W47',
  '1e9',
  '2026-11-22T09:00:00+25:00',
];
const badNumbers = [
  -1,
  0,
  -0,
  0.5,
  -2.5,
  1e308,
  -1e308,
  2 ** 53,
  2 ** 53 + 2,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -100_000,
];
const sparse: unknown[] = [];
sparse[5] = 1;
const exotic = (): unknown[] => [
  undefined,
  null,
  true,
  false,
  1n,
  -1n,
  2n ** 64n,
  new Date('invalid'),
  new Date(0),
  new Map([['id', 1]]),
  new Set([1]),
  new Uint8Array([1, 2, 3]),
  new ArrayBuffer(8),
  [],
  [1],
  sparse,
  Object.create(null) as unknown,
  { length: 1 },
  /x/g,
  new Error('boom'),
];
/** Objects with real own `__proto__`/`constructor`/`prototype` keys, as JSON.parse makes them. */
const protoBombs = (): unknown[] => [
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  JSON.parse('{"prototype": {"polluted": "yes"}}'),
  JSON.parse('{"__proto__": {"__proto__": {"polluted": "yes"}}}'),
  JSON.parse('[{"__proto__": {"polluted": "yes"}}]'),
];
// Built once: 1–2 MB each, to find unbounded work on huge input (hashing, regexes, SQL).
const hugeStrings = [
  'x'.repeat(1_500_000),
  '€'.repeat(700_000),
  "'; DROP TABLE cases; --".repeat(60_000),
  `${'a'.repeat(1_000_000)}@${'b'.repeat(500_000)}.nl`,
  '1'.repeat(2_000_000),
];

const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...sqlFragments, ...oddStrings, ...badDates, ...badNumbers),
  fc.constantFrom(...exotic()),
  fc.constantFrom(...hugeStrings),
  fc.nat(protoBombs().length - 1).map((i) => protoBombs()[i]),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.bigInt(),
);

/** Keys worth trying: the hostile ones and every key a real input of some call has. */
const knownKeys = new Set<string>(['__proto__', 'constructor', 'prototype', 'toString', '']);
const keyArb = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', ''),
  fc.constant(null).chain(() => fc.constantFrom(...knownKeys)),
  fc.string({ maxLength: 12 }),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileLeaf },
  {
    weight: 3,
    arbitrary: fc.anything({
      key: keyArb,
      values: [hostileLeaf],
      maxDepth: 3,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    }),
  },
  { weight: 2, arbitrary: fc.dictionary(keyArb, hostileLeaf, { maxKeys: 6 }) },
  { weight: 1, arbitrary: fc.jsonValue() },
);

// ---- what must hold after every call ---------------------------------------------------------

function db(): CaseFileDatabase {
  return file.session.requireOpen().db;
}

function totalChanges(): number {
  return db().prepare('SELECT total_changes()').pluck().get() as number;
}

/** The schema: no input may ever change it (a DROP TABLE that got through would show here). */
function schemaText(): string {
  return (
    db()
      .prepare(
        "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_schema ORDER BY name",
      )
      .pluck()
      .all() as string[]
  ).join('\n');
}

/** Every row of every table (FTS shadow tables included), order-independent. */
function contentHash(): string {
  const tables = db()
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const table of tables) {
    const rows = (db().prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][]).map((r) =>
      JSON.stringify(r, (_k, v: unknown) =>
        Buffer.isBuffer(v) ? `blob:${v.toString('base64')}` : typeof v === 'bigint' ? `${v}n` : v,
      ),
    );
    hash.update(`${table}\n${rows.sort().join('\n')}\n`);
  }
  return hash.digest('hex');
}

const prototypeNames = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((p) => Object.getOwnPropertyNames(p).sort().join(','))
    .join('|');
const cleanPrototypes = prototypeNames();

function expectCleanPrototypes(): void {
  expect(prototypeNames()).toBe(cleanPrototypes);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

function isValid(call: ApiCall, input: unknown): boolean {
  // The same rule as dispatch: a missing input is the empty object.
  return api[call].input.safeParse(input ?? {}).success;
}

function describeInput(input: unknown): string {
  try {
    const text = JSON.stringify(input, (_k, v: unknown) =>
      typeof v === 'bigint'
        ? `${v}n`
        : typeof v === 'string' && v.length > 80
          ? `<${v.length} chars>`
          : v,
    );
    return (text ?? String(input)).slice(0, 300);
  } catch {
    return Object.prototype.toString.call(input);
  }
}

/** The shape every answer must have; returns the error code, or null for a value. */
function expectWellFormed(
  call: ApiCall,
  input: unknown,
  result: Result<unknown>,
): ErrorCode | null {
  expect(() => structuredClone(result)).not.toThrow(); // it must cross IPC back
  if (result.ok) return null;
  const { error } = result;
  expect(Object.keys(error).sort()).toEqual(['code', 'message']);
  expect(errorCodes).toContain(error.code);
  // The catalogue's own text: nothing of the error itself (stack, SQL, path) reaches the renderer.
  expect(error.message).toBe(errorMessage(error.code));
  expect(error.message).not.toMatch(/SQLITE_|\/tmp\/|\n\s+at |Error:|SELECT |INSERT /);
  if (error.code === 'INTERNAL') {
    throw new Error(`${call} failed unexpectedly on ${describeInput(input)}`);
  }
  return error.code;
}

/**
 * Sends one input (as is, and as its structured clone) and checks everything above. Returns
 * whether the database may have changed (a valid input that succeeded).
 */
async function sendAndCheck(call: ApiCall, input: unknown): Promise<boolean> {
  let changed = false;
  for (const sent of [input, structuredClone(input)]) {
    const valid = isValid(call, sent);
    const schemaBefore = schemaText();
    const changesBefore = totalChanges();
    const contentBefore = valid ? contentHash() : null;
    let result: Result<unknown>;
    try {
      result = await dispatch(file.handlers, call, sent);
    } catch (err) {
      throw new Error(`dispatch rejected for ${call} on ${describeInput(sent)}: ${String(err)}`, {
        cause: err,
      });
    }
    const code = expectWellFormed(call, sent, result);
    expectCleanPrototypes();
    expect(schemaText()).toBe(schemaBefore);
    if (!valid) {
      // Refused before any handler ran: not one statement was executed.
      expect(code).toBe('INVALID_INPUT');
      expect(totalChanges()).toBe(changesBefore);
    } else if (code !== null) {
      // A call that fails is rolled back whole.
      expect(contentHash(), `${call} failed with ${code} but changed the database`).toBe(
        contentBefore,
      );
    } else {
      changed = true;
    }
    // Data calls never lock or swap the case file.
    expect(await file.session.status()).toMatchObject({ state: 'unlocked', demo: false });
  }
  return changed;
}

// ---- a case file with some of everything -----------------------------------------------------

interface Seeded {
  organisationId: number;
  unitId: number;
  caseId: number;
  noteId: number;
  timeEntryId: number;
  followUpId: number;
  appointmentId: number;
  contractId: number;
  invoiceId: number;
}

async function value<T>(call: string, input: unknown): Promise<T> {
  const result = await dispatch(file.handlers, call, input);
  if (!result.ok) throw new Error(`seeding ${call}: ${result.error.code}`);
  return result.value as T;
}

const practice = {
  name: 'Praktijk Vertrouwd B.V.',
  street: 'Oudegracht 12',
  postcode: '3511 AB',
  city: 'Utrecht',
  kvkNumber: '12345678',
  vatNumber: 'NL123456782B01',
  iban: 'NL91ABNA0417164300',
};
const intake = (organisationId: number) => ({
  organisationId,
  requestedAt: '2026-11-02T09:00:00+01:00',
  channel: 'phone',
  reporter: { anonymous: false, name: 'Sanne de Vries', email: 'sanne@example.nl' },
  reporterRole: 'employee',
  behaviours: ['bullying'],
  consent: 'nothing',
  reporterWishes: 'Wil eerst alleen advies.',
});
const note = {
  kind: 'conversation',
  occurredAt: '2026-11-03T10:00:00+01:00',
  durationMinutes: 45,
  body: 'Gesprek over de teamleider.',
};
const hours = (organisationId: number, caseId: number) => ({
  organisationId,
  caseId,
  date: '2026-10-14',
  minutes: 90,
  activity: 'consult',
});

async function seed(): Promise<Seeded> {
  await value('savePracticeSettings', practice);
  const org = await value<{ id: number }>('createOrganisation', {
    legalName: 'Gemeente Zwaluwdorp',
    kvkNumber: '74567890',
    street: 'Raadhuisplein 1',
    postcode: '9401 AA',
    city: 'Assen',
    employeeCount: 95,
  });
  const withUnit = await value<{ units: { id: number }[] }>('addUnit', {
    organisationId: org.id,
    name: 'Afdeling Noord',
  });
  const kase = await value<{ id: number }>('recordIntake', intake(org.id));
  const added = await value<{ id: number }>('addNote', { caseId: kase.id, note });
  const entry = await value<{ id: number }>('recordHours', hours(org.id, kase.id));
  const templates = await value<{ id: string; terms: object }[]>('listContractTemplates', {});
  const nassau = templates.find((t) => t.id === 'nassaupraktijk') ?? templates[0];
  const contract = await value<{ id: number }>('createContract', {
    ...nassau?.terms,
    organisationId: org.id,
    validFrom: '2026-01-01',
    validUntil: null,
  });
  const followed = await value<{ followUps: { id: number }[] }>('addFollowUp', {
    caseId: kase.id,
    kind: 'follow_up',
    dueAt: '2026-11-30T09:00:00+01:00',
    description: 'Terugbellen',
  });
  await value('addReferral', {
    caseId: kase.id,
    kind: 'mediator',
    referredOn: '2026-11-04',
    description: 'Mediation',
  });
  const appointments = await value<{ id: number }[]>('planAppointment', {
    caseId: kase.id,
    startsAt: '2026-11-30T10:00:00+01:00',
    durationMinutes: 60,
    placeKind: 'phone',
  });
  await value('saveDraft', { form: 'intake', content: '{"reporterWishes":"half"}' });
  await value('recordHours', { ...hours(org.id, kase.id), date: '2026-10-20', minutes: 30 });
  const invoice = await value<{ id: number }>('issueMonthlyInvoice', {
    organisationId: org.id,
    month: '2026-10',
    issueDate: '2026-11-01',
  });
  return {
    organisationId: org.id,
    unitId: withUnit.units[0]?.id ?? 0,
    caseId: kase.id,
    noteId: added.id,
    timeEntryId: entry.id,
    followUpId: followed.followUps[0]?.id ?? 0,
    appointmentId: appointments[0]?.id ?? 0,
    contractId: contract.id,
    invoiceId: invoice.id,
  };
}

/** A valid input for the calls whose inputs are worth mutating one field at a time. */
function validInputs(s: Seeded): Partial<Record<ApiCall, unknown>> {
  const period = { from: '2026-11-01', to: '2026-11-30' };
  return {
    getCaseFileStatus: {},
    listOrganisations: { includeArchived: true },
    getOrganisation: { id: s.organisationId },
    createOrganisation: { legalName: 'Stichting Welzijn', city: 'Zwolle', employeeCount: 10 },
    updateOrganisation: { id: s.organisationId, organisation: { legalName: 'Gemeente Z.' } },
    addUnit: { organisationId: s.organisationId, name: 'Afdeling Zuid' },
    renameUnit: { id: s.unitId, name: 'Afdeling Noord-Oost' },
    recordIntake: intake(s.organisationId),
    updateIntake: { id: s.caseId, intake: intake(s.organisationId) },
    getCase: { id: s.caseId },
    listCases: { status: 'open', limit: 50, offset: 0 },
    searchCases: { query: 'teamleider', limit: 10 },
    changeCaseStatus: { id: s.caseId, status: 'in_progress', at: '2026-11-05T09:00:00+01:00' },
    markCase: { id: s.caseId, isTest: false, isDuplicate: false },
    addReferral: { caseId: s.caseId, kind: 'police', referredOn: '2026-11-06', description: '' },
    addFollowUp: { caseId: s.caseId, kind: 'aftercare', dueAt: '2026-12-01T09:00:00Z' },
    completeFollowUp: { id: s.followUpId, done: true },
    addNote: { caseId: s.caseId, note },
    editNote: { id: s.noteId, note: { ...note, body: 'Aangepast verslag.' } },
    getNoteHistory: { id: s.noteId },
    getDueItems: { horizonDays: 30 },
    planAppointment: {
      caseId: s.caseId,
      startsAt: '2026-12-02T10:00:00+01:00',
      durationMinutes: 30,
      placeKind: 'video',
      placeText: 'Teams',
    },
    updateAppointment: {
      id: s.appointmentId,
      appointment: {
        startsAt: '2026-12-03T10:00:00+01:00',
        durationMinutes: 45,
        placeKind: 'phone',
      },
    },
    listAppointments: period,
    listCaseAppointments: { caseId: s.caseId },
    exportAppointmentsIcs: { ...period, includePlace: true },
    saveDraft: { form: 'note:1', content: '{"body":"half getypt"}' },
    getDraft: { form: 'intake' },
    savePracticeSettings: practice,
    listContracts: { organisationId: s.organisationId },
    recordHours: hours(s.organisationId, s.caseId),
    updateTimeEntry: { id: s.timeEntryId, entry: hours(s.organisationId, s.caseId) },
    listTimeEntries: { organisationId: s.organisationId, from: '2026-10-01', to: '2026-10-31' },
    getInvoiceRun: { month: '2026-10' },
    previewMonthlyInvoice: {
      organisationId: s.organisationId,
      month: '2026-11',
      issueDate: '2026-12-01',
    },
    previewSubscriptionInvoice: {
      organisationId: s.organisationId,
      year: 2026,
      issueDate: '2026-12-01',
    },
    listInvoices: { organisationId: s.organisationId, year: 2026 },
    getInvoiceDocument: { id: s.invoiceId },
    previewInvoiceExport: { invoiceId: s.invoiceId, format: 'csv_invoices' },
    previewInvoiceListExport: { organisationId: null, year: 2026, format: 'csv_hours' },
    issueCreditNote: { invoiceId: s.invoiceId, issueDate: '2026-11-20' },
  };
}

/** Paths to every node of a plain value, the root included. */
function nodePaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...nodePaths(v, [...at, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...nodePaths(v, [...at, k]));
  }
  return out;
}

function withChange(
  base: unknown,
  path: (string | number)[],
  change: 'replace' | 'addKey' | 'delete',
  key: string,
  hostile: unknown,
): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  if (path.length === 0) return change === 'replace' ? hostile : copy;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (change === 'replace') parent[last] = hostile;
  else if (change === 'delete') delete parent[last];
  else {
    const target = parent[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
      // defineProperty, so a key named __proto__ becomes an own key, as JSON.parse makes it.
      Object.defineProperty(target, key, {
        value: hostile,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      parent[last] = hostile;
    }
  }
  return copy;
}

// ---- the properties ----------------------------------------------------------------------

const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

beforeAll(() => {
  process.on('unhandledRejection', onRejection);
  // Every base's keys join the key pool, so random objects come close to real inputs.
  const keys = nodePaths(
    validInputs({
      organisationId: 1,
      unitId: 1,
      caseId: 1,
      noteId: 1,
      timeEntryId: 1,
      followUpId: 1,
      appointmentId: 1,
      contractId: 1,
      invoiceId: 1,
    }),
  ).flatMap((p) => p.filter((k): k is string => typeof k === 'string'));
  for (const k of keys) knownKeys.add(k);
});

afterAll(() => {
  process.off('unhandledRejection', onRejection);
});

/** Lets pending promise callbacks run, so an unhandled rejection would have been seen. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('IPC fuzzing through dispatch', () => {
  it('every data call survives random and hostile values', async () => {
    await seed();
    let index = 0;
    for (const call of dataCalls) {
      const before = contentHash();
      let changed = false;
      await fc.assert(
        fc.asyncProperty(hostileValue, async (input) => {
          if (await sendAndCheck(call, input)) changed = true;
        }),
        { numRuns: RUNS_PER_CALL, seed: SEED + index++, endOnFailure: true },
      );
      if (!changed) expect(contentHash(), `${call} changed the database`).toBe(before);
    }
    await settle();
    expect(rejections).toEqual([]);
    // Many runs for each of the calls, which grow with every issue: CPU-bound, slower on a
    // busy two-core machine, so more time than the default minute.
  }, 240_000);

  it('hostile values in one field of an otherwise valid input change nothing unless valid', async () => {
    const seeded = await seed();
    const bases = validInputs(seeded);
    // Each base itself must be valid, or the mutations below would prove little.
    for (const [call, input] of Object.entries(bases)) {
      expect(isValid(call as ApiCall, input), `base input of ${call}`).toBe(true);
    }
    let index = 0;
    for (const [call, base] of Object.entries(bases) as [ApiCall, unknown][]) {
      const paths = nodePaths(base);
      await fc.assert(
        fc.asyncProperty(
          fc.nat(paths.length - 1),
          fc.constantFrom('replace', 'replace', 'addKey', 'delete') as fc.Arbitrary<
            'replace' | 'addKey' | 'delete'
          >,
          keyArb,
          hostileLeaf,
          async (at, change, key, hostile) => {
            await sendAndCheck(call, withChange(base, paths[at] ?? [], change, key, hostile));
          },
        ),
        { numRuns: RUNS_PER_BASE, seed: SEED + 1000 + index++, endOnFailure: true },
      );
    }
    await settle();
    expect(rejections).toEqual([]);
  });

  it('SQL and FTS fragments are stored and searched as plain text', async () => {
    const seeded = await seed();
    const schema = schemaText();
    for (const fragment of sqlFragments) {
      const org = await value<{ id: number; legalName: string }>('createOrganisation', {
        legalName: fragment,
      });
      expect(org.legalName).toBe(fragment.trim());
      const added = await value<{ body: string }>('addNote', {
        caseId: seeded.caseId,
        note: { ...note, body: fragment },
      });
      expect(added.body).toBe(fragment);
      // Search takes what was typed literally: no FTS syntax error, no injection.
      const found = await dispatch(file.handlers, 'searchCases', { query: fragment });
      expect(found.ok).toBe(true);
    }
    expect(schemaText()).toBe(schema);
    expect(db().pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(db().prepare('SELECT count(*) FROM cases').pluck().get()).toBe(1);
  });

  it('a name or place starting with NUL is invalid input, not an internal error', async () => {
    // Found by this fuzzing: the schema took "\0" as text, the database (length() stops at
    // NUL) refused it as empty, and the counsellor got "something went wrong".
    const seeded = await seed();
    const before = contentHash();
    for (const [call, input] of [
      ['createOrganisation', { legalName: '\u0000' }],
      ['addUnit', { organisationId: seeded.organisationId, name: '\u0000Noord' }],
      ['renameUnit', { id: seeded.unitId, name: '\u0000' }],
      [
        'planAppointment',
        {
          caseId: seeded.caseId,
          startsAt: '2026-12-02T10:00:00+01:00',
          durationMinutes: 30,
          placeKind: 'video',
          placeText: '\u0000',
        },
      ],
    ] as const) {
      expect(await dispatch(file.handlers, call, input)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect(contentHash()).toBe(before);
  });

  it('session calls survive hostile values; the case file is restored after each, and unchanged', async () => {
    await seed();
    const keyFile = caseFilePaths(file.caseFileFolder).keyFile;
    const keyFileHash = async () =>
      createHash('sha256')
        .update(await fs.readFile(keyFile))
        .digest('hex');
    const keyBefore = await keyFileHash();
    const contentBefore = contentHash();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let index = 0;
    for (const call of sessionCalls) {
      await fc.assert(
        fc.asyncProperty(
          // Making the demo practice takes seconds: only inputs it refuses are sent to it.
          call === 'openDemoCaseFile'
            ? hostileValue.filter((v) => !isValid(call, v) && !isValid(call, structuredClone(v)))
            : hostileValue,
          async (input) => {
            for (const sent of [input, structuredClone(input)]) {
              const valid = isValid(call, sent);
              const result = await dispatch(file.handlers, call, sent);
              const code = expectWellFormed(call, sent, result);
              expectCleanPrototypes();
              if (!valid) expect(code).toBe('INVALID_INPUT');
              // A random secret never fits; only lock, and a cancelled restore, may succeed.
              if (code === null) expect(['lock', 'restoreBackup']).toContain(call);
              // Repair what a valid call did (lock, or a refused unlock or create, locks).
              if ((await file.session.status()).state !== 'unlocked') {
                await file.session.unlock(PASSPHRASE);
              }
              expect(await file.session.status()).toMatchObject({ state: 'unlocked', demo: false });
            }
          },
        ),
        { numRuns: call === 'lock' ? 10 : 20, seed: SEED + 2000 + index++, endOnFailure: true },
      );
    }
    expect(await keyFileHash()).toBe(keyBefore);
    expect(contentHash()).toBe(contentBefore);
    await settle();
    expect(rejections).toEqual([]);
  });

  it('a name that is not a call, with any input, is UNKNOWN_CALL', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', ''),
          fc.string(),
          hostileLeaf,
        ),
        hostileValue,
        async (name, input) => {
          fc.pre(!(apiCalls as readonly unknown[]).includes(name));
          const result = await dispatch(file.handlers, name, input);
          expect(result).toEqual({
            ok: false,
            error: { code: 'UNKNOWN_CALL', message: errorMessage('UNKNOWN_CALL') },
          });
          expectCleanPrototypes();
        },
      ),
      { numRuns: 100, seed: SEED + 3000 },
    );
  });
});
