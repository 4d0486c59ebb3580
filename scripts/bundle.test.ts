import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs without types, shared with scripts/build-main.mjs.
import { common, projectDir, targets } from './build-config.mjs';

/**
 * The exports bundled the way main.cjs is (CommonJS, same externals), then run in plain Node:
 * a library that reads files beside its own code (pdfkit) breaks only once bundled, which
 * source-level tests never see.
 */
describe('the bundled main process', () => {
  it('writes a PDF, a UBL e-invoice and a CSV', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vp-bundle-'));
    try {
      const entry = path.join(dir, 'entry.ts');
      const main = (file: string) => JSON.stringify(path.join(projectDir as string, 'main', file));
      writeFileSync(
        entry,
        `import { writeInvoicePdf } from ${main('exports/pdf/invoice-pdf')};
import { loadPdfFonts } from ${main('exports/pdf/fonts')};
import { monthlyHoursInvoice } from ${main('exports/fixtures')};
import { writeUbl } from ${main('exports/ubl/write-ubl')};
import { invoicesCsv } from ${main('exports/csv/invoices-csv')};
void (async () => {
  const fonts = await loadPdfFonts(${JSON.stringify(path.join(projectDir as string, 'assets'))});
  const pdf = await writeInvoicePdf(monthlyHoursInvoice(), { fonts });
  process.stdout.write(JSON.stringify({
    pdf: pdf.bytes.subarray(0, 5).toString(),
    ubl: writeUbl(monthlyHoursInvoice(), 'nlcius').includes('<cbc:PayableAmount currencyID="EUR">1113.20</cbc:PayableAmount>'),
    csv: invoicesCsv([monthlyHoursInvoice()], 'nl').includes('1113,20'),
  }));
})();
`,
      );
      const mainTarget = (targets as { name: string; external: string[] }[]).find(
        (t) => t.name === 'main',
      )!;
      const outfile = path.join(projectDir as string, 'dist', `bundle-test-${process.pid}.cjs`);
      try {
        await build({
          ...(common as object),
          entryPoints: [entry],
          outfile,
          external: mainTarget.external,
        });
        const output = execFileSync(process.execPath, [outfile], { encoding: 'utf8' });
        expect(JSON.parse(output)).toEqual({ pdf: '%PDF-', ubl: true, csv: true });
      } finally {
        rmSync(outfile, { force: true });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
