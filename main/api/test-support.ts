import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { FAST_KDF, makeTempFolder, PASSPHRASE } from '../casefile/test-support';
import { createCaseFileSession, type CaseFileSession } from '../services/casefile-session';
import { testClock } from '../services/test-support';
import { loadPdfFonts } from '../exports/pdf/fonts';
import { repoAssetsDir } from '../exports/test-support/pdf-text';
import type { Handlers } from './dispatch';
import { createHandlers } from './handlers';
import { once, type FolderPurpose, type Platform } from './platform';

export interface SavedFile {
  fileName: string;
  bytes: Buffer;
}

/**
 * For tests of API calls: before each test a new case file, created and unlocked, with its
 * handlers on a controllable clock; locked and removed after. Read the fields inside a test.
 */
export function useUnlockedCaseFile(): {
  session: CaseFileSession;
  handlers: Handlers;
  /** What the calls saved, as a save dialog would have written it. */
  saved: SavedFile[];
  /** The case file's folder (inside a temp folder of the test). */
  caseFileFolder: string;
  /** An empty folder of the test, beside the case file, for backups. */
  backupsFolder: string;
  /** What the folder dialog answers per purpose; null is "cancelled". Set it in a test. */
  chosenFolder: Record<FolderPurpose, string | null>;
  /** Set to make the save dialog answer "cancelled". */
  cancelSaves: boolean;
} {
  const current = {} as {
    session: CaseFileSession;
    handlers: Handlers;
    saved: SavedFile[];
    caseFileFolder: string;
    backupsFolder: string;
    chosenFolder: Record<FolderPurpose, string | null>;
    cancelSaves: boolean;
  };
  const fonts = once(() => loadPdfFonts(repoAssetsDir));
  let cleanup: () => Promise<void> = async () => undefined;
  beforeEach(async () => {
    const temp = await makeTempFolder();
    cleanup = temp.cleanup;
    // Each unlock attempt an hour after the last, so the wait after wrong attempts (tested in
    // services/casefile-session.test.ts) never refuses a test's own unlock.
    let unlockClock = 0;
    current.session = createCaseFileSession(temp.folder, {
      ...FAST_KDF,
      unlockClock: () => (unlockClock += 3_600_000),
    });
    current.saved = [];
    current.caseFileFolder = temp.folder;
    current.backupsFolder = path.join(path.dirname(temp.folder), 'backups');
    await mkdir(current.backupsFolder, { mode: 0o700 });
    // Cancelled by default, as where there is no dialog: a test chooses a folder itself.
    current.chosenFolder = {
      backup: null,
      restore: null,
      handoverExport: null,
      handoverImport: null,
    };
    current.cancelSaves = false;
    const platform: Platform = {
      saveFile: (fileName, bytes) => {
        if (current.cancelSaves) return Promise.resolve({ saved: false, fileName: null });
        current.saved.push({ fileName, bytes });
        return Promise.resolve({ saved: true, fileName });
      },
      pdfFonts: fonts,
      chooseFolder: (purpose) => Promise.resolve(current.chosenFolder[purpose]),
    };
    current.handlers = createHandlers(current.session, testClock(), platform);
    await current.session.create(PASSPHRASE);
  });
  afterEach(async () => {
    current.session.lock();
    await cleanup();
  });
  return current;
}
