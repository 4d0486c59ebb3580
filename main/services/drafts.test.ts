import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseFileDatabase } from '../casefile';
import { discardDraft, getDraft, saveDraft } from './drafts';
import { openTestCaseFile, testClock } from './test-support';

let db: CaseFileDatabase;
let dispose: () => Promise<void>;
const clock = testClock();

beforeEach(async () => {
  const opened = await openTestCaseFile();
  db = opened.caseFile.db;
  dispose = opened.dispose;
});
afterEach(() => dispose());

describe('drafts', () => {
  it('keeps the latest content per form until discarded', () => {
    expect(getDraft(db, 'intake')).toBeNull();
    saveDraft(db, 'intake', '{"wishes":"eerst"}', clock());
    clock.advance(5_000);
    saveDraft(db, 'intake', '{"wishes":"daarna"}', clock());
    saveDraft(db, 'note:3', '{"body":"x"}', clock());
    expect(getDraft(db, 'intake')).toEqual({
      content: '{"wishes":"daarna"}',
      savedAt: clock().toISOString(),
    });
    discardDraft(db, 'intake');
    expect(getDraft(db, 'intake')).toBeNull();
    expect(getDraft(db, 'note:3')).not.toBeNull();
  });
});
