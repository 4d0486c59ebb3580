import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VpApi } from '../../../shared/api';
import { useCaseFileStore } from '../stores/caseFileStore';
import { useNavigationStore } from '../stores/navigationStore';
import { lockCaseFile, openDemoCaseFile } from './session';
import { callVp } from './vp';

const g = globalThis as { vp?: Partial<VpApi> };

afterEach(() => {
  delete g.vp;
});

describe('callVp', () => {
  it('passes results through', async () => {
    g.vp = {
      getCaseFileStatus: async () => ({
        ok: true,
        value: { state: 'none', unlockedWith: null, demo: false },
      }),
    };
    expect(await callVp('getCaseFileStatus', {})).toEqual({
      ok: true,
      value: { state: 'none', unlockedWith: null, demo: false },
    });
  });

  it('turns a missing bridge or a throw into INTERNAL, never an exception', async () => {
    expect(await callVp('lock', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    g.vp = {
      lock: async () => {
        throw new Error('boom at /home/secret/path');
      },
    };
    const result = await callVp('lock', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('/home');
  });

  it('resets every store and shows unlock when main answers LOCKED', async () => {
    useCaseFileStore
      .getState()
      .setStatus({ state: 'unlocked', unlockedWith: 'passphrase', demo: false });
    useNavigationStore.getState().navigate('settings');
    g.vp = {
      changePassphrase: async () => ({ ok: false, error: { code: 'LOCKED', message: '' } }),
    };
    await callVp('changePassphrase', {
      current: { kind: 'passphrase', value: 'x' },
      next: 'y'.repeat(12),
    });
    expect(useCaseFileStore.getState().status).toEqual({
      state: 'locked',
      unlockedWith: null,
      demo: false,
    });
    expect(useNavigationStore.getState().route).toBe('home');
  });

  it('lockCaseFile resets the stores even when main fails', async () => {
    useCaseFileStore
      .getState()
      .setStatus({ state: 'unlocked', unlockedWith: 'passphrase', demo: false });
    useCaseFileStore.getState().setPendingRecoveryCode('ABCD');
    g.vp = { lock: async () => ({ ok: false, error: { code: 'INTERNAL', message: '' } }) };
    await lockCaseFile();
    expect(useCaseFileStore.getState()).toMatchObject({
      status: { state: 'locked', unlockedWith: null, demo: false },
      pendingRecoveryCode: null,
    });
  });

  it('openDemoCaseFile opens the demo at Home, and a failure leaves the status alone', async () => {
    useCaseFileStore.getState().setStatus({ state: 'none', unlockedWith: null, demo: false });
    useNavigationStore.getState().navigate('settings');
    g.vp = {
      openDemoCaseFile: async () => ({ ok: false, error: { code: 'INTERNAL', message: '' } }),
    };
    expect(await openDemoCaseFile()).toBe('INTERNAL');
    expect(useCaseFileStore.getState().status?.state).toBe('none');

    g.vp = {
      openDemoCaseFile: async () => ({
        ok: true,
        value: { state: 'unlocked', unlockedWith: 'passphrase', demo: true },
      }),
    };
    expect(await openDemoCaseFile()).toBeNull();
    expect(useCaseFileStore.getState().status).toEqual({
      state: 'unlocked',
      unlockedWith: 'passphrase',
      demo: true,
    });
    expect(useNavigationStore.getState().route).toBe('home');
  });

  it("locking the demo returns to the counsellor's own case file, also before first run", async () => {
    useCaseFileStore
      .getState()
      .setStatus({ state: 'unlocked', unlockedWith: 'passphrase', demo: true });
    g.vp = {
      lock: async () => ({ ok: true, value: { state: 'locked', unlockedWith: null, demo: false } }),
      getCaseFileStatus: async () => ({
        ok: true,
        value: { state: 'none', unlockedWith: null, demo: false },
      }),
    };
    await lockCaseFile();
    expect(useCaseFileStore.getState().status).toEqual({
      state: 'none',
      unlockedWith: null,
      demo: false,
    });
  });

  it('a LOCKED answer in the demo asks main for the own case file', async () => {
    useCaseFileStore
      .getState()
      .setStatus({ state: 'unlocked', unlockedWith: 'passphrase', demo: true });
    g.vp = {
      changePassphrase: async () => ({ ok: false, error: { code: 'LOCKED', message: '' } }),
      getCaseFileStatus: async () => ({
        ok: true,
        value: { state: 'none', unlockedWith: null, demo: false },
      }),
    };
    await callVp('changePassphrase', {
      current: { kind: 'passphrase', value: 'x' },
      next: 'y'.repeat(12),
    });
    await vi.waitFor(() => expect(useCaseFileStore.getState().status?.state).toBe('none'));
  });
});
