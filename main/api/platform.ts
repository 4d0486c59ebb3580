import { AppError } from '../errors';
import type { PdfFonts } from '../exports/pdf/fonts';

/**
 * What a folder is chosen for: where a backup or a handover package is made, or which backup
 * or handover package is read.
 */
export type FolderPurpose = 'backup' | 'restore' | 'handoverExport' | 'handoverImport';

/**
 * What the handlers need from the place they run in: the Electron shell asks the counsellor
 * where to save (or which folder to use) with a native dialog; the e2e harness uses folders
 * of its own. The
 * renderer never sees a path: only whether the file was saved and under which name.
 */
export interface Platform {
  /** Offers `bytes` to be saved as `suggestedName`; false when the counsellor cancels. */
  saveFile(
    suggestedName: string,
    bytes: Buffer,
  ): Promise<{ saved: boolean; fileName: string | null }>;
  /** The fonts PDFs embed, from assets/. */
  pdfFonts(): Promise<PdfFonts>;
  /**
   * Asks the counsellor for a folder: where to put a backup or handover package (a USB
   * stick, say), or which backup to restore or package to read in. The path stays in main;
   * null when the counsellor cancels.
   */
  chooseFolder(purpose: FolderPurpose): Promise<string | null>;
}

/** Loads once and keeps the promise: PDFs are made often, the fonts never change. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | null = null;
  return () => {
    loaded ??= load().catch((err: unknown) => {
      loaded = null;
      throw err;
    });
    return loaded;
  };
}

/** Where nothing can be saved (the default, e.g. for tests of other calls): fails closed. */
export const unavailablePlatform: Platform = {
  saveFile: () => Promise.resolve({ saved: false, fileName: null }),
  pdfFonts: () => Promise.reject(new AppError('INTERNAL', 'no fonts here')),
  chooseFolder: () => Promise.resolve(null),
};
