import { describe, expect, it, vi } from 'vitest';
import { apiCalls, IPC_PREFIX } from '../../shared/api';
import { buildVpApi } from './vp-api';

describe('buildVpApi', () => {
  it('exposes exactly the calls in shared/api.ts', () => {
    const vp = buildVpApi(vi.fn());
    expect(Object.keys(vp).sort()).toEqual([...apiCalls].sort());
    for (const name of apiCalls) expect(typeof vp[name]).toBe('function');
  });

  it.each(['invoke', 'send', 'on', 'ipcRenderer', 'channel', 'require', 'process'])(
    'exposes no %s',
    (name) => {
      expect(name in buildVpApi(vi.fn())).toBe(false);
    },
  );

  it.each(apiCalls)('sends %s on its own vp: channel with only its input', async (name) => {
    const invoke = vi.fn().mockResolvedValue({ ok: true, value: 'answer' });
    const vp = buildVpApi(invoke);
    const input = { passphrase: 'correct horse battery staple' };
    const call = vp[name] as (...args: unknown[]) => Promise<unknown>;

    await expect(call(input, 'extra', { channel: 'vp:other' })).resolves.toEqual({
      ok: true,
      value: 'answer',
    });
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(invoke).toHaveBeenCalledWith(`${IPC_PREFIX}${name}`, input);
  });

  it('cannot be changed by the page', () => {
    const vp = buildVpApi(vi.fn());
    expect(Object.isFrozen(vp)).toBe(true);
    expect(() => {
      (vp as Record<string, unknown>).lock = () => 'hijacked';
    }).toThrow(TypeError);
  });

  it('uses the vp: prefix main listens on', () => {
    expect(IPC_PREFIX).toBe('vp:');
  });
});
