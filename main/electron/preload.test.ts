import { describe, expect, it, vi } from 'vitest';
import { apiCalls } from '../../shared/api';

const electron = vi.hoisted(() => ({
  exposed: [] as [string, unknown][],
  listened: [] as string[],
  invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: {} })),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.push([key, value]),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    send: vi.fn(),
    on: (channel: string) => electron.listened.push(channel),
  },
}));

await import('../preload');

describe('main/preload.ts', () => {
  it('exposes window.vp and nothing else', () => {
    expect(electron.exposed.map(([key]) => key)).toEqual(['vp']);
  });

  it('exposes exactly the API calls as functions', () => {
    const vp = electron.exposed[0]?.[1] as Record<string, unknown>;
    expect(Object.keys(vp).sort()).toEqual([...apiCalls].sort());
    for (const value of Object.values(vp)) expect(typeof value).toBe('function');
  });

  it('forwards a call with ipcRenderer.invoke on its vp: channel', async () => {
    const vp = electron.exposed[0]?.[1] as Record<string, (input: unknown) => Promise<unknown>>;
    await vp.getCaseFileStatus?.({});
    expect(electron.invoke).toHaveBeenCalledWith('vp:getCaseFileStatus', {});
  });
});

describe('main/preload.ts menu commands', () => {
  it('listens only on the menu-command channel', () => {
    expect(electron.listened).toEqual(['vp:menu-command']);
  });
});
