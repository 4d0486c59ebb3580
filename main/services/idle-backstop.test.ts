import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import type { OpenCaseFile } from '../casefile';
import { BACKSTOP_GRACE_SECONDS, idleLockMinutesOf, shouldBackstopLock } from './idle-backstop';
import { saveSafetySettings } from './safety-settings';
import { openTestCaseFile } from './test-support';

describe("main's idle backstop", () => {
  it('locks only once the system was idle for the setting plus one poll', () => {
    const term = 5 * 60 + BACKSTOP_GRACE_SECONDS;
    expect(shouldBackstopLock(term - 1, 5)).toBe(false);
    expect(shouldBackstopLock(term, 5)).toBe(true);
    expect(shouldBackstopLock(0, 1)).toBe(false);
    expect(shouldBackstopLock(3 * 3600, 240)).toBe(false);
    expect(shouldBackstopLock(5 * 3600, 240)).toBe(true);
  });

  describe('reading the setting', () => {
    let file: Awaited<ReturnType<typeof openTestCaseFile>>;
    beforeAll(async () => {
      file = await openTestCaseFile();
    });
    afterAll(async () => {
      await file.dispose();
    });
    const openSession = () => ({ requireOpen: (): OpenCaseFile => file.caseFile });

    it('takes the default until the counsellor saved one, then hers', () => {
      expect(idleLockMinutesOf(openSession())).toBe(5);
      saveSafetySettings(
        file.caseFile.db,
        { backupReminderDays: 7, retentionMonthsAfterClosing: 18, idleLockMinutes: 12 },
        new Date('2026-11-23T09:00:00Z'),
      );
      expect(idleLockMinutesOf(openSession())).toBe(12);
    });

    it('falls back to the default when the setting is damaged, rather than not locking', () => {
      file.caseFile.db
        .prepare("UPDATE settings SET value = '{\"idleLockMinutes\":0}' WHERE key = 'safety'")
        .run();
      expect(idleLockMinutesOf(openSession())).toBe(5);
    });
  });

  it('has nothing to lock while the case file is locked', () => {
    const locked = {
      requireOpen: (): OpenCaseFile => {
        throw new AppError('LOCKED');
      },
    };
    expect(idleLockMinutesOf(locked)).toBeNull();
  });
});
