import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs without types, loaded by electron-builder's afterPack hook.
import * as fuses from './electron-fuses.mjs';

/**
 * The fuse table, the binary path per platform and the read-back check of after-pack.mjs.
 * A real Electron binary cannot be downloaded here, so the flip runs on a fake one: random
 * bytes around the fuse sentinel @electron/fuses looks for, with a wire like Electron 45's
 * (version 1, nine fuses, each at its default). What this cannot show is that Electron then
 * honours the fuses; that needs a packaged app on each OS (README, "Installers bouwen").
 */
const {
  DESIRED_FUSES,
  FUSE_DISABLED,
  FUSE_ENABLED,
  electronBinaryPath,
  flipAndVerifyFuses,
  fuseConfigFor,
  fuseMismatches,
} = fuses as {
  DESIRED_FUSES: Record<string, boolean>;
  FUSE_DISABLED: number;
  FUSE_ENABLED: number;
  electronBinaryPath(target: object): string;
  flipAndVerifyFuses(binary: string, target: object): Promise<void>;
  fuseConfigFor(target: object): Record<string, unknown>;
  fuseMismatches(wire: Record<string, unknown>): string[];
};

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, ... */
const ELECTRON_DEFAULT_WIRE = '101100101';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function fakeElectron(wire: string, name = 'vp-dossier'): string {
  dir = mkdtempSync(path.join(os.tmpdir(), 'vp-fuses-'));
  const file = path.join(dir, name);
  const filler = Buffer.alloc(4096, 0xcc);
  const header = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, wire.length])]);
  writeFileSync(file, Buffer.concat([filler, header, Buffer.from(wire, 'latin1'), filler]));
  return file;
}

function wireOf(file: string): string {
  const bytes = readFileSync(file);
  const start = bytes.indexOf(SENTINEL) + SENTINEL.length;
  return bytes.subarray(start + 2, start + 2 + (bytes[start + 1] ?? 0)).toString('latin1');
}

const linux = { electronPlatformName: 'linux', archName: 'x64' };

describe('the Electron fuses of the package', () => {
  it('turn off every way to run other code in main, and on the asar-only checks', () => {
    expect(DESIRED_FUSES).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('are flipped in a binary with the fuse wire and read back right', async () => {
    const binary = fakeElectron(ELECTRON_DEFAULT_WIRE);
    await flipAndVerifyFuses(binary, linux);
    // RunAsNode off, cookies on, NODE_OPTIONS off, inspect off, integrity on, asar only on,
    // V8 snapshot off, file:// privileges off; the ninth (WasmTrapHandlers) left on.
    expect(wireOf(binary)).toBe('010011001');
  });

  it('fail the build when the binary has no fuse wire', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'vp-fuses-'));
    const binary = path.join(dir, 'vp-dossier');
    writeFileSync(binary, Buffer.alloc(4096, 0xcc));
    await expect(flipAndVerifyFuses(binary, linux)).rejects.toThrow(/sentinel/);
  });

  it('fail the build when a fuse is missing from a short wire', async () => {
    const binary = fakeElectron('10110');
    await expect(flipAndVerifyFuses(binary, linux)).rejects.toThrow(/not long enough/);
  });

  it('fail the build when Electron has a fuse nobody has reviewed', async () => {
    const binary = fakeElectron(`${ELECTRON_DEFAULT_WIRE}1`);
    await expect(flipAndVerifyFuses(binary, linux)).rejects.toThrow(/fuse 9 is not reviewed/);
  });

  it('the read-back names each fuse in the wrong state', () => {
    const wire: Record<string, unknown> = { version: '1' };
    [...'010011001'].forEach(
      (state, i) => (wire[i] = state === '1' ? FUSE_ENABLED : FUSE_DISABLED),
    );
    expect(fuseMismatches(wire)).toEqual([]);
    wire[0] = FUSE_ENABLED;
    wire[5] = 0x72; // 'r': removed in this Electron
    delete wire[8];
    expect(fuseMismatches(wire)).toEqual([
      "RunAsNode: expected off, found '1'",
      "OnlyLoadAppFromAsar: expected on, found 'r'",
      'WasmTrapHandlers: expected on, found nothing',
    ]);
  });

  it.each([
    ['darwin', 'arm64', true],
    ['darwin', 'universal', true],
    ['mas', 'arm64', true],
    ['darwin', 'x64', false],
    ['win32', 'arm64', false],
    ['linux', 'x64', false],
  ])('on %s-%s re-sign ad hoc after the flip: %s', (electronPlatformName, archName, reset) => {
    expect(fuseConfigFor({ electronPlatformName, archName }).resetAdHocDarwinSignature).toBe(reset);
  });
});

describe('the binary whose fuses are flipped', () => {
  const target = {
    appOutDir: path.join('release', 'out'),
    productFilename: 'VP Dossier',
    linuxExecutableName: 'vp-dossier',
  };
  it.each([
    ['darwin', 'VP Dossier.app'],
    ['mas', 'VP Dossier.app'],
    ['win32', 'VP Dossier.exe'],
    ['linux', 'vp-dossier'],
  ])('on %s is %s in the app folder', (electronPlatformName, name) => {
    expect(electronBinaryPath({ ...target, electronPlatformName })).toBe(
      path.join('release', 'out', name),
    );
  });

  it('is refused for a platform without one', () => {
    expect(() => electronBinaryPath({ ...target, electronPlatformName: 'freebsd' })).toThrow(
      /no Electron binary/,
    );
  });
});
