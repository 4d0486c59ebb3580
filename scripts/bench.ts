/**
 * `npm run bench`: prints figures, asserts nothing (these machines are noisy).
 * Workload: 20,000 notes of about 500 bytes inserted in one transaction, 500 LIKE scans,
 * 1,000 point reads; on the app's encrypted store, plain SQLite (better-sqlite3) and the
 * official SQLCipher 4 build (@journeyapps/sqlcipher), each with a 64 MiB page cache.
 * Also the unlock time of a case file with the parameters calibrated on this machine.
 */
import Plain from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { caseFilePaths, createCaseFile, openCaseFile } from '../main/casefile';
import { KDF_MINIMUM } from '../main/casefile/kdf';
import { readKeyFile } from '../main/casefile/keyfile';
import { getCase, listCases, searchCases } from '../main/services/cases';
import { caseFilterSchema } from '../shared/schemas/case';
import { dueItems } from '../main/services/due';
import { generateDemoPractice } from '../main/demo/generate';
import { loadPdfFonts } from '../main/exports/pdf/fonts';
import { writeInvoicePdf } from '../main/exports/pdf/invoice-pdf';
import { findLeaksInExport } from '../main/services/export-guard';
import { invoiceRun } from '../main/services/invoice-run';
import { draftMonthlyInvoice, getInvoiceDocument } from '../main/services/invoices';
import { buildAnnualReport } from '../main/services/report';
import { exportAnnualReport } from '../main/services/report-exports';

const NOTES = 20_000;
const SCANS = 500;
const POINT_READS = 1_000;
const CACHE = 'PRAGMA cache_size = -65536';
const PASSPHRASE = 'benchmark wachtzin voor de meting';

interface Figures {
  insertMs: number;
  scanMs: number;
  pointMs: number;
}

const words =
  'melder gesprek vertrouwelijk afspraak organisatie nazorg bemiddeling pesten verwijzing leidinggevende collega klacht advies'.split(
    ' ',
  );

function noteText(i: number): string {
  let text = `Notitie ${i}:`;
  while (text.length < 500) text += ` ${words[(i * 7 + text.length) % words.length]}`;
  return text.slice(0, 500);
}

/** Search terms that appear in some notes and not others, so scans do real work. */
function scanTerm(i: number): string {
  return `%Notitie ${(i * 37) % NOTES} %`;
}

interface SyncDb {
  exec(sql: string): void;
  prepare(sql: string): {
    run(...a: unknown[]): unknown;
    all(...a: unknown[]): unknown[];
    get(...a: unknown[]): unknown;
  };
  transaction(fn: () => void): () => void;
}

function runSync(db: SyncDb): Figures {
  db.exec('CREATE TABLE bench_notes (id INTEGER PRIMARY KEY, case_id INTEGER, body TEXT)');
  const insert = db.prepare('INSERT INTO bench_notes (case_id, body) VALUES (?, ?)');
  let t = performance.now();
  db.transaction(() => {
    for (let i = 0; i < NOTES; i++) insert.run(i % 500, noteText(i));
  })();
  const insertMs = performance.now() - t;
  const scan = db.prepare('SELECT id FROM bench_notes WHERE body LIKE ?');
  t = performance.now();
  for (let i = 0; i < SCANS; i++) scan.all(scanTerm(i));
  const scanMs = performance.now() - t;
  const point = db.prepare('SELECT body FROM bench_notes WHERE id = ?');
  t = performance.now();
  for (let i = 0; i < POINT_READS; i++) point.get(1 + ((i * 7919) % NOTES));
  const pointMs = performance.now() - t;
  return { insertMs, scanMs, pointMs };
}

async function runJourneyapps(file: string): Promise<Figures> {
  const sqlcipher = (await import('@journeyapps/sqlcipher')).default;
  const db = new sqlcipher.Database(file);
  const run = (sql: string, params: unknown[] = []) =>
    new Promise<void>((res, rej) => db.run(sql, params, (e: Error | null) => (e ? rej(e) : res())));
  const all = (sql: string, params: unknown[] = []) =>
    new Promise<unknown[]>((res, rej) =>
      db.all(sql, params, (e: Error | null, rows: unknown[]) => (e ? rej(e) : res(rows))),
    );
  await run(`PRAGMA key = "x'${randomBytes(32).toString('hex')}'"`);
  await run(CACHE);
  await run('PRAGMA journal_mode = WAL');
  await run('CREATE TABLE bench_notes (id INTEGER PRIMARY KEY, case_id INTEGER, body TEXT)');
  let t = performance.now();
  await run('BEGIN');
  const stmt = db.prepare('INSERT INTO bench_notes (case_id, body) VALUES (?, ?)');
  await Promise.all(
    Array.from(
      { length: NOTES },
      (_, i) =>
        new Promise<void>((res, rej) =>
          stmt.run([i % 500, noteText(i)], (e: Error | null) => (e ? rej(e) : res())),
        ),
    ),
  );
  await new Promise<void>((res) => stmt.finalize(() => res()));
  await run('COMMIT');
  const insertMs = performance.now() - t;
  t = performance.now();
  for (let i = 0; i < SCANS; i++)
    await all('SELECT id FROM bench_notes WHERE body LIKE ?', [scanTerm(i)]);
  const scanMs = performance.now() - t;
  t = performance.now();
  for (let i = 0; i < POINT_READS; i++) {
    await all('SELECT body FROM bench_notes WHERE id = ?', [1 + ((i * 7919) % NOTES)]);
  }
  const pointMs = performance.now() - t;
  await new Promise<void>((res) => db.close(() => res()));
  return { insertMs, scanMs, pointMs };
}

const ms = (n: number) => `${n.toFixed(0).padStart(7)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vp-bench-'));
  try {
    console.log(
      `VP Dossier benchmark — ${NOTES} notes of ~500 bytes, ${SCANS} LIKE scans, ${POINT_READS} point reads`,
    );
    console.log(`Node ${process.version}, ${os.cpus().length} cores\n`);

    const folder = path.join(dir, 'casefile');
    let t = performance.now();
    const created = await createCaseFile(folder, PASSPHRASE);
    const createMs = performance.now() - t;
    const app = runSync(created.caseFile.db as unknown as SyncDb);
    created.caseFile.close();

    const unlocks: number[] = [];
    for (let i = 0; i < 3; i++) {
      t = performance.now();
      const opened = await openCaseFile(folder, PASSPHRASE);
      unlocks.push(performance.now() - t);
      opened.close();
    }
    unlocks.sort((a, b) => a - b);
    const kdf = (await readKeyFile(caseFilePaths(folder).keyFile)).wraps.passphrase.kdf;

    const plainDb = new Plain(path.join(dir, 'plain.db'));
    plainDb.exec(CACHE);
    plainDb.pragma('journal_mode = WAL');
    const plain = runSync(plainDb as unknown as SyncDb);
    plainDb.close();

    const official = await runJourneyapps(path.join(dir, 'journeyapps.db'));

    const rows: [string, Figures][] = [
      ['app (SQLCipher 4 via better-sqlite3-multiple-ciphers)', app],
      ['plain SQLite (better-sqlite3, unencrypted)', plain],
      ['@journeyapps/sqlcipher (official SQLCipher 4)', official],
    ];
    console.log(
      `${'store'.padEnd(56)}${'insert'.padStart(10)}${'scans'.padStart(10)}${'points'.padStart(10)}`,
    );
    for (const [name, f] of rows) {
      console.log(`${name.padEnd(56)}${ms(f.insertMs)}${ms(f.scanMs)}${ms(f.pointMs)}`);
    }
    console.log('');
    console.log(
      `encrypted / plain     insert ${ratio(app.insertMs, plain.insertMs)}  scans ${ratio(app.scanMs, plain.scanMs)}  points ${ratio(app.pointMs, plain.pointMs)}`,
    );
    console.log(
      `journeyapps / app     insert ${ratio(official.insertMs, app.insertMs)}  scans ${ratio(official.scanMs, app.scanMs)}  points ${ratio(official.pointMs, app.pointMs)}`,
    );
    console.log('');
    console.log(
      `Argon2id calibrated here: ${kdf.memoryKiB / 1024} MiB, ${kdf.iterations} passes, parallelism ${kdf.parallelism}`,
    );
    console.log(`create case file: ${createMs.toFixed(0)} ms (calibration + two key wraps)`);
    console.log(
      `unlock (passphrase → open, checked, migrated): median ${unlocks[1]?.toFixed(0)} ms, runs ${unlocks.map((u) => u.toFixed(0)).join(' / ')} ms`,
    );

    await benchDailyWork(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Timings of one operation run many times: median, 95th percentile and worst. */
function timed(label: string, runs: number, work: (i: number) => unknown): void {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  console.log(
    `${label.padEnd(52)} median ${at(0.5).toFixed(2).padStart(7)} ms   p95 ${at(0.95).toFixed(2).padStart(7)} ms   max ${at(1).toFixed(2).padStart(7)} ms`,
  );
}

/** The daily work on the large demo practice: search, lists and the case screen. */
async function benchDailyWork(dir: string): Promise<void> {
  const now = new Date();
  const t = performance.now();
  const { caseFile } = await createCaseFile(path.join(dir, 'large'), PASSPHRASE, {
    kdf: KDF_MINIMUM,
  });
  const summary = generateDemoPractice(caseFile.db, { size: 'large', now });
  console.log('');
  console.log(
    `Large demo practice: ${summary.cases} cases, ${summary.notes} notes, ${summary.invoices} invoices, generated in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  const db = caseFile.db;
  const terms = [
    'bemiddeling',
    'klachtencommissie',
    'bedrijfsarts',
    'Fatima',
    'teamleider',
    'nazorg',
    'juridisch loket',
    'slaap',
    '2025-01',
    'tijdlijn',
  ];
  timed('full-text search (10 terms × 20)', 200, (i) =>
    searchCases(db, terms[i % terms.length]!, 50, now),
  );
  const base = caseFilterSchema.parse({});
  timed('case list, newest 200', 50, () => listCases(db, base, now));
  timed('case list, open cases', 50, () => listCases(db, { ...base, status: 'open' }, now));
  timed('case list, overdue only', 50, () => listCases(db, { ...base, overdueOnly: true }, now));
  timed('case list, one organisation, one behaviour, a year', 50, () =>
    listCases(
      db,
      { ...base, organisationId: 2, behaviour: 'bullying', from: '2025-01-01', to: '2025-12-31' },
      now,
    ),
  );
  const ids = db.prepare('SELECT id FROM cases').pluck().all() as number[];
  timed('case screen (case with its 10 notes)', 200, (i) =>
    getCase(db, ids[(i * 7919) % ids.length]!),
  );
  timed('what is due (home screen)', 50, () => dueItems(db, now));

  // Billing on the same practice: this month's run, a draft invoice for the busiest
  // organisation, and the leak guard over the whole case file for one invoice's PDF text.
  const month = now.toISOString().slice(0, 7);
  const today = now.toISOString().slice(0, 10);
  timed('invoice run of the month (all organisations)', 50, () => invoiceRun(db, month));
  const busiest = db
    .prepare(
      'SELECT organisation_id FROM time_entries WHERE invoice_id IS NULL GROUP BY organisation_id ORDER BY count(*) DESC LIMIT 1',
    )
    .pluck()
    .get() as number | undefined;
  if (busiest !== undefined) {
    timed('draft monthly invoice (busiest organisation)', 20, () =>
      draftMonthlyInvoice(db, busiest, month, today),
    );
  }
  const invoiceId = db.prepare('SELECT max(id) FROM invoices').pluck().get() as number | null;
  if (invoiceId !== null) {
    const pdf = await writeInvoicePdf(getInvoiceDocument(db, invoiceId), {
      fonts: await loadPdfFonts(path.resolve(import.meta.dirname, '..', 'assets')),
    });
    timed('leak guard over the case file (one invoice PDF)', 5, () =>
      findLeaksInExport(db, pdf.text),
    );
  }

  // The annual report of the organisation-year closest to 500 cases.
  const busiestYear = db
    .prepare(
      `SELECT organisation_id AS id, substr(requested_at, 1, 4) AS year, count(*) AS n FROM cases
        GROUP BY organisation_id, year ORDER BY abs(count(*) - 500) LIMIT 1`,
    )
    .get() as { id: number; year: string; n: number };
  const report = {
    organisationId: busiestYear.id,
    year: Number(busiestYear.year),
    generatedOn: now.toISOString().slice(0, 10),
  };
  timed(`annual report, built (${busiestYear.n} cases in ${busiestYear.year})`, 10, () =>
    buildAnnualReport(db, report),
  );
  const fonts = await loadPdfFonts(path.resolve(import.meta.dirname, '..', 'assets'));
  const pdfTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await exportAnnualReport(
      () => db,
      report,
      'pdf',
      () => Promise.resolve(fonts),
    );
    pdfTimes.push(performance.now() - t);
  }
  pdfTimes.sort((a, b) => a - b);
  console.log(
    `${'annual report, PDF with leak guard'.padEnd(52)} median ${pdfTimes[2]!.toFixed(2).padStart(7)} ms`,
  );
  caseFile.close();
}

void main();
