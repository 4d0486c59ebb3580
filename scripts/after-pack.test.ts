import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs without types: electron-builder's afterPack hook.
import * as hook from './after-pack.mjs';

/**
 * The afterPack hook on a fake packaged app: electron-builder's context as it passes it, an
 * app folder with the unpacked native modules and a fake
 * Electron binary with a fuse wire. What needs a real package (that the app then starts with
 * these fuses) is checked by hand on each OS, see the README.
 */
const {
  default: afterPack,
  nativeModuleProblems,
  packTarget,
  unpackedAppDir,
} = hook as {
  default(context: object): Promise<void>;
  nativeModuleProblems(target: object): string[];
  packTarget(context: object): Record<string, string>;
  unpackedAppDir(target: object): string;
};

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const LINUX_X64 = 1; // builder-util's Arch.x64

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** electron-builder's AfterPackContext, with the fields the hook reads. */
function linuxContext(appOutDir: string, arch = LINUX_X64) {
  return {
    appOutDir,
    electronPlatformName: 'linux',
    arch,
    packager: { appInfo: { productFilename: 'VP Dossier' }, executableName: 'vp-dossier' },
  };
}

/** What the hook looks for in a Node-API addon (the real ones are tested in native-modules). */
const NODE_API_ADDON = '\x7fELF napi_register_module_v1 napi_create_function';

/** A linux-x64 app folder as electron-builder leaves it, whatever OS runs the test. */
function fakeLinuxApp(): string {
  dir = mkdtempSync(path.join(os.tmpdir(), 'vp-after-pack-'));
  const unpacked = path.join(dir, 'resources', 'app.asar.unpacked');
  for (const file of [
    'node_modules/better-sqlite3-multiple-ciphers/prebuilds/linux-x64.node',
    'node_modules/@node-rs/argon2-linux-x64-gnu/argon2.linux-x64-gnu.node',
  ]) {
    mkdirSync(path.dirname(path.join(unpacked, file)), { recursive: true });
    writeFileSync(path.join(unpacked, file), NODE_API_ADDON);
  }
  const wire = Buffer.from('101100101', 'latin1'); // Electron's defaults, nine fuses
  const header = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, wire.length])]);
  writeFileSync(path.join(dir, 'vp-dossier'), Buffer.concat([Buffer.alloc(512), header, wire]));
  return dir;
}

describe('after-pack', () => {
  it('reads the target from electron-builder’s context', () => {
    expect(packTarget(linuxContext('/out/linux-unpacked'))).toEqual({
      appOutDir: '/out/linux-unpacked',
      electronPlatformName: 'linux',
      archName: 'x64',
      productFilename: 'VP Dossier',
      linuxExecutableName: 'vp-dossier',
    });
    expect(() => packTarget(linuxContext('/out', 9))).toThrow(/unknown architecture/);
  });

  it.each([
    ['linux', path.join('out', 'resources', 'app.asar.unpacked')],
    ['win32', path.join('out', 'resources', 'app.asar.unpacked')],
    ['darwin', path.join('out', 'VP Dossier.app', 'Contents', 'Resources', 'app.asar.unpacked')],
  ])('finds the unpacked native modules on %s in %s', (electronPlatformName, expected) => {
    expect(
      unpackedAppDir({ appOutDir: 'out', electronPlatformName, productFilename: 'VP Dossier' }),
    ).toBe(expected);
  });

  it('passes a complete package, and flips and checks its fuses', async () => {
    const app = fakeLinuxApp();
    expect(nativeModuleProblems(packTarget(linuxContext(app)))).toEqual([]);
    await afterPack(linuxContext(app));
    const bytes = readFileSync(path.join(app, 'vp-dossier'));
    const at = bytes.indexOf(SENTINEL) + SENTINEL.length + 2;
    expect(bytes.subarray(at, at + 9).toString('latin1')).toBe('010011001');
  });

  it('fails the build when the target’s Argon2id binary is missing', async () => {
    const app = fakeLinuxApp();
    const argon2 = 'node_modules/@node-rs/argon2-linux-x64-gnu/argon2.linux-x64-gnu.node';
    rmSync(path.join(app, 'resources', 'app.asar.unpacked', argon2));
    await expect(afterPack(linuxContext(app))).rejects.toThrow(`missing ${argon2}`);
    // The fuses are not touched when the package is refused.
    expect(readFileSync(path.join(app, 'vp-dossier')).includes('101100101')).toBe(true);
  });

  it('fails the build when a packaged addon is tied to one Node ABI', () => {
    const app = fakeLinuxApp();
    const addon = path.join(
      app,
      'resources/app.asar.unpacked/node_modules/pdfkit/node_modules/@acme/keychain/build/Release/keychain.node',
    );
    mkdirSync(path.dirname(addon), { recursive: true });
    writeFileSync(addon, '\x7fELF node_register_module_v127 _ZN2v87Isolate10GetCurrentEv');
    expect(nativeModuleProblems(packTarget(linuxContext(app)))).toEqual([
      "@acme/keychain is not a Node-API addon: it needs npmRebuild for Electron's ABI",
    ]);
  });
});
