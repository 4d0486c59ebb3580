import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Everything outside the thin shell must run in plain Node: only main/electron/ and
 * main/preload.ts may use Electron. eslint enforces this for imports it sees; this test also
 * catches require() and dynamic import(), and runs with the unit tests.
 */
const projectDir = path.resolve(import.meta.dirname, '../..');
const allowed = new Set([
  path.join(projectDir, 'main', 'electron'),
  path.join(projectDir, 'main', 'preload.ts'),
  // This file's own examples below.
  import.meta.filename,
]);
const scanned = ['main', 'shared'];
const sourceFile = /\.(c|m)?(t|j)sx?$/;

const electronModule = String.raw`['"]electron(?:/[^'"]*)?['"]`;
const electronUse = new RegExp(
  [
    String.raw`^\s*(?:import|export)\b[^;]*?\bfrom\s*${electronModule}`,
    String.raw`^\s*import\s*${electronModule}`,
    String.raw`\brequire\s*\(\s*${electronModule}\s*\)`,
    String.raw`\bimport\s*\(\s*${electronModule}\s*\)`,
  ].join('|'),
  'm',
);

function usesElectron(source: string): boolean {
  return electronUse.test(source);
}

function sourceFiles(dir: string): string[] {
  if (allowed.has(dir) || !fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return sourceFile.test(entry.name) && !allowed.has(full) ? [full] : [];
  });
}

describe('usesElectron', () => {
  it.each([
    "import { app } from 'electron';",
    'import { app } from "electron";',
    "import type { WebContents } from 'electron';",
    "import {\n  app,\n  BrowserWindow,\n} from 'electron';",
    "import * as electron from 'electron';",
    "import electron from 'electron';",
    "import 'electron';",
    "export { app } from 'electron';",
    "import { ipcMain } from 'electron/main';",
    "const { app } = require('electron');",
    'const e = require ( "electron" );',
    "const e = await import('electron');",
  ])('finds %j', (source) => {
    expect(usesElectron(source)).toBe(true);
  });

  it.each([
    "import { z } from 'zod';",
    "import { thing } from 'electron-builder';",
    "import { thing } from './electron';",
    "import { thing } from '../main/electron/window';",
    'const text = "electron";',
  ])('ignores %j', (source) => {
    expect(usesElectron(source)).toBe(false);
  });
});

describe('outside main/electron and main/preload.ts', () => {
  const files = scanned.flatMap((dir) => sourceFiles(path.join(projectDir, dir)));

  it('finds the source files to check', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files).toContain(path.join(projectDir, 'main', 'api', 'dispatch.ts'));
  });

  it('no file uses electron', () => {
    const offenders = files.filter((file) => usesElectron(fs.readFileSync(file, 'utf8')));
    expect(offenders.map((file) => path.relative(projectDir, file))).toEqual([]);
  });
});
