import { describe, expect, it } from 'vitest';
import { en } from './en';
import { lockEn } from './lock.en';
import { lockNl } from './lock.nl';
import { nl } from './nl';
import { translate } from './translate';

/** The texts of the wait after wrong unlock attempts live in lock.nl.ts and lock.en.ts. */
describe('the lock catalogue', () => {
  it('has the same keys in Dutch and English, all in the main catalogues', () => {
    expect(Object.keys(lockEn).sort()).toEqual(Object.keys(lockNl).sort());
    for (const key of Object.keys(lockNl)) {
      expect(Object.prototype.hasOwnProperty.call(nl, key), key).toBe(true);
      expect(Object.prototype.hasOwnProperty.call(en, key), key).toBe(true);
    }
  });

  it('fills in the time left in both languages', () => {
    expect(translate('nl', 'unlock.waitSeconds', { seconds: 8 })).toBe(
      'U kunt het over 8 seconden opnieuw proberen.',
    );
    expect(translate('en', 'unlock.waitMinutes', { time: '4:05' })).toBe(
      'You can try again in 4:05 minutes.',
    );
  });

  it('tells the counsellor the case file is not locked away', () => {
    expect(lockNl['unlock.waitWhy']).toContain('Uw dossier blijft gewoon bewaard');
    expect(translate('nl', 'error.UNLOCK_DELAYED')).toMatch(/even wachten/);
    expect(translate('en', 'error.UNLOCK_DELAYED')).toMatch(/wait a moment/);
  });
});
