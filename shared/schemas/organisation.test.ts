import { describe, expect, it } from 'vitest';
import { organisationInputSchema } from './organisation';

const minimal = { legalName: 'Stichting Welzijn Oost' };

function messagesFor(values: Record<string, unknown>): Record<string, string> {
  const result = organisationInputSchema.safeParse({ ...minimal, ...values });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('organisation input', () => {
  it('needs only a legal name and fills sensible defaults', () => {
    expect(organisationInputSchema.parse(minimal)).toMatchObject({
      legalName: 'Stichting Welzijn Oost',
      kvkNumber: null,
      country: 'NL',
      isMember: false,
      reactionTimeHours: 48,
      employeeCount: null,
      notes: '',
    });
  });

  it.each([
    [{ legalName: '   ' }, 'legalName', 'validation.required'],
    [{ kvkNumber: '1234567' }, 'kvkNumber', 'validation.kvkNumber'],
    [{ vatNumber: 'NL001234567B01' }, 'vatNumber', 'validation.vatNumber'],
    [{ vatNumber: 'hallo' }, 'vatNumber', 'validation.vatNumber'],
    [{ postcode: '0123 AB' }, 'postcode', 'validation.postcode'],
    [{ billingEmail: 'facturen@' }, 'billingEmail', 'validation.email'],
    [{ engagementStart: '2026-02-30' }, 'engagementStart', 'validation.date'],
    [
      { engagementStart: '2026-06-01', engagementEnd: '2026-05-31' },
      'engagementEnd',
      'validation.endBeforeStart',
    ],
    [{ country: 'Nederland' }, 'country', 'validation.country'],
  ])('refuses %o at %s with %s', (values, path, message) => {
    expect(messagesFor(values)[path]).toBe(message);
  });

  it.each([
    [{ reactionTimeHours: 72 }, 'reactionTimeHours'],
    [{ employeeCount: -1 }, 'employeeCount'],
    [{ employeeCount: 2.5 }, 'employeeCount'],
    [{ sneaky: 'field' }, ''],
  ])('refuses %o', (values, path) => {
    expect(Object.keys(messagesFor(values))).toContain(path);
  });

  it('accepts a foreign address without a Dutch postcode, and a foreign VAT id', () => {
    expect(
      organisationInputSchema.parse({
        ...minimal,
        country: 'be',
        postcode: 'B-2000',
        vatNumber: 'BE 0123.456.789',
      }),
    ).toMatchObject({ country: 'BE', postcode: 'B-2000', vatNumber: 'BE0123456789' });
  });
});
