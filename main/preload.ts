import { contextBridge, ipcRenderer } from 'electron';
import { forwardMenuCommands } from './security/menu-command';
import { buildVpApi } from './security/vp-api';

/**
 * The preload runs sandboxed: it may only require 'electron', so scripts/build-main.mjs
 * bundles it with everything else it imports. It exposes window.vp and nothing else.
 */
contextBridge.exposeInMainWorld(
  'vp',
  buildVpApi((channel, input) => ipcRenderer.invoke(channel, input)),
);

// Menu items (Nieuwe melding…) reach the page as plain DOM events; see menu-command.ts.
// In the preload globalThis is the page's window (typed here without the DOM library).
forwardMenuCommands(
  (channel, listener) => ipcRenderer.on(channel, listener),
  globalThis as unknown as EventTarget,
);
