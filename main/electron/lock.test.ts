import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { CaseFileSession } from '../services/casefile-session';

vi.mock('electron', () => ({ BrowserWindow: class {} }));

const { lockAndReset, lockOnSystemEvents } = await import('./lock');

function fakeWindow(destroyed = false) {
  return {
    isDestroyed: () => destroyed,
    webContents: { loadURL: vi.fn(() => Promise.resolve()) },
  };
}

function fakeSession(lock: () => unknown = () => ({ state: 'locked', unlockedWith: null })) {
  return { lock: vi.fn(lock) } as unknown as CaseFileSession & { lock: ReturnType<typeof vi.fn> };
}

describe('lockAndReset', () => {
  it('locks the session, then reloads the app page to clear the renderer', () => {
    const session = fakeSession();
    const window = fakeWindow();
    lockAndReset(session, window as unknown as BrowserWindow);
    expect(session.lock).toHaveBeenCalledTimes(1);
    expect(window.webContents.loadURL).toHaveBeenCalledWith('app://vp/index.html');
  });

  it('still clears the renderer when locking fails', () => {
    const session = fakeSession(() => {
      throw new Error('close failed');
    });
    const window = fakeWindow();
    expect(() => lockAndReset(session, window as unknown as BrowserWindow)).toThrow();
    expect(window.webContents.loadURL).toHaveBeenCalled();
  });

  it('locks without a window', () => {
    const session = fakeSession();
    lockAndReset(session, null);
    expect(session.lock).toHaveBeenCalledTimes(1);
  });

  it('does not touch a destroyed window', () => {
    const window = fakeWindow(true);
    lockAndReset(fakeSession(), window as unknown as BrowserWindow);
    expect(window.webContents.loadURL).not.toHaveBeenCalled();
  });
});

describe('lockOnSystemEvents', () => {
  it.each(['suspend', 'lock-screen'])('locks on %s', (eventName) => {
    const powerMonitor = new EventEmitter();
    const lock = vi.fn();
    lockOnSystemEvents(powerMonitor as never, lock);
    powerMonitor.emit(eventName);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('does not lock on resume or unlock', () => {
    const powerMonitor = new EventEmitter();
    const lock = vi.fn();
    lockOnSystemEvents(powerMonitor as never, lock);
    powerMonitor.emit('resume');
    powerMonitor.emit('unlock-screen');
    expect(lock).not.toHaveBeenCalled();
  });
});
