import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  isAllowedNavigation,
  isAllowedRequest,
  isAppUrl,
} from './app-url';

const appUrls = [
  'app://vp/',
  'app://vp/index.html',
  APP_ENTRY_URL,
  'app://vp/assets/index-Bx7d9a.js',
  'app://vp/index.html#/cases/12',
  'app://vp/index.html?lang=nl',
  'app://vp/@evil.com',
  // The origin is the app's; traversal is refused by resolveAppAsset, not here.
  'app://vp/%2e%2e/secret',
];

const hostile: [string, unknown][] = [
  ['http', 'http://vp/index.html'],
  ['https', 'https://example.com/'],
  ['https app lookalike', 'https://app.vp/'],
  ['file', 'file:///etc/passwd'],
  ['file on windows', 'file:///C:/Users/vp/casefile.db'],
  ['javascript', 'javascript:alert(1)'],
  ['javascript disguised', 'javascript://vp/%0aalert(1)'],
  ['data', 'data:text/html,<script>alert(1)</script>'],
  ['blob', 'blob:app://vp/1234'],
  ['about:blank', 'about:blank'],
  ['devtools', 'devtools://devtools/bundled/inspector.html'],
  ['chrome', 'chrome://settings'],
  ['ws', 'ws://127.0.0.1:8080/'],
  ['other app host', 'app://evil/'],
  ['suffix host', 'app://vp.evil.com/'],
  ['prefix host', 'app://evilvp/'],
  ['host with dot', 'app://vp./'],
  ['userinfo', 'app://vp@evil.com/'],
  ['userinfo with password', 'app://vp:pw@evil.com/'],
  ['userinfo on app host', 'app://user@vp/'],
  ['port', 'app://vp:8080/'],
  ['empty port', 'app://vp:/'],
  ['no path', 'app://vp'],
  ['no slashes', 'app:vp/index.html'],
  ['one slash', 'app:/vp/index.html'],
  ['three slashes', 'app:///vp/index.html'],
  ['upper-case scheme', 'APP://vp/'],
  ['upper-case host', 'app://VP/'],
  ['encoded host', 'app://%76p/'],
  ['encoded dot in host', 'app://vp%2eevil.com/'],
  ['backslash after host', 'app://vp\\evil.com/'],
  ['backslash in path', 'app://vp/..\\..\\secret'],
  ['leading space', ' app://vp/'],
  ['trailing space', 'app://vp/ '],
  ['tab', 'app://vp/\tindex.html'],
  ['newline', 'app://vp/\nindex.html'],
  ['NUL', 'app://vp/index.html\u0000.js'],
  ['DEL', 'app://vp/\u007f'],
  ['fullwidth letters', 'app://ｖｐ/'],
  ['protocol-relative', '//vp/index.html'],
  ['relative path', '/index.html'],
  ['empty', ''],
  ['undefined', undefined],
  ['null', null],
  ['number', 42],
  ['object', { toString: () => 'app://vp/' }],
  ['URL object', new URL('app://vp/')],
];

describe('isAppUrl', () => {
  it.each(appUrls)('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each(hostile)('rejects %s', (_name, url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('uses the app:// origin the protocol handler serves', () => {
    expect(APP_ORIGIN).toBe('app://vp');
    expect(APP_ENTRY_URL).toBe('app://vp/index.html');
  });
});

describe('isAllowedNavigation', () => {
  it.each(appUrls)('allows %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(true);
  });

  it.each(hostile)('blocks %s', (_name, url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('isAllowedRequest', () => {
  const allowed: [string, string, boolean][] = [
    ['app file', 'app://vp/assets/index.js', false],
    ['data image', 'data:image/png;base64,iVBORw0KGgo=', false],
    ['blob of the app', 'blob:app://vp/6f1c0a52-8d3e-4a0e-9f7c-1b2c3d4e5f60', false],
    ['devtools when enabled', 'devtools://devtools/bundled/inspector.html', true],
  ];
  const cancelled: [string, unknown, boolean][] = [
    ['https', 'https://fonts.googleapis.com/css', true],
    ['http localhost', 'http://127.0.0.1:5173/', true],
    ['websocket', 'wss://example.com/socket', true],
    ['file', 'file:///home/vp/.config/VP%20Dossier/casefile/casefile.db', true],
    ['ftp', 'ftp://example.com/', true],
    ['devtools when disabled', 'devtools://devtools/bundled/inspector.html', false],
    ['devtools remote frontend', 'https://chrome-devtools-frontend.appspot.com/', true],
    ['blob of another origin', 'blob:https://example.com/6f1c0a52', true],
    ['blob of an app lookalike', 'blob:app://vp.evil.com/6f1c0a52', true],
    ['other app host', 'app://evil/index.html', true],
    ['chrome-extension', 'chrome-extension://abc/x.js', true],
    ['not a string', undefined, true],
  ];

  it.each(allowed)('allows %s', (_name, url, devTools) => {
    expect(isAllowedRequest(url, { devTools })).toBe(true);
  });

  it.each(cancelled)('cancels %s', (_name, url, devTools) => {
    expect(isAllowedRequest(url, { devTools })).toBe(false);
  });
});
