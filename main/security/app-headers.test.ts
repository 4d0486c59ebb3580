import { describe, expect, it } from 'vitest';
import { appResponseHeaders } from './app-headers';
import { CONTENT_SECURITY_POLICY } from './csp';

describe('appResponseHeaders', () => {
  const headers = appResponseHeaders('text/html; charset=utf-8');

  it.each([
    ['Content-Type', 'text/html; charset=utf-8'],
    ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Cache-Control', 'no-store'],
  ])('sets %s to %s', (name, value) => {
    expect(headers[name]).toBe(value);
  });

  it('opens nothing up: no CORS header', () => {
    expect(Object.keys(headers).some((name) => /^access-control-/i.test(name))).toBe(false);
  });
});
