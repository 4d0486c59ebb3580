/**
 * The development harness for people: serves the built renderer with the real services behind
 * it, on http://127.0.0.1, with a case file that persists between runs. Not the app: the app is
 * Electron. Used by `npm run harness`, and by `npm start` where Electron cannot run.
 *
 *   tsx e2e/harness/serve.ts [--casefile DIR] [--port N] [--renderer DIR]
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const usage = `Usage: tsx e2e/harness/serve.ts [--casefile DIR] [--port N] [--renderer DIR]
  --casefile DIR  the case-file folder (default ~/.vp-dossier-harness/casefile)
  --port N        port on 127.0.0.1 (default: a free one)
  --renderer DIR  the built renderer (default dist/renderer)`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  let values: { casefile?: string; port?: string; renderer?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        casefile: { type: 'string' },
        port: { type: 'string' },
        renderer: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    fail(`${err instanceof Error ? err.message : String(err)}\n${usage}`);
  }
  if (values.help) {
    console.log(usage);
    return;
  }

  const rendererDir = resolve(values.renderer ?? join(repoRoot, 'dist', 'renderer'));
  if (!existsSync(join(rendererDir, 'index.html'))) {
    fail(
      `The renderer is not built: ${join(rendererDir, 'index.html')} is missing.\n` +
        'Run `npm run build` first (`npm run harness` does this for you).',
    );
  }

  let port: number | undefined;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      fail(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
    }
  }

  const caseFileFolder = resolve(
    values.casefile ?? join(homedir(), '.vp-dossier-harness', 'casefile'),
  );

  // Loaded only now, so a missing build is reported before the services load.
  const { startHarness } = await import('./server');
  // No kdf option: the real, calibrated Argon2 parameters, as in the app.
  const harness = await startHarness({ rendererDir, caseFileFolder, port });

  console.log('VP Dossier development harness: NOT the app. For development and testing only.');
  console.log(`Case file folder: ${harness.caseFileFolder}`);
  console.log(`Open ${harness.url}`);
  console.log('Stop with Ctrl+C.');

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    harness.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  fail(`The harness could not start: ${err instanceof Error ? err.message : String(err)}`);
});
