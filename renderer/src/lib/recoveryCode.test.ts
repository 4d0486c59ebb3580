import { describe, expect, it } from 'vitest';
import {
  confirmsRecoveryCode,
  lastGroup,
  normaliseTypedCode,
  recoveryCodeGroups,
} from './recoveryCode';

const CODE = '7KQ2-M9XD-0ABC-1DEF-GH23-JK45-MN67-PQ8R';

describe('recovery code helpers', () => {
  it('splits the code into its groups', () => {
    expect(recoveryCodeGroups(CODE)).toHaveLength(8);
    expect(lastGroup(CODE)).toBe('PQ8R');
  });

  it('normalises as main does', () => {
    expect(normaliseTypedCode(' pq8r ')).toBe('PQ8R');
    expect(normaliseTypedCode('o-i-l')).toBe('011');
  });

  it('accepts the last group or the whole code, in any case or spacing', () => {
    expect(confirmsRecoveryCode('PQ8R', CODE)).toBe(true);
    expect(confirmsRecoveryCode('pq8r', CODE)).toBe(true);
    expect(confirmsRecoveryCode(CODE.toLowerCase().replace(/-/g, ' '), CODE)).toBe(true);
    expect(confirmsRecoveryCode('7kq2m9xdoabc1defgh23jk45mn67pq8r', CODE)).toBe(true);
  });

  it('refuses anything else', () => {
    expect(confirmsRecoveryCode('', CODE)).toBe(false);
    expect(confirmsRecoveryCode('   ', CODE)).toBe(false);
    expect(confirmsRecoveryCode('7KQ2', CODE)).toBe(false);
    expect(confirmsRecoveryCode('PQ8', CODE)).toBe(false);
    expect(confirmsRecoveryCode('PQ8RX', CODE)).toBe(false);
    expect(confirmsRecoveryCode('PQ8R', '')).toBe(false);
  });
});
