/**
 * Work a screen still has to hand to main before the case file locks: a draft typed less than
 * a second ago and not yet saved. Forms register a flush while they are on screen; locking
 * (lib/session.ts) waits for every flush first, so a lock never loses what was just typed.
 */
type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

/** Registers a flush; returns the function that removes it again. */
export function registerFlush(flush: Flush): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

/** Runs every registered flush; a failing one does not stop the others (or the lock). */
export async function flushPendingWork(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()));
}
