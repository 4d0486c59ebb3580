import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  applyIdleLockMinutes,
  INPUT_EVENTS,
  isIdleLockDue,
  msUntilIdleLock,
  startIdleLock,
  watchIdle,
} from './idleLock';

const MINUTE = 60_000;

describe('when the idle lock is due', () => {
  it('is due once the term has passed since the last input, not before', () => {
    expect(isIdleLockDue(0, 5 * MINUTE - 1, 5)).toBe(false);
    expect(isIdleLockDue(0, 5 * MINUTE, 5)).toBe(true);
    expect(isIdleLockDue(2 * MINUTE, 6 * MINUTE, 5)).toBe(false);
    expect(isIdleLockDue(2 * MINUTE, 7 * MINUTE, 5)).toBe(true);
  });

  it('says how long is left', () => {
    expect(msUntilIdleLock(1_000, 61_000, 1)).toBe(0);
    expect(msUntilIdleLock(1_000, 31_000, 1)).toBe(30_000);
  });
});

describe('watching for input', () => {
  let target: EventTarget;
  beforeEach(() => {
    vi.useFakeTimers();
    target = new EventTarget();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('locks once, after the term without input', () => {
    const onIdle = vi.fn();
    watchIdle(5, onIdle, target);
    vi.advanceTimersByTime(5 * MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it.each(INPUT_EVENTS)('counts %s as input, and counts the term from it', (name) => {
    const onIdle = vi.fn();
    watchIdle(5, onIdle, target);
    vi.advanceTimersByTime(4 * MINUTE);
    target.dispatchEvent(new Event(name));
    vi.advanceTimersByTime(4 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('does not count other events, such as focus or a scroll by the page itself', () => {
    const onIdle = vi.fn();
    watchIdle(1, onIdle, target);
    vi.advanceTimersByTime(30_000);
    target.dispatchEvent(new Event('focus'));
    target.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(30_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('never locks once stopped, and stops listening', () => {
    const onIdle = vi.fn();
    const removed = vi.spyOn(target, 'removeEventListener');
    const watch = watchIdle(1, onIdle, target);
    watch.stop();
    vi.advanceTimersByTime(10 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    expect(removed).toHaveBeenCalledTimes(INPUT_EVENTS.length);
  });

  it('takes a new term from the last input: shorter locks at once when already passed', () => {
    const onIdle = vi.fn();
    const watch = watchIdle(10, onIdle, target);
    vi.advanceTimersByTime(3 * MINUTE);
    watch.setMinutes(5);
    vi.advanceTimersByTime(2 * MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);

    const other = vi.fn();
    const second = watchIdle(10, other, target);
    vi.advanceTimersByTime(3 * MINUTE);
    second.setMinutes(2);
    expect(other).toHaveBeenCalledTimes(1);
  });

  it('takes a longer term too', () => {
    const onIdle = vi.fn();
    const watch = watchIdle(1, onIdle, target);
    watch.setMinutes(30);
    vi.advanceTimersByTime(29 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });
});

describe("the app's idle lock", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // No DOM in these tests: the app's idle lock listens on window.
    vi.stubGlobal('window', new EventTarget());
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('follows a changed setting, and a new start replaces the old one', () => {
    const first = vi.fn();
    startIdleLock(5, first);
    applyIdleLockMinutes(15);
    vi.advanceTimersByTime(10 * MINUTE);
    expect(first).not.toHaveBeenCalled();

    const second = vi.fn();
    const stop = startIdleLock(1, second);
    vi.advanceTimersByTime(60 * MINUTE);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does nothing with a setting while locked (none running)', () => {
    const onIdle = vi.fn();
    const stop = startIdleLock(1, onIdle);
    stop();
    applyIdleLockMinutes(2);
    vi.advanceTimersByTime(10 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
