import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const projectDir = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Bundles a test child (a .ts file in this folder) with esbuild, the way the app's main
 * process is built, into `outDir`. Run with plain node it starts in about 50 ms; through tsx
 * it takes about 400 ms, which tests spawning hundreds of children cannot afford. Returns the
 * script and the environment to run it with.
 */
export async function bundleChild(
  name: string,
  outDir: string,
): Promise<{ script: string; env: NodeJS.ProcessEnv }> {
  const script = path.join(outDir, `${name}.cjs`);
  await build({
    absWorkingDir: projectDir,
    entryPoints: [`main/casefile/test-children/${name}.ts`],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    logLevel: 'warning',
    tsconfig: path.join(projectDir, 'tsconfig.json'),
    // The native modules load from the project's node_modules (NODE_PATH below).
    external: ['better-sqlite3-multiple-ciphers', '@node-rs/argon2'],
  });
  return {
    script,
    env: {
      ...process.env,
      NODE_PATH: path.join(projectDir, 'node_modules'),
      // V8's compile cache: many children parse the bundle once, not each time.
      NODE_COMPILE_CACHE: path.join(outDir, 'compile-cache'),
    },
  };
}
