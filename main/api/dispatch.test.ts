import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FAST_KDF, makeTempFolder, PASSPHRASE } from '../casefile/test-support';
import { AppError } from '../errors';
import { createCaseFileSession, type CaseFileSession } from '../services/casefile-session';
import { dispatch, type Handlers } from './dispatch';
import { createHandlers } from './handlers';

let cleanup: () => Promise<void>;
let session: CaseFileSession;
let handlers: Handlers;

beforeEach(async () => {
  const temp = await makeTempFolder();
  cleanup = temp.cleanup;
  session = createCaseFileSession(temp.folder, FAST_KDF);
  handlers = createHandlers(session);
});

afterEach(async () => {
  session.lock();
  await cleanup();
  vi.restoreAllMocks();
});

describe('dispatch: the one path from the renderer to a service', () => {
  it('runs a valid call and returns its validated value', async () => {
    expect(await dispatch(handlers, 'getCaseFileStatus', {})).toEqual({
      ok: true,
      value: { state: 'none', unlockedWith: null, demo: false },
    });
    const created = await dispatch(handlers, 'createCaseFile', { passphrase: PASSPHRASE });
    expect(created.ok).toBe(true);
  });

  it.each([
    ['an unknown call', 'deleteEverything', {}, 'UNKNOWN_CALL'],
    ['a prototype name', '__proto__', {}, 'UNKNOWN_CALL'],
    ['a name that is not a string', 42, {}, 'UNKNOWN_CALL'],
    ['a missing field', 'unlock', {}, 'INVALID_INPUT'],
    ['a wrong type', 'unlock', { passphrase: 12345 }, 'INVALID_INPUT'],
    ['an extra field on an empty input', 'lock', { sneaky: true }, 'INVALID_INPUT'],
    ['an oversized passphrase', 'unlock', { passphrase: 'x'.repeat(5000) }, 'INVALID_INPUT'],
    ['a short new passphrase', 'createCaseFile', { passphrase: 'kort' }, 'INVALID_INPUT'],
    [
      'a recovery code with markup',
      'unlockWithRecoveryCode',
      { recoveryCode: '<script>' },
      'INVALID_INPUT',
    ],
    ['an array as input', 'unlock', ['x'], 'INVALID_INPUT'],
  ])('refuses %s with %s', async (_name, call, input, code) => {
    const result = await dispatch(handlers, call, input);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(await session.status()).toMatchObject({ state: 'none' });
  });

  it('passes coded errors on with a Dutch message, or English when asked', async () => {
    await dispatch(handlers, 'createCaseFile', { passphrase: PASSPHRASE });
    await dispatch(handlers, 'lock', {});
    const nl = await dispatch(handlers, 'unlock', { passphrase: 'verkeerd wachtwoord' });
    expect(nl).toEqual({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: expect.stringMatching(/wachtwoord klopt niet/) },
    });
    const en = await dispatch(handlers, 'unlock', { passphrase: 'verkeerd wachtwoord' }, 'en');
    expect(en).toMatchObject({ error: { message: expect.stringMatching(/not correct/) } });
  });

  it('never lets an unexpected error text, SQL or path reach the renderer', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const leaky: Handlers = {
      ...handlers,
      getCaseFileStatus: () => {
        throw new Error('SQLITE_ERROR near "SELECT * FROM notes" at /home/vp/dossier.vpdb');
      },
    };
    const result = await dispatch(leaky, 'getCaseFileStatus', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/SELECT|dossier\.vpdb|\/home/);
    // The log names the call and the error class, not the message.
    expect(JSON.stringify(vi.mocked(console.error).mock.calls)).not.toMatch(/SELECT|\/home/);
  });

  it('refuses an output that does not match its schema', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const wrong = {
      ...handlers,
      getCaseFileStatus: () => ({ state: 'open-sesame' }),
    } as unknown as Handlers;
    expect(await dispatch(wrong, 'getCaseFileStatus', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('maps an AppError to its code only', async () => {
    const failing: Handlers = {
      ...handlers,
      lock: () => {
        throw new AppError('DISK_ERROR', 'ENOSPC on /media/usb');
      },
    };
    const result = await dispatch(failing, 'lock', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'DISK_ERROR' } });
    expect(JSON.stringify(result)).not.toContain('/media/usb');
  });
});
