import { contextBridge, ipcRenderer } from 'electron';
import { buildVpApi } from './security/vp-api';

/**
 * The preload runs sandboxed: it may only require 'electron', so scripts/build-main.mjs
 * bundles it with everything else it imports. It exposes window.vp and nothing else.
 */
contextBridge.exposeInMainWorld(
  'vp',
  buildVpApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
