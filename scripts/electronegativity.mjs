/**
 * Runs electronegativity (Doyensec's Electron security linter) over the whole app (its global
 * checks, such as "is there a CSP", need main/ and renderer/ together) and
 * fails on its findings: the tool itself exits 0 even with HIGH findings, so its SARIF output
 * is read instead. Notes (informational, "review this") are printed, not failed; a finding we
 * have reviewed and accept is listed in ACCEPTED with the reason.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = JSON.parse(
  readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;

/** ruleId → why it is accepted. */
const ACCEPTED = {
  // The preload is the one bridge (window.vp), reviewed: it forwards only the API's names.
  PRELOAD_JS_CHECK: 'the preload exposes only window.vp, built from shared/api-names.ts',
};

const dir = mkdtempSync(path.join(os.tmpdir(), 'vp-electronegativity-'));
const sarif = path.join(dir, 'result.sarif');
let failures = 0;
try {
  for (const input of ['.']) {
    const run = spawnSync(
      process.execPath,
      [
        ...['-r', path.join(root, 'scripts/offline.cjs')],
        path.join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'),
        ...['-i', path.join(root, input), '-o', sarif, '-r', '-v', 'false'],
        ...['-e', electronVersion],
        // Needs Electron's release list from the internet; the version is pinned in the lockfile.
        ...['-x', 'AvailableSecurityFixesGlobalCheck'],
      ],
      { encoding: 'utf8', cwd: root },
    );
    let results;
    try {
      results = JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results;
    } catch {
      console.error(`electronegativity: no readable result (exit ${run.status})`);
      console.error(run.stderr);
      process.exit(1);
    }
    for (const r of results) {
      const where = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '?';
      const text = `${r.ruleId} (${r.level}) ${where}: ${r.message?.text ?? ''}`;
      if (ACCEPTED[r.ruleId]) {
        console.log(`accepted  ${text}\n          because ${ACCEPTED[r.ruleId]}`);
      } else if (r.level === 'note') {
        console.log(`note      ${text}`);
      } else {
        console.log(`FINDING   ${text}`);
        failures++;
      }
    }
    rmSync(sarif, { force: true });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`electronegativity: ${failures} finding(s) to fix`);
process.exit(failures === 0 ? 0 : 1);
