import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../i18n/translate';
import { assess } from './strength';
import { createEstimator } from './strengthEstimator';

const raw = (score: number, warning: string | null = null, suggestions: string[] = []) => ({
  score,
  feedback: { warning, suggestions },
});

describe('assess', () => {
  it('reports an empty passphrase as empty', () => {
    expect(assess('', raw(0))).toMatchObject({ level: 'empty', acceptable: false, missing: 12 });
  });

  it('maps scores to levels', () => {
    const long = 'x'.repeat(12);
    expect(assess(long, raw(0)).level).toBe('weak');
    expect(assess(long, raw(1)).level).toBe('weak');
    expect(assess(long, raw(2)).level).toBe('fair');
    expect(assess(long, raw(3)).level).toBe('strong');
    expect(assess(long, raw(4)).level).toBe('veryStrong');
  });

  it('requires score 3 and 12 characters', () => {
    expect(assess('x'.repeat(12), raw(3)).acceptable).toBe(true);
    expect(assess('x'.repeat(12), raw(2)).acceptable).toBe(false);
    const short = assess('x'.repeat(11), raw(4));
    expect(short.acceptable).toBe(false);
    expect(short.level).toBe('fair');
    expect(short.missing).toBe(1);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(assess('😀'.repeat(11), raw(4)).missing).toBe(1);
  });

  it('turns zxcvbn feedback into catalogue keys and drops unknown ones', () => {
    const a = assess('x'.repeat(12), raw(1, 'straightRow', ['anotherWord', 'madeUp']));
    expect(a.warning).toBe('strength.warning.straightRow');
    expect(a.suggestions).toEqual(['strength.suggestion.anotherWord']);
    expect(assess('x'.repeat(12), raw(1, 'madeUp')).warning).toBeNull();
  });
});

describe('the zxcvbn estimator', () => {
  const estimate = createEstimator();

  it.each(['wachtwoord123', 'Welkom01!', 'qwertyuiop123', 'vertrouwenspersoon', 'Amsterdam2024!'])(
    'refuses %s',
    (passphrase) => {
      expect(estimate(passphrase).acceptable).toBe(false);
    },
  );

  it.each([
    'de kat slaapt graag op de warme vensterbank',
    'paars fietsje zingt onder de brug',
    'correct horse battery staple',
  ])('accepts %s', (passphrase) => {
    expect(estimate(passphrase).acceptable).toBe(true);
  });

  it('gives feedback that the catalogues can show', () => {
    for (const passphrase of [
      'aaaaaaaaaaaa',
      'abcdefghijkl',
      'qwertyuiopas',
      'Jan Jansen',
      '01-02-2023',
    ]) {
      const a = estimate(passphrase);
      for (const key of [a.warning, ...a.suggestions]) {
        if (key !== null) expect(isMessageKey(key)).toBe(true);
      }
    }
  });

  it('knows Dutch words (English lists alone rate these very strong)', () => {
    expect(estimate('ziekenhuisopname').acceptable).toBe(false);
    expect(estimate('gemeentehuis12').acceptable).toBe(false);
  });
});
