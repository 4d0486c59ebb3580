import path from 'node:path';

/**
 * Where things are at runtime. `mainDir` is the folder of the bundled main process
 * (dist/main, inside app.asar when packaged): scripts/build-main.mjs writes main.cjs and
 * preload.cjs there, and Vite writes the renderer to dist/renderer beside it.
 */
export function rendererDir(mainDir: string): string {
  return path.join(mainDir, '..', 'renderer');
}

export function preloadPath(mainDir: string): string {
  return path.join(mainDir, 'preload.cjs');
}

/** The case file (database and key file) lives in its own folder inside userData. */
export function caseFileFolder(userDataDir: string): string {
  return path.join(userDataDir, 'casefile');
}

/** The app's own name for its userData folder, the same in development and when packaged. */
export const USER_DATA_FOLDER_NAME = 'VP Dossier';

/** assets/ (fonts for PDFs): beside dist/ in the app folder (app.asar when packaged). */
export function assetsDir(mainDir: string): string {
  return path.join(mainDir, '..', '..', 'assets');
}
