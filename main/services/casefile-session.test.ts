import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
