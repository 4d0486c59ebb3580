import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../i18n/translate';
import {
  changePassphraseFormSchema,
  countValue,
  firstRunFormSchema,
  organisationFormSchema,
  parseOptions,
  recoveryUnlockFormSchema,
  renewRecoveryFormSchema,
  unitFormSchema,
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

  it('organisation: every refusal of the shared schema is a catalogue key', () => {
    const base = { legalName: 'Stichting Welzijn Oost' };
    expect(messages(organisationFormSchema, base)).toEqual({});
    expect(
      messages(organisationFormSchema, {
        legalName: '  ',
        kvkNumber: '1234 567',
        vatNumber: 'NL123456789B01',
        postcode: '0123 AB',
        billingEmail: 'facturen@',
        country: 'Nederland',
        engagementStart: '2026-02-30',
        notes: 'x'.repeat(20_001),
      }),
    ).toEqual({
      legalName: 'validation.required',
      kvkNumber: 'validation.kvkNumber',
      vatNumber: 'validation.vatNumber',
      billingEmail: 'validation.email',
      country: 'validation.country',
      engagementStart: 'validation.date',
      notes: 'validation.tooLong',
    });
    // Checks that need the whole form come once the fields themselves are right.
    expect(
      messages(organisationFormSchema, {
        ...base,
        postcode: '0123 AB',
        engagementStart: '2026-06-01',
        engagementEnd: '2026-05-31',
      }),
    ).toEqual({ postcode: 'validation.postcode', engagementEnd: 'validation.endBeforeStart' });
  });

  it('organisation: a count that is not a whole number from 0', () => {
    for (const typed of ['veertig', '-3', '2,5', '1.000']) {
      expect(
        messages(organisationFormSchema, { legalName: 'X', employeeCount: countValue(typed) }),
        typed,
      ).toEqual({ employeeCount: 'validation.count' });
    }
    expect(messages(organisationFormSchema, { legalName: 'X', employeeCount: 2_000_000 })).toEqual({
      employeeCount: 'validation.count',
    });
    expect(countValue(' 35 ')).toBe(35);
    expect(countValue('')).toBeNull();
  });

  it('unit: a name is required and not too long', () => {
    expect(messages(unitFormSchema, { name: ' ' })).toEqual({ name: 'validation.required' });
    expect(messages(unitFormSchema, { name: 'x'.repeat(101) })).toEqual({
      name: 'validation.tooLong',
    });
    expect(messages(unitFormSchema, { name: 'Regio Noord' })).toEqual({});
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
      messages(organisationFormSchema, {
        legalName: 7,
        kvkNumber: 12,
        country: null,
        employeeCount: 'veel',
        isMember: 'ja',
        reactionTimeHours: 72,
        engagementEnd: '31-12-2026',
        extra: true,
      }),
    ];
    for (const found of all) {
      for (const message of Object.values(found))
        expect(isMessageKey(message), String(message)).toBe(true);
    }
  });
});
