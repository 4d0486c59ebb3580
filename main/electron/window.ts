import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from '../security/app-url';
import { windowOptions } from '../security/window-options';

/**
 * Creates the app's one window and loads the renderer from app://vp/. The options come from
 * windowOptions(); webPreferences are repeated inline here only because electronegativity
 * reads them nowhere else, and window.test.ts checks that both are identical.
 */
export function createMainWindow(preload: string, devTools: boolean): BrowserWindow {
  const window = new BrowserWindow({
    ...windowOptions(preload, devTools),
    webPreferences: {
      preload,
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
  });

  // The title stays 'VP Dossier': a page title could carry a client's name into the taskbar,
  // the window switcher or a shared screen.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  loadApp(window);
  return window;
}

/** (Re)loads the renderer's entry page, which starts from a clean state. */
export function loadApp(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  window.webContents.loadURL(APP_ENTRY_URL).catch(() => {
    // Only the fact is logged: the error text could name paths on this machine.
    console.error('[vp] the app page did not load');
  });
}
