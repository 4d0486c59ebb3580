import { afterEach, beforeEach } from 'vitest';
import { FAST_KDF, makeTempFolder, PASSPHRASE } from '../casefile/test-support';
import { createCaseFileSession, type CaseFileSession } from '../services/casefile-session';
import { testClock } from '../services/test-support';
import { loadPdfFonts } from '../exports/pdf/fonts';
import { repoAssetsDir } from '../exports/test-support/pdf-text';
import type { Handlers } from './dispatch';
import { createHandlers } from './handlers';
import { once, type Platform } from './platform';

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
} {
  const current = {} as { session: CaseFileSession; handlers: Handlers; saved: SavedFile[] };
  const fonts = once(() => loadPdfFonts(repoAssetsDir));
  let cleanup: () => Promise<void> = async () => undefined;
  beforeEach(async () => {
    const temp = await makeTempFolder();
    cleanup = temp.cleanup;
    current.session = createCaseFileSession(temp.folder, FAST_KDF);
    current.saved = [];
    const platform: Platform = {
      saveFile: (fileName, bytes) => {
        current.saved.push({ fileName, bytes });
        return Promise.resolve({ saved: true, fileName });
      },
      pdfFonts: fonts,
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
