import path from 'node:path';
import {
  app,
  type BrowserWindow,
  dialog,
  ipcMain,
  powerMonitor,
  protocol,
  session as electronSession,
} from 'electron';
import type { Locale } from '../../shared/errors';
import { createHandlers } from '../api/handlers';
import { once } from '../api/platform';
import { loadPdfFonts } from '../exports/pdf/fonts';
import { createCaseFileSession } from '../services/casefile-session';
import { idleLockMinutesOf } from '../services/idle-backstop';
import { APP_SCHEME } from '../security/app-url';
import { APP_SCHEME_REGISTRATION, appProtocolHandler } from './app-protocol';
import { hardenSession, hardenWebContents } from './harden';
import { registerApi } from './ipc';
import {
  isCaseFileOpen,
  lockAndReset,
  lockOnSystemEvents,
  lockPageFirst,
  lockWhenSystemIdle,
} from './lock';
import { installMenu, menuCommandSender } from './menu';
import {
  assetsDir,
  caseFileFolder,
  preloadPath,
  rendererDir,
  USER_DATA_FOLDER_NAME,
} from './paths';
import { electronChooseFolder } from './choose-folder';
import { electronSaveFile } from './save-file';
import { createMainWindow } from './window';

/*
 * The Electron entry point (bundled to dist/main/main.cjs, so __dirname is dist/main).
 *
 * Crash reporting is deliberately never started: crashReporter.start() would run Crashpad,
 * whose minidumps hold process memory, i.e. case text and possibly the data key, written
 * unencrypted to disk and offered for upload. Without start() no crash handler runs.
 */

// Everything below until whenReady must happen before the app is ready.
app.enableSandbox();
// Native controls (date and time pickers, context menus) in Dutch, the app's default language,
// whatever the system's language; main's error messages still follow the system (below).
app.commandLine.appendSwitch('lang', 'nl-NL');
protocol.registerSchemesAsPrivileged([APP_SCHEME_REGISTRATION]);
app.setPath('userData', userDataDir());

if (!app.requestSingleInstanceLock()) {
  // A second instance would open the same case file: hand over to the first and stop.
  app.quit();
} else {
  start();
}

/**
 * One folder for development and packaged builds alike (Electron would otherwise derive it
 * from package.json's name in one and productName in the other). Unpackaged builds may point
 * it elsewhere with VP_USER_DATA_DIR, for end-to-end tests with their own temporary folder.
 */
function userDataDir(): string {
  const override = process.env.VP_USER_DATA_DIR;
  if (!app.isPackaged && override) return path.resolve(override);
  return path.join(app.getPath('appData'), USER_DATA_FOLDER_NAME);
}

function start(): void {
  const devTools = !app.isPackaged;
  const caseFile = createCaseFileSession(caseFileFolder(app.getPath('userData')));
  let mainWindow: BrowserWindow | null = null;
  const lock = () => lockAndReset(caseFile, mainWindow);

  if (process.platform === 'win32') app.setAppUserModelId('nl.vpdossier.app');

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // One window: closing it quits, on macOS too, so the case file never stays open unseen.
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => {
    try {
      caseFile.lock();
    } catch {
      // Quitting goes on: the process ends and the key leaves memory with it.
      console.error('[vp] the case file did not close cleanly');
    }
  });

  app
    .whenReady()
    .then(() => {
      hardenSession(electronSession.defaultSession, { devTools });
      protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir(__dirname)));
      const platform = {
        saveFile: electronSaveFile(
          dialog,
          () => mainWindow,
          () => app.getPath('documents'),
        ),
        pdfFonts: once(() => loadPdfFonts(assetsDir(__dirname))),
        chooseFolder: electronChooseFolder(dialog, () => mainWindow),
      };
      registerApi(ipcMain, createHandlers(caseFile, undefined, platform), {
        locale: systemLocale,
        // By id: Electron does not promise one JS object per web contents.
        isAppWindow: (sender) =>
          mainWindow !== null &&
          !mainWindow.isDestroyed() &&
          sender.id === mainWindow.webContents.id,
      });
      const sendToPage = menuCommandSender(() => mainWindow);
      installMenu({
        onLock: lock,
        onCommand: sendToPage,
        devTools,
        isMac: process.platform === 'darwin',
      });
      // The screen lock lets the page save its drafts first; sleep does not wait.
      const lockScreen = () =>
        lockPageFirst(
          () => sendToPage('lock'),
          () => isCaseFileOpen(caseFile),
          lock,
        );
      lockOnSystemEvents(powerMonitor, lock, lockScreen);
      lockWhenSystemIdle(powerMonitor, () => idleLockMinutesOf(caseFile), lock);

      mainWindow = createMainWindow(preloadPath(__dirname), devTools);
      mainWindow.on('closed', () => {
        mainWindow = null;
      });
    })
    .catch(() => {
      console.error('[vp] the app could not start');
      app.exit(1);
    });
}

/**
 * The language of error messages: English for an English system, Dutch otherwise. (When the
 * app gets a language setting, this should follow it.)
 */
function systemLocale(): Locale {
  return app.getSystemLocale().toLowerCase().startsWith('en') ? 'en' : 'nl';
}
