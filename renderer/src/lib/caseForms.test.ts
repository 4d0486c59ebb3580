import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import {
  caseParseOptions,
  closeFormSchema,
  draftContent,
  draftValues,
  emptyIntakeForm,
  emptyNoteForm,
  intakeFormSchema,
  mergeDraft,
  minutesValue,
  noteFormSchema,
} from './caseForms';

/** The messages of a failed parse, by field path. */
function messages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
  );
}

const complete = {
  ...emptyIntakeForm('2026-11-23T14:05:00+01:00'),
  organisationId: 3,
  channel: 'phone',
  behaviours: ['bullying'],
  consent: 'nothing',
};

describe('the intake form', () => {
  it('accepts a complete intake with the shared schema', () => {
    const result = intakeFormSchema.safeParse(complete, caseParseOptions);
    expect(result.success).toBe(true);
    expect(result.data?.requestedAt).toBe('2026-11-23T13:05:00.000Z');
    // "Not filled in" reaches main as null.
    expect(result.data?.reporter).toEqual({
      anonymous: false,
      name: null,
      phone: null,
      email: null,
      otherContact: null,
    });
  });

  it('asks for every choice not made, in words a counsellor reads', () => {
    const result = intakeFormSchema.safeParse(
      emptyIntakeForm('2026-11-23T14:05:00+01:00'),
      caseParseOptions,
    );
    expect(messages(result)).toEqual({
      organisationId: 'case.validation.organisation',
      channel: 'case.validation.choose',
      behaviours: 'validation.behaviourRequired',
      consent: 'case.validation.choose',
    });
  });

  it('keeps the messages of the shared schema itself', () => {
    const result = intakeFormSchema.safeParse(
      {
        ...complete,
        requestedAt: 'incomplete',
        firstContactAt: null,
        reporter: { ...complete.reporter, email: 'geen adres' },
      },
      caseParseOptions,
    );
    expect(messages(result)).toEqual({
      requestedAt: 'validation.dateTime',
      'reporter.email': 'validation.email',
    });
    const early = intakeFormSchema.safeParse(
      { ...complete, firstContactAt: '2026-11-22T09:00:00+01:00' },
      caseParseOptions,
    );
    expect(messages(early)).toEqual({ firstContactAt: 'validation.firstContactBeforeRequest' });
  });

  it('has every message it can give in both catalogues', () => {
    for (const key of [
      'case.validation.choose',
      'case.validation.organisation',
      'case.validation.duration',
    ] as const) {
      expect(nl[key]).toBeTruthy();
      expect(en[key]).toBeTruthy();
    }
  });
});

describe('the note and closing forms', () => {
  it('reads the minutes as a whole number, or reports them', () => {
    expect(minutesValue(' 45 ')).toBe(45);
    expect(Number.isNaN(minutesValue('drie kwartier'))).toBe(true);
    expect(Number.isNaN(minutesValue(''))).toBe(true);
    const note = emptyNoteForm('2026-11-23T14:05:00+01:00');
    expect(noteFormSchema.safeParse(note, caseParseOptions).success).toBe(true);
    for (const durationMinutes of [Number.NaN, -1, 1441, 2.5]) {
      const result = noteFormSchema.safeParse({ ...note, durationMinutes }, caseParseOptions);
      expect(messages(result)).toEqual({ durationMinutes: 'case.validation.duration' });
    }
  });

  it('will not close a case without an outcome', () => {
    const base = { id: 1, status: 'closed', at: '2026-11-23T14:05:00+01:00', outcome: null };
    expect(messages(closeFormSchema.safeParse(base, caseParseOptions))).toEqual({
      outcome: 'validation.outcomeRequired',
    });
    expect(
      closeFormSchema.safeParse({ ...base, outcome: 'informal_solution' }, caseParseOptions)
        .success,
    ).toBe(true);
  });
});

describe('drafts', () => {
  it('writes equal values as equal text, whatever the order of their keys', () => {
    expect(draftContent({ b: 1, a: { d: [2], c: 'x' } })).toBe(
      draftContent({ a: { c: 'x', d: [2] }, b: 1 }),
    );
    expect(draftContent({ a: 1 })).not.toBe(draftContent({ a: 2 }));
  });

  it('reads back only drafts this app wrote', () => {
    expect(draftValues(draftContent({ body: 'Tekst' }))).toEqual({ body: 'Tekst' });
    expect(draftValues('not json')).toBeNull();
    expect(draftValues('{"values":[1,2]}')).toBeNull();
    expect(draftValues('null')).toBeNull();
  });

  it('lays a draft over the form without adding or dropping fields', () => {
    const base = emptyIntakeForm('2026-11-23T14:05:00+01:00');
    const merged = mergeDraft(base, {
      channel: 'email',
      reporter: { name: 'Sanne' },
      unknownField: 'weg',
    });
    expect(merged.channel).toBe('email');
    expect(merged.reporter).toEqual({ ...base.reporter, name: 'Sanne' });
    expect(merged.requestedAt).toBe(base.requestedAt);
    expect('unknownField' in merged).toBe(false);
  });
});
