import { afterEach, beforeEach } from 'vitest';
import { FAST_KDF, makeTempFolder, PASSPHRASE } from '../casefile/test-support';
import { createCaseFileSession, type CaseFileSession } from '../services/casefile-session';
import { testClock } from '../services/test-support';
import type { Handlers } from './dispatch';
import { createHandlers } from './handlers';

/**
 * For tests of API calls: before each test a new case file, created and unlocked, with its
 * handlers on a controllable clock; locked and removed after. Read the fields inside a test.
 */
export function useUnlockedCaseFile(): { session: CaseFileSession; handlers: Handlers } {
  const current = {} as { session: CaseFileSession; handlers: Handlers };
  let cleanup: () => Promise<void> = async () => undefined;
  beforeEach(async () => {
    const temp = await makeTempFolder();
    cleanup = temp.cleanup;
    current.session = createCaseFileSession(temp.folder, FAST_KDF);
    current.handlers = createHandlers(current.session, testClock());
    await current.session.create(PASSPHRASE);
  });
  afterEach(async () => {
    current.session.lock();
    await cleanup();
  });
  return current;
}
