import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { apiCalls } from '../../shared/api';
import { errorMessage } from '../../shared/errors';
import type { Handlers } from '../api/dispatch';
import { registerApi } from './ipc';

type Handle = (event: IpcMainInvokeEvent, input: unknown) => unknown;

const lockedStatus = { state: 'locked', unlockedWith: null, demo: false } as const;

function fakeHandlers(): Handlers {
  // Every call answers something; the ones these tests look at answer what they expect.
  const others = Object.fromEntries(apiCalls.map((name) => [name, vi.fn(() => ({}))]));
  return {
    ...others,
    getCaseFileStatus: vi.fn(() => Promise.resolve(lockedStatus)),
    createCaseFile: vi.fn(() => Promise.resolve({ recoveryCode: 'ABCD-EFGH' })),
    unlock: vi.fn(() =>
      Promise.resolve({ state: 'unlocked', unlockedWith: 'passphrase', demo: false }),
    ),
    unlockWithRecoveryCode: vi.fn(() =>
      Promise.resolve({ state: 'unlocked', unlockedWith: 'recoveryCode', demo: false }),
    ),
    lock: vi.fn(() => lockedStatus),
    changePassphrase: vi.fn(() => Promise.resolve({})),
  } as unknown as Handlers;
}

function setup(options: { isAppWindow?: boolean } = {}) {
  const channels = new Map<string, Handle>();
  const handlers = fakeHandlers();
  registerApi(
    { handle: (channel: string, listener: Handle) => channels.set(channel, listener) },
    handlers,
    {
      locale: () => 'nl',
      isAppWindow: () => options.isAppWindow ?? true,
    },
  );
  return { channels, handlers };
}

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

type Sender = 'top' | 'top-copy' | 'subframe' | 'other-top' | 'gone' | 'disposed';

/**
 * An invoke event from a frame of the app window: its main frame ('top'), another object for
 * that same frame ('top-copy', as Electron may hand out), a subframe, a top-level frame that
 * is not this window's main frame, a frame that is gone, or one whose getters throw.
 */
function eventFrom(url: string, sender: Sender = 'top') {
  const mainFrame: FakeFrame = { url, parent: null, processId: 4, routingId: 1 };
  const frames: Record<Sender, FakeFrame | null> = {
    top: mainFrame,
    'top-copy': { ...mainFrame },
    subframe: { url, parent: mainFrame, processId: 4, routingId: 2 },
    'other-top': { url, parent: null, processId: 4, routingId: 3 },
    gone: null,
    disposed: null,
  };
  const event = { sender: { mainFrame } as unknown as WebContents } as Record<string, unknown>;
  Object.defineProperty(event, 'senderFrame', {
    get: () => {
      if (sender === 'disposed') throw new Error('Render frame was disposed');
      return frames[sender];
    },
  });
  return event as unknown as IpcMainInvokeEvent;
}

const forbidden = { ok: false, error: { code: 'FORBIDDEN', message: errorMessage('FORBIDDEN') } };

describe('registerApi', () => {
  it('handles exactly one vp: channel per API call', () => {
    const { channels } = setup();
    expect([...channels.keys()].sort()).toEqual(apiCalls.map((name) => `vp:${name}`).sort());
  });

  it('dispatches a call from the app top frame and returns its result', async () => {
    const { channels, handlers } = setup();
    const unlock = channels.get('vp:unlock')!;
    const result = await unlock(eventFrom('app://vp/index.html'), { passphrase: 'geheim' });
    expect(result).toEqual({
      ok: true,
      value: { state: 'unlocked', unlockedWith: 'passphrase', demo: false },
    });
    expect(handlers.unlock).toHaveBeenCalledWith({ passphrase: 'geheim' });
  });

  it('accepts another object for the same main frame', async () => {
    const { channels } = setup();
    const result = await channels.get('vp:lock')!(eventFrom('app://vp/', 'top-copy'), {});
    expect(result).toEqual({ ok: true, value: lockedStatus });
  });

  it('validates input through dispatch', async () => {
    const { channels, handlers } = setup();
    const result = await channels.get('vp:unlock')!(eventFrom('app://vp/'), { passphrase: 7 });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(handlers.unlock).not.toHaveBeenCalled();
  });

  const untrusted: [string, IpcMainInvokeEvent][] = [
    ['a subframe of the app', eventFrom('app://vp/index.html', 'subframe')],
    ['a remote subframe', eventFrom('https://example.com/', 'subframe')],
    ['a remote top frame', eventFrom('https://example.com/')],
    ['a file: page', eventFrom('file:///tmp/evil.html')],
    ['a lookalike origin', eventFrom('app://vp.evil.com/index.html')],
    ['a top-level frame that is not the main frame', eventFrom('app://vp/', 'other-top')],
    ['a frame that is gone', eventFrom('app://vp/index.html', 'gone')],
    ['a disposed frame', eventFrom('app://vp/index.html', 'disposed')],
  ];

  it.each(untrusted)(
    'refuses %s with FORBIDDEN, without calling the service',
    async (_n, event) => {
      const { channels, handlers } = setup();
      for (const name of apiCalls) {
        await expect(channels.get(`vp:${name}`)!(event, {})).resolves.toEqual(forbidden);
        expect(handlers[name]).not.toHaveBeenCalled();
      }
    },
  );

  it('refuses the app origin in a web contents that is not the app window', async () => {
    const { channels, handlers } = setup({ isAppWindow: false });
    const result = await channels.get('vp:lock')!(eventFrom('app://vp/index.html'), {});
    expect(result).toEqual(forbidden);
    expect(handlers.lock).not.toHaveBeenCalled();
  });
});
