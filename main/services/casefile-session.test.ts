import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_DELAY_MS, unlockDelayMs } from '../../shared/unlock-delay';
import * as casefile from '../casefile';
import { FAST_KDF, makeTempFolder, PASSPHRASE } from '../casefile/test-support';
import { AppError } from '../errors';
import { createCaseFileSession, type CaseFileSession } from './casefile-session';

let folder: string;
let cleanup: () => Promise<void>;
let session: CaseFileSession;

beforeEach(async () => {
  ({ folder, cleanup } = await makeTempFolder());
  session = createCaseFileSession(folder, FAST_KDF);
});

afterEach(async () => {
  session.lock();
  await cleanup();
});

function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'no error';
  } catch (err) {
    return err instanceof AppError ? err.code : 'other';
  }
}

describe('the case-file session', () => {
  it('goes none → unlocked → locked → unlocked, and the database is reachable only unlocked', async () => {
    expect(await session.status()).toEqual({ state: 'none', unlockedWith: null, demo: false });
    expect(codeOf(() => session.requireOpen())).toBe('LOCKED');

    const { recoveryCode } = await session.create(PASSPHRASE);
    expect(recoveryCode).toHaveLength(39);
    expect(await session.status()).toEqual({
      state: 'unlocked',
      unlockedWith: 'passphrase',
      demo: false,
    });
    expect(session.requireOpen().db.open).toBe(true);

    const db = session.requireOpen().db;
    expect(session.lock()).toEqual({ state: 'locked', unlockedWith: null, demo: false });
    expect(db.open).toBe(false);
    expect(await session.status()).toEqual({ state: 'locked', unlockedWith: null, demo: false });
    expect(codeOf(() => session.requireOpen())).toBe('LOCKED');

    expect(await session.unlock(PASSPHRASE)).toEqual({
      state: 'unlocked',
      unlockedWith: 'passphrase',
      demo: false,
    });
  });

  it('remembers that it was unlocked with the recovery code until a new passphrase is set', async () => {
    const { recoveryCode } = await session.create(PASSPHRASE);
    session.lock();
    expect((await session.unlockWithRecoveryCode(recoveryCode)).unlockedWith).toBe('recoveryCode');
    await session.changePassphrase(
      { kind: 'recoveryCode', value: recoveryCode },
      'een gloednieuwe wachtzin',
    );
    expect((await session.status()).unlockedWith).toBe('passphrase');
    session.lock();
    await session.unlock('een gloednieuwe wachtzin');
  });

  it('tells lock listeners, so stores outside the database are cleared', async () => {
    await session.create(PASSPHRASE);
    let locks = 0;
    const stop = session.onLock(() => locks++);
    session.lock();
    expect(locks).toBe(1);
    stop();
    session.lock();
    expect(locks).toBe(1);
  });

  it('refuses to change the passphrase while locked', async () => {
    await session.create(PASSPHRASE);
    session.lock();
    await expect(
      session.changePassphrase({ kind: 'passphrase', value: PASSPHRASE }, 'nog een wachtzin!'),
    ).rejects.toMatchObject({ code: 'LOCKED' });
  });

  it('stays locked after a wrong passphrase', async () => {
    await session.create(PASSPHRASE);
    session.lock();
    await expect(session.unlock('fout wachtwoord')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    expect((await session.status()).state).toBe('locked');
  });

  it('remembers inside the case file whether the recovery code was confirmed, and renews it', async () => {
    const { recoveryCode } = await session.create(PASSPHRASE);
    expect(session.recoveryCodeConfirmed()).toBe(false);
    session.lock();
    await session.unlock(PASSPHRASE);
    expect(session.recoveryCodeConfirmed()).toBe(false);
    session.confirmRecoveryCodeSaved();
    session.lock();
    await session.unlock(PASSPHRASE);
    expect(session.recoveryCodeConfirmed()).toBe(true);

    const renewed = await session.renewRecoveryCode(PASSPHRASE);
    expect(renewed.recoveryCode).not.toBe(recoveryCode);
    expect(session.recoveryCodeConfirmed()).toBe(false);
    session.lock();
    await expect(session.unlockWithRecoveryCode(recoveryCode)).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_CODE',
    });
    await session.unlockWithRecoveryCode(renewed.recoveryCode);
  });

  it('answers LOCKED for recovery-code calls while locked', async () => {
    await session.create(PASSPHRASE);
    session.lock();
    expect(codeOf(() => session.recoveryCodeConfirmed())).toBe('LOCKED');
    expect(codeOf(() => session.confirmRecoveryCodeSaved())).toBe('LOCKED');
    await expect(session.renewRecoveryCode(PASSPHRASE)).rejects.toMatchObject({ code: 'LOCKED' });
  });

  it('opens the demo practice beside the own case file, and locking returns to the own file', async () => {
    const status = await session.openDemo(new Date('2026-11-23T09:00:00Z'));
    expect(status).toEqual({ state: 'unlocked', unlockedWith: 'passphrase', demo: true });
    const cases = session.requireOpen().db.prepare('SELECT count(*) FROM cases').pluck().get();
    expect(cases).toBeGreaterThan(50);
    expect(session.recoveryCodeConfirmed()).toBe(true);
    // The own case file does not exist and is not created by the demo.
    expect(session.lock()).toEqual({ state: 'locked', unlockedWith: null, demo: false });
    expect(await session.status()).toEqual({ state: 'none', unlockedWith: null, demo: false });

    await session.create(PASSPHRASE);
    expect(session.requireOpen().db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0);
    // A second visit reuses the demo made the first time.
    session.lock();
    await session.openDemo(new Date('2026-11-24T09:00:00Z'));
    expect(session.requireOpen().db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(
      cases,
    );
    session.lock();
    await session.unlock(PASSPHRASE);
    expect((await session.status()).demo).toBe(false);
  });
});

/** Every file in the case-file folder with a hash of its bytes. */
async function folderBytes(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await fs.readdir(folder)).sort()) {
    const file = path.join(folder, name);
    if (!(await fs.stat(file)).isFile()) continue;
    out[name] = createHash('sha256')
      .update(await fs.readFile(file))
      .digest('hex');
  }
  return out;
}

describe('the wait after wrong unlock attempts', () => {
  let now: number;
  let timed: CaseFileSession;

  beforeEach(async () => {
    now = 1_000_000;
    // The default session of this file already has the folder: a second one on the same
    // folder, with a clock the test moves.
    timed = createCaseFileSession(folder, { ...FAST_KDF, unlockClock: () => now });
    await timed.create(PASSPHRASE);
    timed.lock();
  });

  afterEach(() => {
    timed.lock();
    vi.restoreAllMocks();
  });

  it('twenty wrong passphrases: the waits grow, nothing in the file changes, the right one opens', async () => {
    const before = await folderBytes(folder);
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 20; attempt++) {
      await expect(timed.unlock(`${PASSPHRASE} ${attempt}`)).rejects.toMatchObject({
        code: 'WRONG_PASSPHRASE',
      });
      const { failures, waitMs } = timed.unlockDelay();
      expect(failures).toBe(attempt);
      waits.push(waitMs);
      if (waitMs > 0) {
        // Too early, even with the right passphrase: refused, and it does not count.
        now += waitMs - 1;
        await expect(timed.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'UNLOCK_DELAYED' });
        expect(timed.unlockDelay()).toEqual({ failures: attempt, waitMs: 1 });
        now += 1;
      }
      expect(timed.unlockDelay().waitMs).toBe(0);
      expect((await timed.status()).state).toBe('locked');
    }
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    expect(waits.slice(3, 6)).toEqual([1_000, 2_000, 4_000]);
    for (let i = 4; i < 10; i++) expect(waits[i]).toBeGreaterThan(waits[i - 1]!);
    expect(Math.max(...waits)).toBe(MAX_DELAY_MS);
    expect(await folderBytes(folder)).toEqual(before);

    // No lockout: after the wait the right passphrase opens the file, and the count starts over.
    now += unlockDelayMs(21);
    await expect(timed.unlock(`${PASSPHRASE} 21`)).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    now += unlockDelayMs(21);
    expect((await timed.unlock(PASSPHRASE)).state).toBe('unlocked');
    expect(timed.unlockDelay()).toEqual({ failures: 0, waitMs: 0 });
  });

  it('derives no key while the wait runs', async () => {
    for (let attempt = 1; attempt <= 4; attempt++) {
      await expect(timed.unlock(`fout ${attempt}`)).rejects.toMatchObject({
        code: 'WRONG_PASSPHRASE',
      });
    }
    const open = vi.spyOn(casefile, 'openCaseFile');
    const openWithCode = vi.spyOn(casefile, 'openCaseFileWithRecoveryCode');
    await expect(timed.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'UNLOCK_DELAYED' });
    await expect(timed.unlockWithRecoveryCode('0000-0000')).rejects.toMatchObject({
      code: 'UNLOCK_DELAYED',
    });
    expect(open).not.toHaveBeenCalled();
    expect(openWithCode).not.toHaveBeenCalled();
    // The spy does see an attempt once the wait is over.
    now += 1_000;
    expect((await timed.unlock(PASSPHRASE)).state).toBe('unlocked');
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('counts wrong recovery codes with wrong passphrases', async () => {
    await expect(timed.unlock('fout 1')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(timed.unlockWithRecoveryCode('0000-0000-0000')).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_CODE',
    });
    await expect(timed.unlock('fout 3')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(timed.unlockWithRecoveryCode('0000-0000-0001')).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_CODE',
    });
    expect(timed.unlockDelay()).toEqual({ failures: 4, waitMs: 1_000 });
  });

  it('takes one attempt at a time: a second one while the first is checked is refused', async () => {
    const first = timed.unlock('fout 1');
    await expect(timed.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'UNLOCK_DELAYED' });
    await expect(first).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(timed.unlockDelay().failures).toBe(1);
    expect((await timed.unlock(PASSPHRASE)).state).toBe('unlocked');
  });

  it('survives a lock (a reload of the window), since main holds the count', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      await timed.unlock(`fout ${attempt}`).catch(() => undefined);
      now += 60_000;
    }
    timed.lock();
    expect(timed.unlockDelay().failures).toBe(5);
  });
});
