import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate';
import { waitMessage } from './unlockWait';

const say = (ms: number) => {
  const { key, params } = waitMessage(ms);
  return translate('nl', key, params);
};

describe('the wait as the unlock screen says it', () => {
  it('rounds up to whole seconds, never saying zero', () => {
    expect(say(1)).toBe('U kunt het over 1 seconde opnieuw proberen.');
    expect(say(1_000)).toBe('U kunt het over 1 seconde opnieuw proberen.');
    expect(say(1_001)).toBe('U kunt het over 2 seconden opnieuw proberen.');
    expect(say(59_000)).toBe('U kunt het over 59 seconden opnieuw proberen.');
  });

  it('says minutes as m:ss from a minute on', () => {
    expect(say(60_000)).toBe('U kunt het over 1:00 minuten opnieuw proberen.');
    expect(say(245_500)).toBe('U kunt het over 4:06 minuten opnieuw proberen.');
    expect(say(300_000)).toBe('U kunt het over 5:00 minuten opnieuw proberen.');
  });
});
