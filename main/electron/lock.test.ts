import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseFileSession } from '../services/casefile-session';

vi.mock('electron', () => ({ BrowserWindow: class {} }));

const {
  isCaseFileOpen,
  lockAndReset,
  lockOnSystemEvents,
  lockPageFirst,
  lockWhenSystemIdle,
  PAGE_LOCK_GRACE_MS,
} = await import('./lock');

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

describe('lockWhenSystemIdle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A system whose idle time grows with the fake clock unless someone touches it. */
  function fakeSystem() {
    let lastInputAt = Date.now();
    let screen: 'active' | 'idle' | 'locked' = 'active';
    return {
      touch: () => {
        lastInputAt = Date.now();
      },
      lockScreen: () => {
        screen = 'locked';
      },
      powerMonitor: {
        getSystemIdleTime: () => Math.floor((Date.now() - lastInputAt) / 1000),
        getSystemIdleState: () => screen,
      },
    };
  }

  it('locks when the system stays idle past the setting (plus one poll), not before', () => {
    const system = fakeSystem();
    const lock = vi.fn();
    const stop = lockWhenSystemIdle(system.powerMonitor, () => 5, lock);
    vi.advanceTimersByTime(5 * 60_000);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30_000);
    expect(lock).toHaveBeenCalledTimes(1);
    stop();
  });

  it('input on the system postpones it', () => {
    const system = fakeSystem();
    const lock = vi.fn();
    const stop = lockWhenSystemIdle(system.powerMonitor, () => 1, lock);
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(60_000);
      system.touch();
    }
    expect(lock).not.toHaveBeenCalled();
    stop();
  });

  it('locks at the next poll when the system says its screen is locked', () => {
    const system = fakeSystem();
    const lock = vi.fn();
    const stop = lockWhenSystemIdle(system.powerMonitor, () => 240, lock);
    system.lockScreen();
    vi.advanceTimersByTime(30_000);
    expect(lock).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does nothing while the case file is locked, or once stopped', () => {
    const system = fakeSystem();
    const lock = vi.fn();
    let minutes: number | null = null;
    const stop = lockWhenSystemIdle(system.powerMonitor, () => minutes, lock);
    vi.advanceTimersByTime(60 * 60_000);
    expect(lock).not.toHaveBeenCalled();
    stop();
    minutes = 1;
    vi.advanceTimersByTime(60 * 60_000);
    expect(lock).not.toHaveBeenCalled();
  });
});

describe('a screen lock asks the page first', () => {
  it('sleep locks at once, a screen lock through its own function', () => {
    const powerMonitor = new EventEmitter();
    const lock = vi.fn();
    const lockScreen = vi.fn();
    lockOnSystemEvents(powerMonitor as never, lock, lockScreen);
    powerMonitor.emit('lock-screen');
    expect(lockScreen).toHaveBeenCalledTimes(1);
    expect(lock).not.toHaveBeenCalled();
    powerMonitor.emit('suspend');
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('locks from main after the grace time when the page did not', () => {
    const askPage = vi.fn();
    const lock = vi.fn();
    const timers: [() => void, number][] = [];
    lockPageFirst(
      askPage,
      () => true,
      lock,
      (run, ms) => timers.push([run, ms]),
    );
    expect(askPage).toHaveBeenCalledTimes(1);
    expect(lock).not.toHaveBeenCalled();
    expect(timers.map(([, ms]) => ms)).toEqual([PAGE_LOCK_GRACE_MS]);
    timers[0]![0]();
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('leaves it to the page when the page locked in time', () => {
    const lock = vi.fn();
    let run: () => void = () => {};
    lockPageFirst(
      () => {},
      () => false,
      lock,
      (r) => (run = r),
    );
    run();
    expect(lock).not.toHaveBeenCalled();
  });

  it('still locks from main when asking the page throws', () => {
    const lock = vi.fn();
    let run: () => void = () => {};
    expect(() =>
      lockPageFirst(
        () => {
          throw new Error('window gone');
        },
        () => true,
        lock,
        (r) => (run = r),
      ),
    ).toThrow();
    run();
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('knows whether the case file is open', () => {
    expect(isCaseFileOpen({ requireOpen: () => ({}) as never })).toBe(true);
    expect(
      isCaseFileOpen({
        requireOpen: () => {
          throw new Error('LOCKED');
        },
      }),
    ).toBe(false);
  });
});
