/**
 * The automatic lock after idle time (DESIGN.md, "Lock"): the case file locks once no
 * keyboard, mouse, pointer, wheel or touch input has come in for the idle-lock setting.
 * Counted from the last input, with plain setTimeout and Date.now, so a test clock (Playwright's
 * page.clock, Vitest's fake timers) drives it. Main has a backstop of its own for a renderer
 * that is hung or throttled (main/electron/idle-backstop.ts).
 */

/** Input that shows the counsellor is at the laptop. */
export const INPUT_EVENTS = [
  'keydown',
  'mousedown',
  'mousemove',
  'pointerdown',
  'pointermove',
  'wheel',
  'touchstart',
  'touchmove',
] as const;

const MINUTE_MS = 60_000;

/** Milliseconds until the lock is due; 0 or less: it is time. */
export function msUntilIdleLock(lastInputAt: number, now: number, minutes: number): number {
  return lastInputAt + minutes * MINUTE_MS - now;
}

/** Whether `minutes` without input have passed since `lastInputAt`. */
export function isIdleLockDue(lastInputAt: number, now: number, minutes: number): boolean {
  return msUntilIdleLock(lastInputAt, now, minutes) <= 0;
}

export interface IdleWatch {
  /** Takes a new term from now on (the setting changed); the last input still counts. */
  setMinutes(minutes: number): void;
  /** Stops watching: no lock comes from it any more. */
  stop(): void;
}

/**
 * Calls `onIdle` once, after `minutes` without input on `target`. One timer for the deadline,
 * not one per input: mousemove fires often, and a late timer just checks again.
 */
export function watchIdle(
  minutes: number,
  onIdle: () => void,
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> = window,
): IdleWatch {
  let term = minutes;
  let lastInputAt = Date.now();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const onInput = () => {
    lastInputAt = Date.now();
  };
  // Capture, so input a component stops from bubbling still counts.
  const listenerOptions = { capture: true, passive: true } as const;

  function check() {
    timer = null;
    if (stopped) return;
    const remaining = msUntilIdleLock(lastInputAt, Date.now(), term);
    if (remaining > 0) {
      timer = setTimeout(check, remaining);
      return;
    }
    stop();
    onIdle();
  }

  function stop() {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    for (const name of INPUT_EVENTS) target.removeEventListener(name, onInput, listenerOptions);
  }

  for (const name of INPUT_EVENTS) target.addEventListener(name, onInput, listenerOptions);
  timer = setTimeout(check, msUntilIdleLock(lastInputAt, Date.now(), term));

  return {
    setMinutes(next) {
      if (stopped) return;
      term = next;
      if (timer !== null) clearTimeout(timer);
      check();
    },
    stop,
  };
}

let current: IdleWatch | null = null;

/**
 * The app's one idle lock (started by the app shell after unlock, stopped on lock). Replaces
 * any running one; returns the function that stops it.
 */
export function startIdleLock(minutes: number, onIdle: () => void): () => void {
  current?.stop();
  const watch = watchIdle(minutes, onIdle);
  current = watch;
  return () => {
    watch.stop();
    if (current === watch) current = null;
  };
}

/**
 * For the safety settings form: call after saveSafetySettings succeeded, so a new idle-lock
 * term takes effect at once (counted from the last input, not from the save). Without a
 * running idle lock (locked) it does nothing: the next unlock reads the setting anyway.
 */
export function applyIdleLockMinutes(minutes: number): void {
  current?.setMinutes(minutes);
}
