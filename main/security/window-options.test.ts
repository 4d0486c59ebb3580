import { describe, expect, it } from 'vitest';
import { WINDOW_TITLE, windowOptions } from './window-options';

const preload = '/opt/VP Dossier/resources/app.asar/dist/main/preload.cjs';

describe('windowOptions', () => {
  const required: [string, unknown][] = [
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['enableWebSQL', false],
    ['spellcheck', false],
    ['navigateOnDragDrop', false],
    ['safeDialogs', true],
    ['disableBlinkFeatures', 'Auxclick'],
  ];

  it.each(required)('sets webPreferences.%s to %s, packaged or not', (name, value) => {
    for (const devTools of [false, true]) {
      const prefs = windowOptions(preload, devTools).webPreferences as unknown as Record<
        string,
        unknown
      >;
      expect(prefs[name]).toBe(value);
    }
  });

  it('enables devTools only when asked (unpackaged builds)', () => {
    expect(windowOptions(preload, false).webPreferences.devTools).toBe(false);
    expect(windowOptions(preload, true).webPreferences.devTools).toBe(true);
  });

  it('uses the given preload script', () => {
    expect(windowOptions(preload, false).webPreferences.preload).toBe(preload);
  });

  it('sets nothing else in webPreferences that could loosen them', () => {
    const keys = Object.keys(windowOptions(preload, false).webPreferences).sort();
    expect(keys).toEqual([...required.map(([name]) => name), 'devTools', 'preload'].sort());
  });

  it('opens hidden (shown on ready-to-show) with the Dutch title', () => {
    const options = windowOptions(preload, false);
    expect(options.show).toBe(false);
    expect(options.title).toBe(WINDOW_TITLE);
    expect(WINDOW_TITLE).toBe('VP Dossier');
  });

  it('returns a fresh object each time, so a caller cannot change the next window', () => {
    const first = windowOptions(preload, false);
    (first.webPreferences as { sandbox: boolean }).sandbox = false;
    expect(windowOptions(preload, false).webPreferences.sandbox).toBe(true);
  });
});
