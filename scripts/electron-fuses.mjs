// The Electron fuses of the packaged app: which are flipped, in which binary, and the check
// that reads them back. Used by scripts/after-pack.mjs; the pure parts are unit-tested in
// scripts/electron-fuses.test.ts.
import path from 'node:path';
import fuses from '@electron/fuses';

const { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } = fuses;

/** The states @electron/fuses writes into the fuse wire ('0' and '1' as bytes). */
export const FUSE_DISABLED = 0x30;
export const FUSE_ENABLED = 0x31;

/**
 * Every fuse @electron/fuses knows, set explicitly (none is left to Electron's default), with
 * why. The case file's key lives in the main process, so nothing may run code there but the
 * app's own, signed asar.
 */
export const DESIRED_FUSES = Object.freeze({
  // ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node with its permissions.
  RunAsNode: false,
  // Cookies (none are set today) are encrypted with the OS key store should any appear.
  EnableCookieEncryption: true,
  // NODE_OPTIONS could inject code (--require) into main, where the data key is held.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect and friends would let a debugger read the data key out of main.
  EnableNodeCliInspectArguments: false,
  // The asar's header hash is checked against the one signed into the binary (macOS, Windows).
  EnableEmbeddedAsarIntegrityValidation: true,
  // The app loads only from app.asar, never from a loose resources/app folder put beside it.
  OnlyLoadAppFromAsar: true,
  // The default V8 snapshot; a browser-specific one is a file an attacker could swap.
  LoadBrowserProcessSpecificV8Snapshot: false,
  // The app serves its pages over app:// only; file:// gets no extra privileges.
  GrantFileProtocolExtraPrivileges: false,
});

/**
 * The path @electron/fuses flips, as electron-builder names the packaged binary: the .app
 * bundle on macOS (the fuses are in its Electron Framework), `<product>.exe` on Windows, and
 * the lower-case executable name on Linux.
 * @param {{ appOutDir: string, electronPlatformName: string, productFilename: string, linuxExecutableName?: string }} target
 */
export function electronBinaryPath(target) {
  const { appOutDir, electronPlatformName, productFilename, linuxExecutableName } = target;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${productFilename}.exe`);
    case 'linux':
      if (!linuxExecutableName) throw new Error('after-pack: the Linux executable name is missing');
      return path.join(appOutDir, linuxExecutableName);
    default:
      throw new Error(`after-pack: no Electron binary known for ${electronPlatformName}`);
  }
}

/**
 * Fuses in Electron's wire that @electron/fuses 1.8 (the version electron-builder 26 brings)
 * has no name for, so it cannot set them: each was reviewed and must still hold its default.
 * A fuse that is in neither table fails the check, so an Electron upgrade cannot add one
 * unseen (that is what strictlyRequireAllFuses would do, were it not refusing these).
 */
export const REVIEWED_UNNAMED_FUSES = Object.freeze({
  // WasmTrapHandlers (Electron 43+, default on): V8 catches out-of-bounds WebAssembly memory
  // access with signal handlers instead of explicit checks; the app runs no WebAssembly.
  8: { name: 'WasmTrapHandlers', enabled: true },
});

/**
 * The @electron/fuses configuration. On Apple silicon a changed binary must be re-signed
 * (ad hoc) or it will not start unsigned; a real signature, if configured, is applied after
 * afterPack and replaces it.
 * @param {{ electronPlatformName: string, archName: string }} target
 */
export function fuseConfigFor({ electronPlatformName, archName }) {
  const config = {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature:
      (electronPlatformName === 'darwin' || electronPlatformName === 'mas') &&
      (archName === 'arm64' || archName === 'universal'),
  };
  for (const [name, enabled] of Object.entries(DESIRED_FUSES)) {
    const index = FuseV1Options[name];
    if (typeof index !== 'number') throw new Error(`@electron/fuses does not know fuse ${name}`);
    config[index] = enabled;
  }
  return config;
}

/** What the wire at `index` must hold, by name: DESIRED_FUSES or REVIEWED_UNNAMED_FUSES. */
function expectedFuses() {
  const expected = new Map();
  for (const [name, enabled] of Object.entries(DESIRED_FUSES)) {
    expected.set(FuseV1Options[name], { name, enabled });
  }
  for (const [index, fuse] of Object.entries(REVIEWED_UNNAMED_FUSES)) {
    expected.set(Number(index), fuse);
  }
  return expected;
}

/**
 * What is wrong in a fuse wire read back from a binary: a fuse not in the state above, one
 * missing from the wire (the app needs it), or one nobody has reviewed.
 * @param {Record<string, unknown>} wire as returned by getCurrentFuseWire
 * @returns {string[]} one line per problem; empty when the wire is right
 */
export function fuseMismatches(wire) {
  const problems = [];
  if (wire.version !== FuseVersion.V1) problems.push(`fuse wire version ${String(wire.version)}`);
  const expected = expectedFuses();
  for (const [index, { name, enabled }] of expected) {
    const found = wire[index];
    if (found !== (enabled ? FUSE_ENABLED : FUSE_DISABLED)) {
      const shown = typeof found === 'number' ? `'${String.fromCharCode(found)}'` : 'nothing';
      problems.push(`${name}: expected ${enabled ? 'on' : 'off'}, found ${shown}`);
    }
  }
  for (const key of Object.keys(wire)) {
    if (/^\d+$/.test(key) && !expected.has(Number(key))) {
      problems.push(`fuse ${key} is not reviewed: add it to scripts/electron-fuses.mjs`);
    }
  }
  return problems;
}

/** Flips the fuses in `binaryPath`, reads them back, and throws when any is not as desired. */
export async function flipAndVerifyFuses(binaryPath, target) {
  await flipFuses(binaryPath, fuseConfigFor(target));
  const problems = fuseMismatches(await getCurrentFuseWire(binaryPath));
  if (problems.length > 0) {
    throw new Error(`after-pack: Electron fuses wrong in ${binaryPath}: ${problems.join('; ')}`);
  }
}
