import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents } from './harden';

type Listener = (...args: unknown[]) => unknown;

/** Just enough of a Session to record what hardenSession installs. */
function fakeSession() {
  const emitter = new EventEmitter();
  const installed: Record<string, Listener> = {};
  const session = {
    setPermissionRequestHandler: (handler: Listener) => (installed.request = handler),
    setPermissionCheckHandler: (handler: Listener) => (installed.check = handler),
    setDevicePermissionHandler: (handler: Listener) => (installed.device = handler),
    webRequest: { onBeforeRequest: (listener: Listener) => (installed.beforeRequest = listener) },
    on: (name: string, listener: Listener) => emitter.on(name, listener),
    spellChecker: true,
    setSpellCheckerEnabled(enabled: boolean) {
      this.spellChecker = enabled;
    },
  };
  return { session: session as unknown as Session, installed, emitter, fake: session };
}

function fakeContents() {
  const emitter = new EventEmitter();
  let windowOpenHandler: Listener | undefined;
  const contents = {
    on: (name: string, listener: Listener) => emitter.on(name, listener),
    setWindowOpenHandler: (handler: Listener) => (windowOpenHandler = handler),
  };
  return {
    contents: contents as unknown as WebContents,
    emitter,
    openWindow: (url: string) => windowOpenHandler?.({ url }),
  };
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('hardenSession', () => {
  it('denies every permission request, check and device', () => {
    const { session, installed } = fakeSession();
    hardenSession(session, { devTools: false });
    const callback = vi.fn();
    installed.request?.({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(installed.check?.(null, 'clipboard-read', 'app://vp', {})).toBe(false);
    expect(installed.device?.({ deviceType: 'usb', origin: 'app://vp' })).toBe(false);
  });

  it.each([
    ['app://vp/index.html', false, false],
    ['https://example.com/tracker.js', false, true],
    ['http://127.0.0.1:5173/', false, true],
    ['file:///etc/passwd', false, true],
    ['devtools://devtools/bundled/inspector.html', false, true],
    ['devtools://devtools/bundled/inspector.html', true, false],
  ])('for %s with devTools %s, cancels: %s', (url, devTools, cancel) => {
    const { session, installed } = fakeSession();
    hardenSession(session, { devTools });
    const callback = vi.fn();
    installed.beforeRequest?.({ url }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel });
  });

  it('turns the spellchecker off', () => {
    const { session, fake } = fakeSession();
    hardenSession(session, { devTools: false });
    expect(fake.spellChecker).toBe(false);
  });

  it('prevents every download', () => {
    const { session, emitter } = fakeSession();
    hardenSession(session, { devTools: false });
    const event = { preventDefault: vi.fn() };
    emitter.emit('will-download', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('hardenWebContents', () => {
  const foreign = [
    'https://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,hi',
    'app://evil/',
    'app://vp.evil.com/',
    'about:blank',
  ];

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'on %s blocks foreign URLs and lets app URLs through',
    (eventName) => {
      const { contents, emitter } = fakeContents();
      hardenWebContents(contents);
      for (const url of foreign) {
        const event = navigationEvent(url);
        emitter.emit(eventName, event);
        expect(event.preventDefault, url).toHaveBeenCalled();
      }
      const own = navigationEvent('app://vp/index.html');
      emitter.emit(eventName, own);
      expect(own.preventDefault).not.toHaveBeenCalled();
    },
  );

  it('prevents every <webview>', () => {
    const { contents, emitter } = fakeContents();
    hardenWebContents(contents);
    const event = { preventDefault: vi.fn() };
    emitter.emit('will-attach-webview', event, {}, { src: 'app://vp/index.html' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it.each(['https://example.com/', 'app://vp/index.html', 'about:blank'])(
    'denies window.open(%s)',
    (url) => {
      const { contents, openWindow } = fakeContents();
      hardenWebContents(contents);
      expect(openWindow(url)).toEqual({ action: 'deny' });
    },
  );
});
