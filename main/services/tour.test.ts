import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenCaseFile } from '../casefile';
import { isTourDone, markTourDone } from './tour';
import { openTestCaseFile } from './test-support';

const NOW = new Date('2026-11-23T09:00:00.000Z');

let caseFile: OpenCaseFile;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ caseFile, dispose } = await openTestCaseFile());
});
afterEach(async () => {
  await dispose();
});

describe('the first-run tour', () => {
  it('is not done in a new case file', () => {
    expect(isTourDone(caseFile.db)).toBe(false);
  });

  it('stays done once finished or skipped, also when marked again', () => {
    markTourDone(caseFile.db, NOW);
    markTourDone(caseFile.db, new Date('2027-01-01T00:00:00.000Z'));
    expect(isTourDone(caseFile.db)).toBe(true);
    const row = caseFile.db
      .prepare('SELECT updated_at FROM settings WHERE key = ?')
      .get('tour_done') as { updated_at: string };
    expect(row.updated_at).toBe(NOW.toISOString());
  });
});
