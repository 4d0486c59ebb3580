import { describe, expect, it } from 'vitest';
import { flushPendingWork, registerFlush } from './pendingWork';

describe('pending work before a lock', () => {
  it('runs every registered flush, even when one fails, and forgets removed ones', async () => {
    const ran: string[] = [];
    const removeA = registerFlush(async () => {
      ran.push('a');
    });
    const removeB = registerFlush(() => Promise.reject(new Error('disk full')));
    const removeC = registerFlush(async () => {
      ran.push('c');
    });
    await expect(flushPendingWork()).resolves.toBeUndefined();
    expect(ran.sort()).toEqual(['a', 'c']);

    removeA();
    removeB();
    removeC();
    ran.length = 0;
    await flushPendingWork();
    expect(ran).toEqual([]);
  });
});
