import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs without types, shared with scripts/build-main.mjs.
import { common, targets } from './build-config.mjs';
// @ts-expect-error: a plain .mjs without types, shared with scripts/after-pack.mjs.
import { productionPackages } from './native-modules.mjs';
import rendererConfig from '../renderer/vite.config';

/**
 * What goes into the package, computed by electron-builder's own file matching (its
 * app-builder-lib, the code `npm run dist` runs) from electron-builder.yml, without packaging
 * (that needs the Electron download). The app's files are matched over a copy of this
 * project's tree (every source file, empty) plus what `npm run build` writes and files that
 * must never ship; node_modules over the real production packages.
 */
const projectDir = path.resolve(import.meta.dirname, '..');
const requireFromProject = createRequire(path.join(projectDir, 'package.json'));
const { getMainFileMatchers, getNodeModuleFileMatcher, FileMatcher, excludedExts } =
  requireFromProject('app-builder-lib/out/fileMatcher');
const { computeFileSets } = requireFromProject('app-builder-lib/out/util/appFileCopier');
const { NodeModuleCopyHelper } = requireFromProject(
  'app-builder-lib/out/util/NodeModuleCopyHelper',
);
const yaml = requireFromProject('js-yaml') as { load(text: string): Record<string, unknown> };

type Platform = 'linux' | 'mac' | 'win';
const config = yaml.load(readFileSync(path.join(projectDir, 'electron-builder.yml'), 'utf8'));

/** Folders of this machine's work that are not sources (they are added below, hostile). */
const NOT_SOURCES = new Set(['.git', 'node_modules', 'dist', 'release', '.tools', 'test-results']);
const NOT_SOURCES_DEEP = ['playwright-report', 'bench-out', path.join('e2e', 'screenshots')];

/** What `npm run build` writes (names as Vite gives them). */
const BUILD_OUTPUT = [
  'dist/main/main.cjs',
  'dist/main/preload.cjs',
  'dist/renderer/index.html',
  'dist/renderer/assets/index-DCD3fRkO.css',
  'dist/renderer/assets/index-YvYHwKM_.js',
  'dist/renderer/assets/strengthEstimator-CMcaPL_b.js',
];

/** Things that lie about in a working tree and must never be packaged. */
const HOSTILE = [
  'dist/main/main.cjs.map',
  'dist/renderer/assets/index-YvYHwKM_.js.map',
  'dist/main/test-children/keyfile-writer.cjs',
  'dist/main/main.test.cjs',
  'dist/bundle-test-4242.cjs',
  'dist/harness/serve.cjs',
  'dist/renderer/src/App.tsx',
  'test-results/flows-intake/trace.zip',
  'playwright-report/index.html',
  'e2e/screenshots/intake.png',
  '.tools/node22/node_modules/node/bin/node',
  'node_modules/.bin/vitest',
  'release/linux-unpacked/vp-dossier',
  'bench-out/casefile/dossier.vpdb',
  'assets/fonts/Inter-Regular.ttf.map',
  '.env',
];

let tree: string;
let appFiles: string[];

beforeAll(async () => {
  tree = mkdtempSync(path.join(os.tmpdir(), 'vp-package-'));
  for (const file of [...sourceFiles(projectDir, ''), ...BUILD_OUTPUT, ...HOSTILE]) {
    mkdirSync(path.join(tree, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(tree, file), '');
  }
  copyFileSync(path.join(projectDir, 'package.json'), path.join(tree, 'package.json'));
  appFiles = await packagedAppFiles('linux');
});

afterAll(() => rmSync(tree, { recursive: true, force: true }));

function sourceFiles(root: string, relative: string): string[] {
  return readdirSync(path.join(root, relative), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(relative, entry.name);
    if (relative === '' && NOT_SOURCES.has(entry.name)) return [];
    if (NOT_SOURCES_DEEP.includes(file)) return [];
    if (entry.isDirectory()) return sourceFiles(root, file);
    return entry.isFile() ? [file.split(path.sep).join('/')] : [];
  });
}

/** electron-builder's packager, as far as its file matching reads it. */
function packagerInfo(appDir: string) {
  return {
    projectDir: appDir,
    appDir,
    buildResourcesDir: path.join(appDir, 'build'),
    isPrepackedAppAsar: false,
    areNodeModulesHandledExternally: false,
    config,
    debugLogger: { isEnabled: false },
    appInfo: { type: 'module' },
    getWorkspaceRoot: async () => appDir,
  };
}
const noMacros = (pattern: string) => pattern;
const platformOptions = (platform: Platform) => (config[platform] ?? {}) as object;

async function packagedAppFiles(platform: Platform): Promise<string[]> {
  const info = packagerInfo(tree);
  const matchers = getMainFileMatchers(
    tree,
    '/package/app',
    noMacros,
    platformOptions(platform),
    { info },
    path.join(tree, 'release'),
    false,
  );
  const sets = (await computeFileSets(matchers, null, { info }, false)) as { files: string[] }[];
  return sets.flatMap((set) =>
    set.files.map((f) => path.relative(tree, f).split(path.sep).join('/')),
  );
}

/** The files electron-builder copies from node_modules for `platform` (relative paths). */
async function packagedModuleFiles(platform: Platform): Promise<string[]> {
  const info = packagerInfo(projectDir);
  const moduleMatcher = getNodeModuleFileMatcher(
    projectDir,
    '/package/app',
    noMacros,
    platformOptions(platform),
    info,
  );
  const exts = ['.o', '.obj', '.pdb', ...excludedExts.split(',').map((e: string) => `.${e}`)];
  if (platform !== 'win') exts.push('.dll', '.exe');
  const files: string[] = [];
  for (const { name, dir } of productionPackages(projectDir) as { name: string; dir: string }[]) {
    const destination = path.relative(projectDir, dir);
    const matcher = new FileMatcher(dir, destination, noMacros, moduleMatcher.patterns);
    const helper = new NodeModuleCopyHelper(matcher, info);
    const found = (await helper.collectNodeModules({ dir, name }, exts, destination)) as (
      string | undefined
    )[];
    for (const file of found) if (file) files.push(path.relative(projectDir, file));
  }
  return files.map((f) => f.split(path.sep).join('/'));
}

/** A hard link where the temp folder is on the same disk (fast), else a copy. */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

describe('the app files in the package', () => {
  it('are the built app, its fonts and icon, and package.json: nothing else', () => {
    expect(
      appFiles.filter((f) => !/^(dist\/(main|renderer)\/|assets\/|package\.json$)/.test(f)),
    ).toEqual([]);
    expect(appFiles).toEqual(expect.arrayContaining(['package.json', ...BUILD_OUTPUT]));
  });

  it('include everything main.cjs loads from the app folder at runtime', () => {
    const manifest = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8'));
    expect(appFiles).toContain(manifest.main);
    // main/electron/paths.ts: preload beside main.cjs, the renderer beside dist/main, the fonts
    // of the PDFs in assets/ (main/exports/pdf/fonts.ts).
    expect(appFiles).toEqual(
      expect.arrayContaining([
        'dist/main/preload.cjs',
        'dist/renderer/index.html',
        'assets/fonts/Inter-Regular.ttf',
        'assets/fonts/Inter-SemiBold.ttf',
      ]),
    );
  });

  it('hold no e2e harness, test, test child, TypeScript source, source map or tool', () => {
    for (const file of appFiles) {
      expect(file).not.toMatch(/(^|\/)(e2e|scripts|test-children|harness|test-results)\//);
      expect(file).not.toMatch(/\.(test|spec)\.|\.map$|\.tsx?$/);
    }
    expect(appFiles.filter((f) => HOSTILE.includes(f))).toEqual([]);
  });

  it('are the same for the Windows and macOS packages', async () => {
    expect((await packagedAppFiles('win')).sort()).toEqual([...appFiles].sort());
    expect((await packagedAppFiles('mac')).sort()).toEqual([...appFiles].sort());
  });
});

describe('the node_modules in the package', () => {
  let linuxModules: string[];
  beforeAll(async () => {
    linuxModules = await packagedModuleFiles('linux');
  });

  it('carry no source maps or TypeScript', () => {
    expect(linuxModules.length).toBeGreaterThan(0);
    expect(linuxModules.filter((f) => /\.map$|\.ts$/.test(f))).toEqual([]);
  });

  it.each([
    ['linux', 'linux-x64.node', ['win32-x64.node', 'darwin-arm64.node', 'linuxmusl-x64.node']],
    ['win', 'win32-x64.node', ['linux-x64.node', 'darwin-x64.node']],
    ['mac', 'darwin-arm64.node', ['linux-x64.node', 'win32-x64.node']],
  ] as const)(
    'on %s keep the SQLCipher driver’s own binary only',
    async (platform, own, others) => {
      const prebuilds = (await packagedModuleFiles(platform))
        .filter((f) => f.startsWith('node_modules/better-sqlite3-multiple-ciphers/prebuilds/'))
        .map((f) => path.basename(f));
      expect(prebuilds).toContain(own);
      for (const other of others) expect(prebuilds).not.toContain(other);
    },
  );

  it('let the modules main.cjs requires load from the package alone', () => {
    const external = (targets as { name: string; external: string[] }[])
      .find((t) => t.name === 'main')!
      .external.filter((name) => name !== 'electron');
    expect(external.sort()).toEqual([
      '@node-rs/argon2',
      'better-sqlite3-multiple-ciphers',
      'pdfkit',
    ]);
    const app = mkdtempSync(path.join(os.tmpdir(), 'vp-package-modules-'));
    try {
      for (const file of linuxModules) {
        mkdirSync(path.join(app, path.dirname(file)), { recursive: true });
        linkOrCopy(path.join(projectDir, file), path.join(app, file));
      }
      // The way main.cjs uses them: an encrypted database, an Argon2id hash, a PDF document.
      const probe = `
        const Database = require('better-sqlite3-multiple-ciphers');
        const db = new Database(':memory:');
        db.pragma("cipher='sqlcipher'");
        const argon2 = require('@node-rs/argon2');
        const hash = argon2.hashRawSync('x', { salt: Buffer.alloc(16), memoryCost: 1024 });
        const PDFDocument = require('pdfkit');
        new PDFDocument().end();
        process.stdout.write(JSON.stringify({ sqlite: db.prepare('select 1 as one').get().one, argon2: hash.length }));
      `;
      writeFileSync(path.join(app, 'probe.cjs'), probe);
      const env = { ...process.env, NODE_PATH: '' };
      const output = execFileSync(process.execPath, [path.join(app, 'probe.cjs')], {
        env,
        encoding: 'utf8',
      });
      expect(JSON.parse(output)).toEqual({ sqlite: 1, argon2: 32 });
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });
});

describe('the builds', () => {
  it('write no source maps (esbuild for main and preload, Vite for the renderer)', () => {
    expect((common as { sourcemap: unknown }).sourcemap).toBe(false);
    for (const target of targets as { sourcemap?: unknown }[]) {
      expect(target.sourcemap ?? false).toBe(false);
    }
    expect(rendererConfig.build?.sourcemap).toBe(false);
  });
});
