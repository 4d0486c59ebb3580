import type { VpApi } from '../../shared/api';
import { apiCalls, IPC_PREFIX } from '../../shared/api-names';

/** Sends one API call to main; in the preload this is ipcRenderer.invoke. */
export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/**
 * Builds window.vp: one function per call in shared/api.ts, each sending its single input on
 * its own channel. Nothing generic is exposed (no invoke, no channel name, no ipcRenderer), so
 * a compromised page can reach exactly the calls main handles and no other channel.
 * Kept free of Electron so it is tested in plain Node.
 */
export function buildVpApi(invoke: Invoke): VpApi {
  const vp: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const name of apiCalls) {
    const channel = IPC_PREFIX + name;
    // Only the first argument is forwarded: extra arguments never reach main.
    vp[name] = (input?: unknown) => invoke(channel, input);
  }
  return Object.freeze(vp) as unknown as VpApi;
}
