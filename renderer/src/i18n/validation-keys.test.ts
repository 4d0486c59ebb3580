/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { nl } from './nl';

/**
 * The shared schemas report problems as catalogue keys ('validation.*'), which the forms show
 * in the counsellor's language. Every such key written anywhere in shared/schemas must exist
 * here, or a form would show the bare key. The files are read as text (Vite's ?raw import, as
 * the renderer's tests have no file system), so a key in a branch no test reaches counts too.
 */
const sources = import.meta.glob<string>(
  ['../../../shared/schemas/*.ts', '!../../../shared/schemas/*.test.ts'],
  { query: '?raw', import: 'default', eager: true },
);

function validationKeys(text: string): string[] {
  return [...text.matchAll(/['"`](validation\.[A-Za-z0-9_.]+)['"`]/g)].map((m) => m[1] ?? '');
}

describe('validation keys of the shared schemas', () => {
  it('reads the schema files', () => {
    const files = Object.keys(sources).map((path) => path.split('/').at(-1));
    expect(files).toContain('common.ts');
    expect(files).toContain('organisation.ts');
    expect(files.some((file) => file?.endsWith('.test.ts'))).toBe(false);
  });

  it('finds the keys the organisation schema uses', () => {
    const found = Object.values(sources).flatMap(validationKeys);
    for (const key of ['validation.kvkNumber', 'validation.vatNumber', 'validation.required']) {
      expect(found).toContain(key);
    }
  });

  it('are all in the catalogue', () => {
    const missing = Object.entries(sources).flatMap(([path, text]) =>
      validationKeys(text)
        .filter((key) => !Object.prototype.hasOwnProperty.call(nl, key))
        .map((key) => `${path}: ${key}`),
    );
    expect(missing).toEqual([]);
  });
});
