import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../i18n/translate';
import {
  changePassphraseFormSchema,
  firstRunFormSchema,
  parseOptions,
  recoveryUnlockFormSchema,
  renewRecoveryFormSchema,
  unlockFormSchema,
} from './forms';

function messages(
  schema: { safeParse: (v: unknown, o: typeof parseOptions) => unknown },
  value: unknown,
) {
  const result = schema.safeParse(value, parseOptions) as {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  };
  if (result.success) return {};
  return Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('form schemas report catalogue keys', () => {
  it('first run: required, too short, mismatch', () => {
    expect(messages(firstRunFormSchema, { passphrase: '', confirm: '' })).toEqual({
      passphrase: 'validation.required',
      confirm: 'validation.required',
    });
    expect(messages(firstRunFormSchema, { passphrase: 'kort', confirm: 'kort' })).toEqual({
      passphrase: 'validation.tooShort',
    });
    expect(
      messages(firstRunFormSchema, { passphrase: 'een lange zin hier', confirm: 'iets anders' }),
    ).toEqual({ confirm: 'validation.mismatch' });
    expect(
      messages(firstRunFormSchema, {
        passphrase: 'een lange zin hier',
        confirm: 'een lange zin hier',
      }),
    ).toEqual({});
  });

  it('unlock: an empty passphrase is required', () => {
    expect(messages(unlockFormSchema, { passphrase: '' })).toEqual({
      passphrase: 'validation.required',
    });
  });

  it('recovery unlock: empty or malformed', () => {
    expect(messages(recoveryUnlockFormSchema, { recoveryCode: '' })).toEqual({
      recoveryCode: 'validation.required',
    });
    expect(messages(recoveryUnlockFormSchema, { recoveryCode: 'ABCD/EFGH' })).toEqual({
      recoveryCode: 'validation.recoveryCodeFormat',
    });
  });

  it('new recovery code: the passphrase is required', () => {
    expect(messages(renewRecoveryFormSchema, { passphrase: '' })).toEqual({
      passphrase: 'validation.required',
    });
    expect(messages(renewRecoveryFormSchema, { passphrase: 'mijn wachtwoord' })).toEqual({});
  });

  it('change passphrase: mismatch, same as current, bad recovery code', () => {
    const base = {
      currentKind: 'passphrase',
      current: 'oude zin van mij',
      next: 'nieuwe lange zin',
      confirm: 'nieuwe lange zin',
    };
    expect(messages(changePassphraseFormSchema, base)).toEqual({});
    expect(messages(changePassphraseFormSchema, { ...base, confirm: 'x' })).toEqual({
      confirm: 'validation.mismatch',
    });
    expect(
      messages(changePassphraseFormSchema, { ...base, next: base.current, confirm: base.current }),
    ).toEqual({ next: 'validation.sameAsCurrent' });
    expect(
      messages(changePassphraseFormSchema, {
        ...base,
        currentKind: 'recoveryCode',
        current: 'ab/cd',
      }),
    ).toEqual({ current: 'validation.recoveryCodeFormat' });
  });

  it("never reports zod's own English text", () => {
    const all = [
      messages(firstRunFormSchema, { passphrase: 5, confirm: null }),
      messages(changePassphraseFormSchema, {
        currentKind: 'x',
        current: '',
        next: 'a'.repeat(2000),
        confirm: '',
      }),
    ];
    for (const found of all) {
      for (const message of Object.values(found))
        expect(isMessageKey(message), String(message)).toBe(true);
    }
  });
});
