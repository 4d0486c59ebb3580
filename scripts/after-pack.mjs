// electron-builder's afterPack hook (electron-builder.yml): runs once per platform and
// architecture after the app is copied into the Electron binary's folder and before it is
// signed and made into an installer. It fails the build when
// 1. a native module in the package is not Node-API (it would need a rebuild for Electron's
//    ABI, which npmRebuild: false does not do), or the target's binaries are missing (a
//    package built on another OS lacks the platform's @node-rs/argon2);
// 2. the Electron fuses cannot be flipped, or read back differently than scripts/electron-fuses.mjs
//    wants them.
// The fuses are flipped here, not by electron-builder's own electronFuses option, so that they
// are set exactly once and checked after being set; both run before signing, as they must.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { electronBinaryPath, flipAndVerifyFuses } from './electron-fuses.mjs';
import {
  nativeBinariesIn,
  nativeLinkageOf,
  packageNameOf,
  packagesNeedingRebuild,
  requiredNativeBinaries,
} from './native-modules.mjs';

/** builder-util's Arch enum, by value. */
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/**
 * Where the packaged app's unpacked files are (asarUnpack puts every .node there).
 * @param {{ appOutDir: string, electronPlatformName: string, productFilename: string }} target
 */
export function unpackedAppDir({ appOutDir, electronPlatformName, productFilename }) {
  const resources =
    electronPlatformName === 'darwin' || electronPlatformName === 'mas'
      ? path.join(appOutDir, `${productFilename}.app`, 'Contents', 'Resources')
      : path.join(appOutDir, 'resources');
  return path.join(resources, 'app.asar.unpacked');
}

/**
 * The facts of an afterPack context this script uses, as plain values.
 * @param {import('app-builder-lib').AfterPackContext} context
 */
export function packTarget(context) {
  const archName = ARCH_NAMES[context.arch];
  if (!archName) throw new Error(`after-pack: unknown architecture ${context.arch}`);
  return {
    appOutDir: context.appOutDir,
    electronPlatformName: context.electronPlatformName,
    archName,
    productFilename: context.packager.appInfo.productFilename,
    // Only the Linux packager has an executable name of its own.
    linuxExecutableName: context.packager.executableName,
  };
}

/** Problems with the native modules in the package; empty when all is well. */
export function nativeModuleProblems(target) {
  const unpacked = unpackedAppDir(target);
  const problems = [];
  for (const file of requiredNativeBinaries(target.electronPlatformName, target.archName)) {
    if (!existsSync(path.join(unpacked, file))) problems.push(`missing ${file}`);
  }
  const binaries = existsSync(unpacked)
    ? nativeBinariesIn(unpacked, { nested: true }).map((file) => ({
        packageName: packageNameOf(path.relative(unpacked, file)),
        file,
        linkage: nativeLinkageOf(readFileSync(file)),
      }))
    : [];
  for (const name of packagesNeedingRebuild(binaries)) {
    problems.push(`${name} is not a Node-API addon: it needs npmRebuild for Electron's ABI`);
  }
  return problems;
}

/** @param {import('app-builder-lib').AfterPackContext} context */
export default async function afterPack(context) {
  const target = packTarget(context);
  const problems = nativeModuleProblems(target);
  if (problems.length > 0) {
    throw new Error(
      `after-pack (${target.electronPlatformName}-${target.archName}): ${problems.join('; ')}`,
    );
  }
  await flipAndVerifyFuses(electronBinaryPath(target), target);
  console.log(
    `after-pack: native modules and fuses checked for ${target.electronPlatformName}-${target.archName}`,
  );
}
