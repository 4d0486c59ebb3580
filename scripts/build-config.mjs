// The esbuild settings of the main-process bundles, shared by scripts/build-main.mjs and the
// test that runs the bundled exports (scripts/bundle.test.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = path.join(projectDir, 'dist', 'main');

export const common = {
  absWorkingDir: projectDir,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: false,
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  // zod and other dependencies are bundled; the tsconfig is the root one (main + shared).
  tsconfig: path.join(projectDir, 'tsconfig.json'),
};

export const targets = [
  {
    name: 'main',
    entryPoints: ['main/electron/main.ts'],
    outfile: path.join(outDir, 'main.cjs'),
    // pdfkit reads its colour profile and font metrics from files beside its own code, which
    // a bundle would cut off: it is loaded from node_modules (a production dependency).
    external: ['electron', 'better-sqlite3-multiple-ciphers', '@node-rs/argon2', 'pdfkit'],
  },
  {
    name: 'preload',
    entryPoints: ['main/preload.ts'],
    outfile: path.join(outDir, 'preload.cjs'),
    external: ['electron'],
    allowedRequires: ['electron'],
  },
];
