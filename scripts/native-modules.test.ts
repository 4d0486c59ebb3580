import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs without types, shared with scripts/after-pack.mjs.
import * as native from './native-modules.mjs';

/**
 * npmRebuild: false in electron-builder.yml rests on every production native module being a
 * Node-API addon. These tests check that claim on the modules npm installed (this machine's
 * binaries, and the prebuilds for the other platforms the package ships), the rule that
 * tells the two kinds apart, and which binaries each installer must carry, without
 * downloading Electron or its headers.
 */
const {
  nativeBinariesIn,
  nativeLinkageOf,
  packagesNeedingRebuild,
  productionPackages,
  requiredNativeBinaries,
} = native as {
  nativeBinariesIn(dir: string): string[];
  nativeLinkageOf(bytes: Uint8Array): 'node-api' | 'v8-abi';
  packagesNeedingRebuild(
    binaries: { packageName: string; file: string; linkage: 'node-api' | 'v8-abi' }[],
  ): string[];
  productionPackages(projectDir: string): { name: string; dir: string }[];
  requiredNativeBinaries(platform: string, arch: string): string[];
};

const projectDir = path.resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function productionBinaries() {
  return productionPackages(projectDir).flatMap(({ name, dir }) =>
    nativeBinariesIn(dir).map((file) => ({
      packageName: name,
      file: path.relative(projectDir, file),
      linkage: nativeLinkageOf(readFileSync(file)),
    })),
  );
}

describe('the native modules of the package', () => {
  it('are the SQLCipher driver and Argon2id only, all Node-API: no rebuild for Electron', () => {
    const binaries = productionBinaries();
    // @node-rs/argon2's binary comes in one package per platform: npm installed this one's.
    const argon2Here = requiredNativeBinaries(process.platform, process.arch)[1]?.split('/');
    expect([...new Set(binaries.map((b) => b.packageName))].sort()).toEqual([
      argon2Here?.slice(1, 3).join('/'),
      'better-sqlite3-multiple-ciphers',
    ]);
    // Every platform's prebuild, not only this machine's: the Windows and macOS ones too.
    expect(binaries.map((b) => path.basename(b.file))).toEqual(
      expect.arrayContaining(['win32-x64.node', 'darwin-arm64.node', 'linux-x64.node']),
    );
    expect(binaries.filter((b) => b.linkage !== 'node-api')).toEqual([]);
    expect(packagesNeedingRebuild(binaries)).toEqual([]);
  });

  it('leave out development-only native modules, which are never rebuilt or shipped', () => {
    const names = productionPackages(projectDir).map((p) => p.name);
    for (const devOnly of ['@journeyapps/sqlcipher', 'better-sqlite3', 'esbuild', 'electron']) {
      expect(names).not.toContain(devOnly);
    }
  });

  it('hold no development tool among the production dependencies', () => {
    const shipped = new Set(productionPackages(projectDir).map((p) => p.name));
    expect(Object.keys(manifest.devDependencies).filter((name) => shipped.has(name))).toEqual([]);
    const tools =
      /^(electron|electron-builder|vite|vitest|esbuild|typescript|tsx|eslint|prettier|@playwright\/test|@types\/.*)$/;
    expect(Object.keys(manifest.dependencies).filter((name) => tools.test(name))).toEqual([]);
  });
});

describe('telling Node-API addons from ABI-bound ones', () => {
  const bytes = (...parts: string[]) => Buffer.from(`\x7fELF\0\0${parts.join('\0')}\0`, 'latin1');

  it.each([
    ['a Node-API addon', bytes('napi_register_module_v1', 'napi_create_function'), 'node-api'],
    ['an addon with the ABI-versioned entry', bytes('node_register_module_v150'), 'v8-abi'],
    ['a NAN addon (Itanium v8:: symbols)', bytes('_ZN2v87Isolate10GetCurrentEv'), 'v8-abi'],
    ['a Windows addon (MSVC v8:: symbols)', bytes('?GetCurrent@Isolate@v8@@SAPEAV12@XZ'), 'v8-abi'],
    [
      'a Node-API addon that also uses V8 directly',
      bytes('napi_register_module_v1', '_ZN2v85Value8IsObjectEv'),
      'v8-abi',
    ],
    ['a binary showing neither (rebuilt to be safe)', bytes('sqlite3_open_v2'), 'v8-abi'],
  ])('%s: %s', (_what, binary, linkage) => {
    expect(nativeLinkageOf(binary)).toBe(linkage);
  });

  it('names each package to rebuild once', () => {
    expect(
      packagesNeedingRebuild([
        { packageName: 'keytar', file: 'a.node', linkage: 'v8-abi' },
        { packageName: 'keytar', file: 'b.node', linkage: 'v8-abi' },
        { packageName: 'argon2', file: 'c.node', linkage: 'node-api' },
      ]),
    ).toEqual(['keytar']);
  });
});

describe('the binaries each installer must carry', () => {
  it.each([
    [
      'linux',
      'x64',
      [
        'node_modules/better-sqlite3-multiple-ciphers/prebuilds/linux-x64.node',
        'node_modules/@node-rs/argon2-linux-x64-gnu/argon2.linux-x64-gnu.node',
      ],
    ],
    [
      'win32',
      'x64',
      [
        'node_modules/better-sqlite3-multiple-ciphers/prebuilds/win32-x64.node',
        'node_modules/@node-rs/argon2-win32-x64-msvc/argon2.win32-x64-msvc.node',
      ],
    ],
    [
      'darwin',
      'universal',
      [
        'node_modules/better-sqlite3-multiple-ciphers/prebuilds/darwin-x64.node',
        'node_modules/@node-rs/argon2-darwin-x64/argon2.darwin-x64.node',
        'node_modules/better-sqlite3-multiple-ciphers/prebuilds/darwin-arm64.node',
        'node_modules/@node-rs/argon2-darwin-arm64/argon2.darwin-arm64.node',
      ],
    ],
  ])('%s-%s', (platform, arch, expected) => {
    expect(requiredNativeBinaries(platform, arch)).toEqual(expected);
  });

  it('name packages @node-rs/argon2 really lists for that platform', () => {
    const argon2 = JSON.parse(
      readFileSync(path.join(projectDir, 'node_modules/@node-rs/argon2/package.json'), 'utf8'),
    ) as { optionalDependencies: Record<string, string> };
    const targets = ['linux-x64', 'linux-arm64', 'win32-x64', 'win32-arm64', 'darwin-universal'];
    for (const target of targets) {
      const [platform = '', arch = ''] = target.split('-');
      for (const file of requiredNativeBinaries(platform, arch).filter((f) =>
        f.includes('argon2'),
      )) {
        expect(Object.keys(argon2.optionalDependencies)).toContain(
          file.split('/').slice(1, 3).join('/'),
        );
      }
    }
  });

  it("this machine's are installed, as the package would take them", () => {
    for (const file of requiredNativeBinaries(process.platform, process.arch)) {
      expect(nativeLinkageOf(readFileSync(path.join(projectDir, file)))).toBe('node-api');
    }
  });
});
