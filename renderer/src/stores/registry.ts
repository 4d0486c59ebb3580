/**
 * Every zustand store registers how to return to its initial state. Locking the case file
 * calls resetAllStores(), so nothing read from the case file survives a lock in the renderer.
 */
const resetters = new Map<string, () => void>();

export function registerStore(name: string, reset: () => void): void {
  resetters.set(name, reset);
}

export function resetAllStores(): void {
  for (const reset of resetters.values()) reset();
}

/** The names of the registered stores, for tests. */
export function registeredStores(): string[] {
  return [...resetters.keys()];
}
