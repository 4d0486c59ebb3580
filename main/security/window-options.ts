/**
 * The security-relevant part of Electron's BrowserWindowConstructorOptions, declared here so
 * this file stays free of Electron and runs in plain Node tests. Structurally compatible with
 * Electron's own type, so main/electron/window.ts can pass it straight to BrowserWindow.
 */
export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  enableWebSQL: false;
  spellcheck: false;
  navigateOnDragDrop: false;
  safeDialogs: true;
  disableBlinkFeatures: string;
  devTools: boolean;
}

export interface MainWindowOptions {
  title: string;
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  show: boolean;
  backgroundColor: string;
  webPreferences: SecureWebPreferences;
}

export const WINDOW_TITLE = 'VP Dossier';

/**
 * The options of the app's one window. webPreferences are written inline (not built from a
 * variable) because electronegativity only reads them that way. Why each is set:
 * - contextIsolation, sandbox, no node integration anywhere: the page is untrusted by design
 *   and reaches main only through window.vp;
 * - webSecurity on, no insecure content, no experimental features, no WebSQL, no <webview>;
 * - no spellcheck: it fetches dictionaries from a remote server and keeps a list of words the
 *   counsellor added, which here could be names from a case;
 * - navigateOnDragDrop off: a file dropped on the window must not replace the app;
 * - safeDialogs: a page cannot flood the counsellor with alert() dialogs;
 * - disableBlinkFeatures Auxclick: a middle click cannot open a link in a new window;
 * - devTools only in an unpackaged (development) build.
 */
export function windowOptions(preloadPath: string, devTools: boolean): MainWindowOptions {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 840,
    minWidth: 960,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools,
    },
  };
}
