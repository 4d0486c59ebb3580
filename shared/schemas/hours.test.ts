import { describe, expect, it } from 'vitest';
import { timeEntryInputSchema } from './hours';

const minimal = { organisationId: 4, date: '2026-03-10', minutes: 50, activity: 'consult' };

function messagesFor(values: Record<string, unknown>): Record<string, string> {
  const result = timeEntryInputSchema.safeParse({ ...minimal, ...values });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('time entry input', () => {
  it('fills defaults: no unit, no case, no kilometres, not cancelled', () => {
    expect(timeEntryInputSchema.parse(minimal)).toEqual({
      ...minimal,
      unitId: null,
      caseId: null,
      kilometres: 0,
      cancelled: false,
    });
  });

  it.each([
    [{ minutes: 0 }, 'minutes', 'validation.minutes'],
    [{ minutes: 1441 }, 'minutes', 'validation.minutes'],
    [{ minutes: 12.5 }, 'minutes', 'validation.minutes'],
    [{ kilometres: -1 }, 'kilometres', 'validation.count'],
    [{ date: '2026-02-29' }, 'date', 'validation.date'],
  ])('refuses %o at %s with %s', (values, path, message) => {
    expect(messagesFor(values)[path]).toBe(message);
  });

  it('accepts a whole day and the bounds', () => {
    expect(messagesFor({ minutes: 1440 })).toEqual({});
    expect(messagesFor({ minutes: 1 })).toEqual({});
  });

  it('has no free text: a description is refused', () => {
    expect(
      timeEntryInputSchema.safeParse({ ...minimal, description: 'gesprek met J.' }).success,
    ).toBe(false);
  });

  it('needs an organisation, and takes unit and case as optional', () => {
    expect(timeEntryInputSchema.safeParse({ ...minimal, organisationId: undefined }).success).toBe(
      false,
    );
    expect(timeEntryInputSchema.parse({ ...minimal, unitId: 2, caseId: 9 })).toMatchObject({
      unitId: 2,
      caseId: 9,
    });
  });
});
