import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CaseFileDatabase } from '../casefile';
import { loadPdfFonts } from '../exports/pdf/fonts';
import { safeExportFileName } from '../security/export-file-name';
import { exportInvoice } from '../services/invoice-exports';
import { listInvoices } from '../services/invoices';
import { listOrganisations } from '../services/organisations';
import { exportAnnualReport } from '../services/report-exports';

/**
 * What the demo practice would send its clients, written to a folder to look at: each
 * organisation's annual report (PDF and CSV) for the last full year and its latest invoice
 * (PDF and UBL), each through the same export path (and leak guard) as in the app.
 */
export async function writeDemoExports(
  db: CaseFileDatabase,
  folder: string,
  assetsDir: string,
  now: Date,
): Promise<string[]> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const fonts = await loadPdfFonts(assetsDir);
  const database = () => db;
  const written: string[] = [];
  const save = async (file: { fileName: string; bytes: Buffer }) => {
    const name = safeExportFileName(file.fileName);
    await writeFile(path.join(folder, name), file.bytes, { mode: 0o600 });
    written.push(name);
  };
  const year = now.getUTCFullYear() - 1;
  const generatedOn = now.toISOString().slice(0, 10);
  for (const org of listOrganisations(db, { includeArchived: false })) {
    const report = { organisationId: org.id, year, generatedOn, advice: demoAdvice };
    for (const format of ['pdf', 'csv'] as const) {
      await save(await exportAnnualReport(database, report, format, () => Promise.resolve(fonts)));
    }
    const latest = listInvoices(db, { organisationId: org.id, year: null }).find(
      (i) => i.kind === 'invoice',
    );
    if (latest) {
      for (const format of ['pdf', 'ubl'] as const) {
        await save(await exportInvoice(database, latest.id, format, () => Promise.resolve(fonts)));
      }
    }
  }
  return written;
}

const demoAdvice =
  'Het aantal meldingen is vergelijkbaar met vorig jaar. Opvallend is dat meldingen vaak over de omgang met leidinggevenden gaan. Advies: bespreek de gedragscode jaarlijks in elk team en bied leidinggevenden een training over het voeren van lastige gesprekken aan.';
