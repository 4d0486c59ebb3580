import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { windowOptions } from '../security/window-options';

const created = vi.hoisted(() => [] as { options: unknown; window: unknown }[]);

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class BrowserWindow extends Emitter {
    show = vi.fn();
    destroyed = false;
    isDestroyed = () => this.destroyed;
    webContents = { loadURL: vi.fn(() => Promise.resolve()) };
    constructor(options: unknown) {
      super();
      created.push({ options, window: this });
    }
  }
  return { BrowserWindow };
});

const { createMainWindow, loadApp } = await import('./window');

type FakeWindow = EventEmitter & {
  show: ReturnType<typeof vi.fn>;
  destroyed: boolean;
  webContents: { loadURL: ReturnType<typeof vi.fn> };
};

const preload = '/app/dist/main/preload.cjs';

beforeEach(() => {
  created.length = 0;
});

describe('createMainWindow', () => {
  it.each([false, true])(
    'passes exactly windowOptions() to BrowserWindow (devTools %s)',
    (devTools) => {
      createMainWindow(preload, devTools);
      expect(created).toHaveLength(1);
      expect(created[0]?.options).toEqual(windowOptions(preload, devTools));
    },
  );

  it('loads the app entry over app://', () => {
    const window = createMainWindow(preload, false) as unknown as FakeWindow;
    expect(window.webContents.loadURL).toHaveBeenCalledWith('app://vp/index.html');
  });

  it('shows the window only when it is ready', () => {
    const window = createMainWindow(preload, false) as unknown as FakeWindow;
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('keeps its own title, whatever the page sets', () => {
    const window = createMainWindow(preload, false) as unknown as FakeWindow;
    const event = { preventDefault: vi.fn() };
    window.emit('page-title-updated', event, 'Casus van Jan Jansen');
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('loadApp', () => {
  it('does nothing for a destroyed window', () => {
    const window = createMainWindow(preload, false) as unknown as FakeWindow;
    window.webContents.loadURL.mockClear();
    window.destroyed = true;
    loadApp(window as never);
    expect(window.webContents.loadURL).not.toHaveBeenCalled();
  });

  it('logs a failed load without its error text', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const window = createMainWindow(preload, false) as unknown as FakeWindow;
    window.webContents.loadURL.mockRejectedValueOnce(new Error('ERR_FAILED /home/vp/secret'));
    loadApp(window as never);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(error).toHaveBeenCalledWith('[vp] the app page did not load');
    expect(String(error.mock.calls)).not.toContain('/home/vp');
    error.mockRestore();
  });
});
