// Bundles the Electron main process and the preload with esbuild into dist/main/.
//
// main.cjs: Node/CommonJS; electron, the two native modules and pdfkit stay external (they are
// loaded from node_modules at runtime: native binaries and pdfkit's data files cannot be bundled).
// preload.cjs: the preload runs sandboxed, where require() knows only 'electron' (and a few
// Node shims), so everything else it imports must be inside the bundle. The build fails if
// the bundle would require anything else.
import path from 'node:path';
import { build } from 'esbuild';
import { common, projectDir, targets } from './build-config.mjs';

for (const { name, allowedRequires, ...options } of targets) {
  const result = await build({ ...common, ...options });
  if (allowedRequires) assertOnlyRequires(name, result.metafile, allowedRequires);
  const bytes = Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
  console.log(
    `build-main: ${path.relative(projectDir, options.outfile)} (${Math.round(bytes / 1024)} kB)`,
  );
}

/** Fails the build when a bundle would require a module that is not in `allowed`. */
function assertOnlyRequires(name, metafile, allowed) {
  const external = Object.values(metafile.outputs).flatMap((output) =>
    output.imports.filter((entry) => entry.external).map((entry) => entry.path),
  );
  const forbidden = [...new Set(external)].filter((id) => !allowed.includes(id));
  if (forbidden.length > 0) {
    throw new Error(
      `${name} must only require ${allowed.join(', ')}, not: ${forbidden.join(', ')}`,
    );
  }
}
