import { describe, expect, it } from 'vitest';
import { api } from './api';
import { apiCalls, isApiCall } from './api-names';

describe('the API call names', () => {
  it('are exactly the calls shared/api.ts defines', () => {
    expect([...apiCalls].sort()).toEqual(Object.keys(api).sort());
    expect(new Set(apiCalls).size).toBe(apiCalls.length);
  });

  it.each([['__proto__'], ['constructor'], ['toString'], ['hasOwnProperty'], [''], [null], [7]])(
    'are not fooled by %s',
    (name) => {
      expect(isApiCall(name)).toBe(false);
    },
  );
});
