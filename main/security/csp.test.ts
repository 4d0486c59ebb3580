import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((part) => {
    const [name = '', ...values] = part.trim().split(/\s+/);
    return [name, values] as const;
  }),
);

describe('CONTENT_SECURITY_POLICY', () => {
  it.each([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'none'"]],
  ])('restricts %s to %j', (name, values) => {
    expect(directives.get(name)).toEqual(values);
  });

  it.each(["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", 'http:', 'https:', '*'])(
    'never allows %s',
    (source) => {
      expect(CONTENT_SECURITY_POLICY).not.toContain(source);
    },
  );
});
