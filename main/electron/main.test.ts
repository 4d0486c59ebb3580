import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { apiCalls } from '../../shared/api';

/**
 * Loads main.ts against a fake Electron and records what it does, in order: the wiring that
 * cannot be seen without the binary (sandbox, scheme, hardening, IPC, window, lock on quit).
 */
const fake = vi.hoisted(() => ({
  log: [] as string[],
  singleInstance: true,
  packaged: true,
  paths: {} as Record<string, string>,
  appListeners: {} as Record<string, (...args: unknown[]) => void>,
  sessionHandlers: {} as Record<string, unknown>,
  protocolHandlers: {} as Record<string, (request: Request) => Promise<Response>>,
  windows: [] as { options: { webPreferences: Record<string, unknown> } }[],
  lock: (() => {}) as () => void,
  crashReporterStart: (() => {}) as () => void,
}));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const log = (entry: string) => fake.log.push(entry);
  class BrowserWindow extends EventEmitter {
    webContents = { loadURL: () => Promise.resolve() };
    constructor(options: { webPreferences: Record<string, unknown> }) {
      super();
      log('new BrowserWindow');
      fake.windows.push({ options });
    }
    isDestroyed = () => false;
    show() {}
  }
  const app = {
    get isPackaged() {
      return fake.packaged;
    },
    enableSandbox: () => log('app.enableSandbox'),
    commandLine: {
      appendSwitch: (name: string, value?: string) => log(`app.commandLine ${name}=${value}`),
    },
    setPath: (name: string, value: string) => {
      log(`app.setPath ${name}`);
      fake.paths[name] = value;
    },
    getPath: (name: string) => fake.paths[name] ?? `/home/vp/.config`,
    requestSingleInstanceLock: () => fake.singleInstance,
    quit: () => log('app.quit'),
    exit: () => log('app.exit'),
    setAppUserModelId: () => {},
    getLocale: () => 'nl-NL',
    getSystemLocale: () => 'nl-NL',
    on: (name: string, listener: (...args: unknown[]) => void) => {
      fake.appListeners[name] = listener;
    },
    whenReady: () => {
      log('app.whenReady');
      return Promise.resolve();
    },
  };
  const defaultSession = {
    setPermissionRequestHandler: (h: unknown) => (fake.sessionHandlers.request = h),
    setPermissionCheckHandler: (h: unknown) => (fake.sessionHandlers.check = h),
    setDevicePermissionHandler: (h: unknown) => (fake.sessionHandlers.device = h),
    webRequest: { onBeforeRequest: (h: unknown) => (fake.sessionHandlers.beforeRequest = h) },
    on: (name: string, h: unknown) => (fake.sessionHandlers[name] = h),
    setSpellCheckerEnabled: (enabled: boolean) => (fake.sessionHandlers.spellChecker = enabled),
  };
  return {
    app,
    BrowserWindow,
    crashReporter: { start: () => fake.crashReporterStart() },
    // Only used when a save or folder dialog is asked for, which these tests never do.
    dialog: {},
    ipcMain: { handle: (channel: string) => log(`ipcMain.handle ${channel}`) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => log('menu') },
    powerMonitor: new EventEmitter(),
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string }[]) =>
        log(`registerSchemesAsPrivileged ${schemes.map((s) => s.scheme).join()}`),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        log(`protocol.handle ${scheme}`);
        fake.protocolHandlers[scheme] = handler;
      },
    },
    session: { defaultSession },
  };
});

vi.mock('../services/casefile-session', () => ({
  createCaseFileSession: (folder: string) => {
    fake.log.push(`createCaseFileSession ${folder}`);
    return { lock: () => fake.lock() };
  },
}));

async function loadMain(options: { singleInstance?: boolean; packaged?: boolean } = {}) {
  Object.assign(fake, {
    log: [],
    singleInstance: options.singleInstance ?? true,
    packaged: options.packaged ?? true,
    paths: {},
    appListeners: {},
    sessionHandlers: {},
    protocolHandlers: {},
    windows: [],
  });
  fake.lock = vi.fn();
  fake.crashReporterStart = vi.fn();
  vi.resetModules();
  await import('./main');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const indexOf = (entry: string) => fake.log.indexOf(entry);

describe('main.ts', () => {
  beforeEach(() => {
    delete process.env.VP_USER_DATA_DIR;
  });

  it('enables the sandbox and registers app:// before the app is ready', async () => {
    await loadMain();
    expect(indexOf('app.enableSandbox')).toBeGreaterThanOrEqual(0);
    expect(indexOf('registerSchemesAsPrivileged app')).toBeGreaterThanOrEqual(0);
    expect(indexOf('app.enableSandbox')).toBeLessThan(indexOf('app.whenReady'));
    // Dutch native controls (date pickers) must be set before the app is ready.
    expect(indexOf('app.commandLine lang=nl-NL')).toBeGreaterThanOrEqual(0);
    expect(indexOf('app.commandLine lang=nl-NL')).toBeLessThan(indexOf('app.whenReady'));
    expect(indexOf('registerSchemesAsPrivileged app')).toBeLessThan(indexOf('app.whenReady'));
  });

  it('keeps the case file in userData/casefile, userData named VP Dossier', async () => {
    await loadMain();
    expect(fake.paths.userData).toBe(path.join('/home/vp/.config', 'VP Dossier'));
    expect(fake.log).toContain(
      `createCaseFileSession ${path.join('/home/vp/.config', 'VP Dossier', 'casefile')}`,
    );
  });

  it('ignores VP_USER_DATA_DIR in a packaged app', async () => {
    process.env.VP_USER_DATA_DIR = '/tmp/elsewhere';
    await loadMain({ packaged: true });
    expect(fake.paths.userData).toBe(path.join('/home/vp/.config', 'VP Dossier'));
  });

  it('honours VP_USER_DATA_DIR in an unpackaged build (end-to-end tests)', async () => {
    process.env.VP_USER_DATA_DIR = '/tmp/vp-e2e';
    await loadMain({ packaged: false });
    expect(fake.paths.userData).toBe(path.resolve('/tmp/vp-e2e'));
  });

  it('hardens the session, serves app:// and wires IPC before it creates the window', async () => {
    await loadMain();
    const windowAt = indexOf('new BrowserWindow');
    expect(windowAt).toBeGreaterThan(0);
    expect(indexOf('protocol.handle app')).toBeLessThan(windowAt);
    for (const name of apiCalls) {
      const at = indexOf(`ipcMain.handle vp:${name}`);
      expect(at, name).toBeGreaterThanOrEqual(0);
      expect(at).toBeLessThan(windowAt);
    }
    expect(Object.keys(fake.sessionHandlers).sort()).toEqual(
      ['beforeRequest', 'check', 'device', 'request', 'spellChecker', 'will-download'].sort(),
    );
    expect(fake.sessionHandlers.spellChecker).toBe(false);
  });

  it('serves the renderer through app:// with the CSP', async () => {
    await loadMain();
    const response = await fake.protocolHandlers.app!(new Request('app://vp/missing.js'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('opens one sandboxed window with the bundled preload', async () => {
    await loadMain();
    expect(fake.windows).toHaveLength(1);
    const prefs = fake.windows[0]!.options.webPreferences;
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.devTools).toBe(false);
    expect(path.basename(String(prefs.preload))).toBe('preload.cjs');
  });

  it('hardens every web contents that is created', async () => {
    await loadMain();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    fake.appListeners['web-contents-created']?.({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    const events = contents.on.mock.calls.map(([name]) => name);
    expect(events).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
    );
  });

  it('locks the case file before quitting, and quits when its window closes', async () => {
    await loadMain();
    fake.appListeners['before-quit']?.();
    expect(fake.lock).toHaveBeenCalled();
    fake.appListeners['window-all-closed']?.();
    expect(fake.log).toContain('app.quit');
  });

  it('never starts the crash reporter', async () => {
    await loadMain();
    expect(fake.crashReporterStart).not.toHaveBeenCalled();
  });

  it('stops a second instance before it opens anything', async () => {
    await loadMain({ singleInstance: false });
    expect(fake.log).toContain('app.quit');
    expect(fake.log).not.toContain('app.whenReady');
    expect(fake.log.some((entry) => entry.startsWith('createCaseFileSession'))).toBe(false);
    expect(fake.windows).toHaveLength(0);
  });
});
