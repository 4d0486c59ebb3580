// Which native modules the packaged app carries, and whether each loads in Electron as it is.
//
// electron-builder.yml sets npmRebuild: false. That is right only while every production
// native module is a Node-API (N-API) addon: those have one binary for Node and Electron
// alike, whatever their ABI (NODE_MODULE_VERSION). A module built against V8's C++ API is tied
// to one ABI and must be rebuilt for Electron's. Checked for better-sqlite3-multiple-ciphers 13
// (node-addon-api, NAPI_VERSION 10, prebuilds for each platform; its binding.gyp builds nothing
// when a prebuild exists) and @node-rs/argon2 (napi-rs). scripts/after-pack.mjs runs these
// checks over what was packaged and fails the build when one stops being true.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Exported by every Node-API addon: the entry point Node and Electron call to load it. */
const NODE_API_ENTRY = 'napi_register_module_v1';
/**
 * Signs of V8's C++ API: the ABI-versioned entry point (node_register_module_v<abi>) and
 * mangled v8:: symbols (Itanium on Linux/macOS, MSVC on Windows).
 */
const V8_ABI_SIGNS = ['node_register_module_v', '_ZN2v8', '@v8@@'];

/**
 * How a native binary links to its host: 'node-api' (loads in any Node or Electron), or
 * 'v8-abi' (built for one ABI only; also when it shows no sign either way, to be safe).
 * @param {Uint8Array} bytes the .node file
 * @returns {'node-api' | 'v8-abi'}
 */
export function nativeLinkageOf(bytes) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const usesV8 = V8_ABI_SIGNS.some((sign) => buffer.includes(sign, 0, 'latin1'));
  return !usesV8 && buffer.includes(NODE_API_ENTRY, 0, 'latin1') ? 'node-api' : 'v8-abi';
}

/**
 * The packages that would have to be rebuilt for Electron: those with a binary not linked
 * through Node-API. With npmRebuild: false this must stay empty.
 * @param {{ packageName: string, file: string, linkage: 'node-api' | 'v8-abi' }[]} binaries
 * @returns {string[]} package names, sorted, each once
 */
export function packagesNeedingRebuild(binaries) {
  const names = binaries.filter((b) => b.linkage !== 'node-api').map((b) => b.packageName);
  return [...new Set(names)].sort();
}

/**
 * The production dependency closure as npm installed it: package.json "dependencies" and,
 * from there, each package's dependencies and installed optional dependencies (the platform
 * binaries of @node-rs/argon2), resolved the way Node does. These, and only these, are what
 * electron-builder copies into the package; devDependencies are never rebuilt or shipped.
 * @param {string} projectDir
 * @returns {{ name: string, dir: string }[]}
 */
export function productionPackages(projectDir) {
  const root = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8'));
  const found = new Map();
  const visit = (name, fromDir, optional) => {
    const dir = resolvePackageDir(projectDir, name, fromDir);
    if (dir === null) {
      if (optional) return; // another platform's binary, not installed here
      throw new Error(`native-modules: production dependency ${name} is not installed`);
    }
    if (found.has(dir)) return;
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    found.set(dir, manifest.name);
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep, dir, false);
    for (const dep of Object.keys(manifest.optionalDependencies ?? {})) visit(dep, dir, true);
  };
  for (const dep of Object.keys(root.dependencies ?? {})) visit(dep, projectDir, false);
  return [...found].map(([dir, name]) => ({ name, dir }));
}

function resolvePackageDir(projectDir, name, fromDir) {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    try {
      readFileSync(path.join(candidate, 'package.json'));
      return candidate;
    } catch {
      // not here: look one folder up, but never above the project
    }
    if (dir === projectDir || path.dirname(dir) === dir) return null;
  }
}

/**
 * Every .node file under `dir`. Without `nested`, not descending into nested node_modules
 * (packages of their own, listed separately by productionPackages).
 * @param {string} dir
 * @param {{ nested?: boolean }} [options]
 * @returns {string[]}
 */
export function nativeBinariesIn(dir, options = {}) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && (options.nested || entry.name !== 'node_modules')) {
      files.push(...nativeBinariesIn(full, options));
    } else if (entry.isFile() && entry.name.endsWith('.node')) {
      files.push(full);
    }
  }
  return files;
}

/**
 * The package a file in a node_modules tree belongs to (the innermost one).
 * @param {string} relative path below the app's root, with / or the platform's separator
 * @returns {string}
 */
export function packageNameOf(relative) {
  const parts = relative.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  const [first = '', second = ''] = parts.slice(at + 1);
  return first.startsWith('@') ? `${first}/${second}` : first;
}

/**
 * The native binaries the app needs on one platform and architecture, relative to the app's
 * root (resources/app.asar.unpacked in the package): without them no case file opens.
 * A universal macOS build needs both slices.
 * @param {string} platform 'linux' | 'darwin' | 'mas' | 'win32'
 * @param {string} arch 'x64' | 'arm64' | 'universal'
 * @returns {string[]}
 */
export function requiredNativeBinaries(platform, arch) {
  const os = platform === 'mas' ? 'darwin' : platform;
  const archs = arch === 'universal' ? ['x64', 'arm64'] : [arch];
  // napi-rs names its binary packages after the C library of the target.
  const libc = { linux: '-gnu', win32: '-msvc', darwin: '' }[os];
  if (libc === undefined) throw new Error(`native-modules: no binaries known for ${platform}`);
  return archs.flatMap((a) => [
    `node_modules/better-sqlite3-multiple-ciphers/prebuilds/${os}-${a}.node`,
    `node_modules/@node-rs/argon2-${os}-${a}${libc}/argon2.${os}-${a}${libc}.node`,
  ]);
}
