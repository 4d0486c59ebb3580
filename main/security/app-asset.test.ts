import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppAsset } from './app-asset';

const root = '/opt/VP Dossier/resources/app.asar/dist/renderer';

describe('resolveAppAsset', () => {
  const served: [string, string][] = [
    ['app://vp/', 'index.html'],
    ['app://vp/index.html', 'index.html'],
    ['app://vp/index.html?x=1#/cases', 'index.html'],
    ['app://vp/assets/index-Bx7d9a.js', 'assets/index-Bx7d9a.js'],
    ['app://vp/assets/index-Bx7d9a.css', 'assets/index-Bx7d9a.css'],
    ['app://vp/fonts/Inter%20Regular.woff2', 'fonts/Inter Regular.woff2'],
    ['app://vp/assets/caf%C3%A9.svg', 'assets/café.svg'],
    ['app://vp/..foo.js', '..foo.js'],
  ];

  it.each(served)('maps %s inside the renderer folder', (url, file) => {
    expect(resolveAppAsset(root, url)).toBe(path.join(root, file));
  });

  const hostile: [string, unknown][] = [
    ['dot-dot', 'app://vp/../etc/passwd'],
    ['dot-dot deep', 'app://vp/assets/../../../../etc/passwd'],
    ['dot-dot at the end', 'app://vp/assets/..'],
    ['single dot', 'app://vp/./index.html'],
    ['encoded dot-dot', 'app://vp/%2e%2e/etc/passwd'],
    ['encoded dot-dot upper-case', 'app://vp/%2E%2E/etc/passwd'],
    ['half-encoded dot-dot', 'app://vp/.%2e/etc/passwd'],
    ['encoded single dot', 'app://vp/%2e/index.html'],
    ['double-encoded dot-dot', 'app://vp/%252e%252e/etc/passwd'],
    ['encoded slash', 'app://vp/assets%2f..%2f..%2fetc%2fpasswd'],
    ['encoded slash upper-case', 'app://vp/..%2F..%2Fetc%2Fpasswd'],
    ['encoded backslash', 'app://vp/..%5c..%5cwindows%5cwin.ini'],
    ['backslash', 'app://vp/..\\..\\windows\\win.ini'],
    ['absolute path as segment', 'app://vp//etc/passwd'],
    ['encoded absolute path', 'app://vp/%2fetc%2fpasswd'],
    ['windows drive', 'app://vp/C:/Windows/win.ini'],
    ['encoded windows drive', 'app://vp/C%3A%5CWindows%5Cwin.ini'],
    ['UNC path', 'app://vp/%5c%5cserver%5cshare'],
    ['alternate data stream', 'app://vp/index.html::$DATA'],
    ['NUL byte', 'app://vp/index.html%00.png'],
    ['raw NUL byte', 'app://vp/index.html\u0000.png'],
    ['control character', 'app://vp/index%0a.html'],
    ['trailing dot (Windows drops it)', 'app://vp/..%2e'],
    ['trailing space (Windows drops it)', 'app://vp/..%20'],
    ['triple dot', 'app://vp/...'],
    ['empty segment', 'app://vp/assets//index.js'],
    ['directory', 'app://vp/assets/'],
    ['malformed escape', 'app://vp/%E0%A4%A'],
    ['lone percent', 'app://vp/100%'],
    ['other origin', 'app://evil/index.html'],
    ['lookalike origin', 'app://vp.evil.com/index.html'],
    ['userinfo', 'app://vp@evil/index.html'],
    ['https', 'https://vp/index.html'],
    ['file', 'file:///etc/passwd'],
    ['no path', 'app://vp'],
    ['not a string', undefined],
  ];

  it.each(hostile)('refuses %s', (_name, url) => {
    expect(resolveAppAsset(root, url)).toBeNull();
  });

  it('stays inside a Windows renderer folder', () => {
    const winRoot = 'C:\\Program Files\\VP Dossier\\resources\\app.asar\\dist\\renderer';
    expect(resolveAppAsset(winRoot, 'app://vp/assets/a.js', path.win32)).toBe(
      `${winRoot}\\assets\\a.js`,
    );
    expect(resolveAppAsset(winRoot, 'app://vp/', path.win32)).toBe(`${winRoot}\\index.html`);
    for (const [, url] of hostile) expect(resolveAppAsset(winRoot, url, path.win32)).toBeNull();
  });

  it('never leaves the folder of a sibling with the same prefix', () => {
    // root + sep, not root alone: /dist/renderer-secrets must not pass as inside /dist/renderer.
    expect(resolveAppAsset('/dist/renderer', 'app://vp/..%2frenderer-secrets%2fa.js')).toBeNull();
    expect(resolveAppAsset('/dist/renderer', 'app://vp/../renderer-secrets/a.js')).toBeNull();
  });

  it('resolves a relative root to an absolute path', () => {
    expect(resolveAppAsset('dist/renderer', 'app://vp/index.html')).toBe(
      path.resolve('dist/renderer/index.html'),
    );
  });
});

describe('contentTypeFor', () => {
  const known: [string, string][] = [
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-a1.js', 'text/javascript; charset=utf-8'],
    ['assets/index-a1.CSS', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['icon.png', 'image/png'],
    ['fonts/inter.woff2', 'font/woff2'],
  ];
  it.each(known)('serves %s as %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });

  it.each(['casefile.db', 'keyfile.json.bak', 'run.exe', 'script.sh', 'noext', '.env', 'x.map'])(
    'serves no %s',
    (file) => {
      expect(contentTypeFor(file)).toBeNull();
    },
  );

  it('does not look up inherited object keys', () => {
    expect(contentTypeFor('x.constructor')).toBeNull();
    expect(contentTypeFor('x.__proto__')).toBeNull();
  });
});
