import type { VpApi } from '../../shared/api';

declare global {
  interface Window {
    /** The typed bridge to main, exposed by the preload script (or the e2e harness). */
    readonly vp: VpApi;
  }
}

export {};
