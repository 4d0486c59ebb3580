/**
 * `npm run demo -- --out DIR [--size large]`: makes a new case file in DIR/casefile with a
 * fictitious practice, for trying the app and for benchmarks, and prints its passphrase; and
 * DIR/exports with each organisation's annual report (PDF, CSV) and latest invoice (PDF, UBL).
 * Refuses when a case file is already there.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCaseFile } from '../main/casefile';
import { isAppError } from '../main/errors';
import { errorMessage } from '../shared/errors';
import { generateDemoPractice, type DemoSize } from '../main/demo/generate';
import { writeDemoExports } from '../main/demo/exports';
import { DEMO_PASSPHRASE } from '../main/demo/passphrase';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, size: { type: 'string', default: 'normal' } },
  });
  if (!values.out || (values.size !== 'normal' && values.size !== 'large')) {
    console.error('usage: npm run demo -- --out DIR [--size normal|large]');
    process.exit(2);
  }
  const folder = path.resolve(values.out, 'casefile');
  const started = Date.now();
  const { caseFile, recoveryCode } = await createCaseFile(folder, DEMO_PASSPHRASE);
  try {
    const now = new Date();
    const summary = generateDemoPractice(caseFile.db, { size: values.size as DemoSize, now });
    const exportsFolder = path.resolve(values.out, 'exports');
    const assets = path.resolve(import.meta.dirname, '..', 'assets');
    const written = await writeDemoExports(caseFile.db, exportsFolder, assets, now);
    console.log(`Demo case file: ${folder}`);
    console.log(
      `  ${summary.organisations} organisations, ${summary.cases} cases, ${summary.notes} notes, ${summary.invoices} invoices (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    console.log(
      `  ${written.length} exports (annual reports, latest invoices) in ${exportsFolder}`,
    );
    console.log(`  passphrase:    ${DEMO_PASSPHRASE}`);
    console.log(`  recovery code: ${recoveryCode}`);
    console.log(`Open it with: npm run harness -- --casefile ${folder}`);
  } finally {
    caseFile.close();
  }
}

main().catch((err: unknown) => {
  console.error(isAppError(err) ? errorMessage(err.code, 'en') : 'demo: failed');
  process.exit(1);
});
