import { describe, expect, it } from 'vitest';
import { errorCodes, errorMessages } from '../../../shared/errors';
import { en } from './en';
import { errorKey } from './errors';
import { nl } from './nl';
import { isMessageKey, translate } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('nl and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('have no empty strings', () => {
    for (const [locale, catalogue] of Object.entries({ nl, en })) {
      for (const [key, text] of Object.entries(catalogue)) {
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('carry every error code with the wording of shared/errors.ts', () => {
    for (const code of errorCodes) {
      expect(nl[errorKey(code)]).toBe(errorMessages[code].nl);
      expect(en[errorKey(code)]).toBe(errorMessages[code].en);
    }
  });

  it('say "Het wachtwoord klopt niet" for a wrong passphrase in Dutch', () => {
    expect(translate('nl', 'error.WRONG_PASSPHRASE')).toMatch(/^Het wachtwoord klopt niet/);
  });

  it('contain no technical words a counsellor should not see', () => {
    for (const text of [...Object.values(nl), ...Object.values(en)]) {
      expect(text).not.toMatch(/\b(error|exception|stack|null|undefined|IPC|SQL)\b/i);
    }
  });
});

describe('translate', () => {
  it('fills in {name} placeholders', () => {
    expect(translate('nl', 'validation.tooShort', { min: 12 })).toBe('Gebruik minstens 12 tekens.');
    expect(translate('en', 'strength.needMore', { count: 3 })).toBe('3 more characters needed.');
  });

  it('leaves unknown placeholders as they are', () => {
    expect(translate('nl', 'validation.tooShort', { other: 1 })).toContain('{min}');
  });

  it('returns the text unchanged without params', () => {
    expect(translate('en', 'unlock.title')).toBe('Unlock case file');
  });

  it('recognises catalogue keys', () => {
    expect(isMessageKey('unlock.title')).toBe(true);
    expect(isMessageKey('no.such.key')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});
