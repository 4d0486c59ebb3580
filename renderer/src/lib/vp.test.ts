import { afterEach, describe, expect, it } from 'vitest';
import type { VpApi } from '../../../shared/api';
import { useCaseFileStore } from '../stores/caseFileStore';
import { useNavigationStore } from '../stores/navigationStore';
import { lockCaseFile } from './session';
import { callVp } from './vp';

const g = globalThis as { vp?: Partial<VpApi> };

afterEach(() => {
  delete g.vp;
});

describe('callVp', () => {
  it('passes results through', async () => {
    g.vp = {
      getCaseFileStatus: async () => ({ ok: true, value: { state: 'none', unlockedWith: null } }),
    };
    expect(await callVp('getCaseFileStatus', {})).toEqual({
      ok: true,
      value: { state: 'none', unlockedWith: null },
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
    useCaseFileStore.getState().setStatus({ state: 'unlocked', unlockedWith: 'passphrase' });
    useNavigationStore.getState().navigate('settings');
    g.vp = {
      changePassphrase: async () => ({ ok: false, error: { code: 'LOCKED', message: '' } }),
    };
    await callVp('changePassphrase', {
      current: { kind: 'passphrase', value: 'x' },
      next: 'y'.repeat(12),
    });
    expect(useCaseFileStore.getState().status).toEqual({ state: 'locked', unlockedWith: null });
    expect(useNavigationStore.getState().route).toBe('home');
  });

  it('lockCaseFile resets the stores even when main fails', async () => {
    useCaseFileStore.getState().setStatus({ state: 'unlocked', unlockedWith: 'passphrase' });
    useCaseFileStore.getState().setPendingRecoveryCode('ABCD');
    g.vp = { lock: async () => ({ ok: false, error: { code: 'INTERNAL', message: '' } }) };
    await lockCaseFile();
    expect(useCaseFileStore.getState()).toMatchObject({
      status: { state: 'locked', unlockedWith: null },
      pendingRecoveryCode: null,
    });
  });
});
