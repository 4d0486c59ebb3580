import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './ipc-sender';

describe('isTrustedSender', () => {
  it.each(['app://vp/index.html', 'app://vp/', 'app://vp/index.html#/cases/3'])(
    'trusts the top frame at %s',
    (url) => {
      expect(isTrustedSender(url, true)).toBe(true);
    },
  );

  const refused: [string, unknown, unknown][] = [
    ['a subframe of the app', 'app://vp/index.html', false],
    ['unknown frame position', 'app://vp/index.html', undefined],
    ['truthy but not true', 'app://vp/index.html', 1],
    ['a frame that is gone', undefined, true],
    ['a null frame url', null, true],
    ['an empty url (about:blank child)', '', true],
    ['about:blank', 'about:blank', true],
    ['a remote page', 'https://example.com/', true],
    ['a local file', 'file:///tmp/evil.html', true],
    ['a data url', 'data:text/html,hi', true],
    ['the e2e harness origin', 'http://127.0.0.1:4173/', true],
    ['another app host', 'app://evil/index.html', true],
    ['an app lookalike', 'app://vp.evil.com/index.html', true],
    ['userinfo trick', 'app://vp@evil/index.html', true],
    ['devtools', 'devtools://devtools/bundled/inspector.html', true],
    ['a remote subframe', 'https://example.com/', false],
  ];

  it.each(refused)('refuses %s', (_name, url, isTopFrame) => {
    expect(isTrustedSender(url, isTopFrame)).toBe(false);
  });
});
