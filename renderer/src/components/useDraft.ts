import { useCallback, useEffect, useRef, useState } from 'react';
import { draftContent, draftValues } from '../lib/caseForms';
import { registerFlush } from '../lib/pendingWork';
import { callVp } from '../lib/vp';

/** How long typing must pause before the draft is saved. */
export const AUTOSAVE_MS = 1000;

export type StoredDraft =
  | { state: 'looking' }
  | { state: 'none' }
  | { state: 'found'; values: Record<string, unknown>; savedAt: string; content: string };

/**
 * The draft main keeps for a form (inside the encrypted case file), read once when the form
 * opens. A draft that cannot be read is treated as none: the form opens empty rather than not
 * at all. `knownNone`: the caller knows there is none (it just discarded it); no need to ask.
 */
export function useStoredDraft(form: string, knownNone = false): StoredDraft {
  const [draft, setDraft] = useState<StoredDraft>(
    knownNone ? { state: 'none' } : { state: 'looking' },
  );
  useEffect(() => {
    if (knownNone) return;
    let current = true;
    void callVp('getDraft', { form }).then((result) => {
      if (!current) return;
      const stored = result.ok ? result.value : null;
      const values = stored ? draftValues(stored.content) : null;
      setDraft(
        stored && values
          ? { state: 'found', values, savedAt: stored.savedAt, content: stored.content }
          : { state: 'none' },
      );
    });
    return () => {
      current = false;
    };
  }, [form, knownNone]);
  return draft;
}

export type AutosaveStatus =
  { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: Date } | { state: 'failed' };

export interface Autosave {
  status: AutosaveStatus;
  /** Saves after AUTOSAVE_MS without a new call (call on every change). */
  schedule(): void;
  /** Saves now if anything changed since the last save (on blur, before leaving, locking). */
  flush(): Promise<void>;
  /** No more saves (the form is being submitted); waits for a save under way. */
  stop(): Promise<void>;
  /** Saves again from now on (a submit that failed). */
  resume(): void;
  /** Stops, and removes the draft from the case file (after a successful save). */
  discard(): Promise<void>;
}

/**
 * Autosaves a form's values as a draft in the case file: about a second after typing stops,
 * on blur, when the form goes away and before the case file locks. Only values that differ
 * from the last saved ones (or from `baseline`, the values the form opened with) are sent.
 */
export function useAutosave(form: string, getValues: () => unknown, baseline: string): Autosave {
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'idle' });
  const lastSaved = useRef(baseline);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const stopped = useRef(false);
  const mounted = useRef(true);
  const getValuesRef = useRef(getValues);
  useEffect(() => {
    getValuesRef.current = getValues;
  });

  const clearTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  const flush = useCallback(async (): Promise<void> => {
    clearTimer();
    if (stopped.current) return;
    // One save at a time, in order: wait for the one under way, then compare again.
    if (inFlight.current) await inFlight.current;
    if (stopped.current) return;
    const content = draftContent(getValuesRef.current());
    if (content === lastSaved.current) return;
    const save = (async () => {
      if (mounted.current) setStatus({ state: 'saving' });
      const result = await callVp('saveDraft', { form, content });
      if (result.ok) lastSaved.current = content;
      if (mounted.current) {
        setStatus(result.ok ? { state: 'saved', at: new Date() } : { state: 'failed' });
      }
    })();
    inFlight.current = save;
    try {
      await save;
    } finally {
      if (inFlight.current === save) inFlight.current = null;
    }
  }, [form]);

  const schedule = useCallback(() => {
    if (stopped.current) return;
    clearTimer();
    timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
  }, [flush]);

  const stop = useCallback(async () => {
    stopped.current = true;
    clearTimer();
    if (inFlight.current) await inFlight.current;
  }, []);

  const resume = useCallback(() => {
    stopped.current = false;
  }, []);

  const discard = useCallback(async () => {
    await stop();
    await callVp('discardDraft', { form });
  }, [form, stop]);

  // While the form is on screen: flushed before a lock; and once more when it goes away.
  useEffect(() => {
    mounted.current = true;
    const unregister = registerFlush(flush);
    return () => {
      mounted.current = false;
      unregister();
      void flush();
    };
  }, [flush]);

  return { status, schedule, flush, stop, resume, discard };
}
