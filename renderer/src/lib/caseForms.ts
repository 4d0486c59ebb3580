import type { DefaultValues } from 'react-hook-form';
import type { z } from 'zod';
import {
  addFollowUpInputSchema,
  addReferralInputSchema,
  changeStatusInputSchema,
  intakeInputSchema,
  noteInputSchema,
  type CaseDetail,
  type IntakeFormValues,
  type Note,
} from '../../../shared/schemas/case';
import type { MessageKey } from '../i18n/nl';
import { issueMessage } from './forms';

/**
 * The forms of a case validate with the shared schemas as they are (the same ones main uses);
 * only the messages differ: a choice not made says "Maak een keuze", not "invalid".
 */
interface CaseIssue {
  code?: string;
  input?: unknown;
  path?: readonly PropertyKey[];
  minimum?: unknown;
  format?: string;
  origin?: string;
  expected?: string;
}

export function caseIssueMessage(issue: CaseIssue): MessageKey {
  const field = issue.path?.at(-1);
  if (field === 'durationMinutes') return 'case.validation.duration';
  if (field === 'organisationId') return 'case.validation.organisation';
  const missing = issue.input === undefined || issue.input === null || issue.input === '';
  if (missing && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return 'case.validation.choose';
  }
  return issueMessage(issue);
}

/** Parse options for zodResolver on the case forms (see lib/forms.ts for the pattern). */
export const caseParseOptions = {
  error: (issue: CaseIssue) => caseIssueMessage(issue),
};

// ---------- Intake ----------

export const intakeFormSchema = intakeInputSchema;
export type IntakeForm = IntakeFormValues;
export type IntakeFormOutput = z.output<typeof intakeFormSchema>;

/**
 * A new intake: the request is now, the reporter an employee who is not anonymous; what
 * needs a deliberate choice (organisation, channel, kinds, consent) starts empty.
 */
export function emptyIntakeForm(requestedAt: string): DefaultValues<IntakeForm> {
  return {
    organisationId: undefined,
    unitId: null,
    requestedAt,
    firstContactAt: null,
    channel: undefined,
    reporter: { anonymous: false, name: '', phone: '', email: '', otherContact: '' },
    reporterRole: 'employee',
    behaviours: [],
    respondentRelation: null,
    reporterWishes: '',
    consent: undefined,
  };
}

/** A case's intake as its edit form starts. */
export function intakeFormValues(c: CaseDetail): IntakeForm {
  return {
    organisationId: c.organisationId,
    unitId: c.unitId,
    requestedAt: c.requestedAt,
    firstContactAt: c.firstContactAt,
    channel: c.channel,
    reporter: {
      anonymous: c.reporter.anonymous,
      name: c.reporter.name ?? '',
      phone: c.reporter.phone ?? '',
      email: c.reporter.email ?? '',
      otherContact: c.reporter.otherContact ?? '',
    },
    reporterRole: c.reporterRole,
    behaviours: [...c.behaviours],
    respondentRelation: c.respondentRelation,
    reporterWishes: c.reporterWishes,
    consent: c.consent,
  };
}

// ---------- Notes, status, referrals, follow-ups ----------

export const noteFormSchema = noteInputSchema;
export type NoteForm = z.input<typeof noteFormSchema>;
export type NoteFormOutput = z.output<typeof noteFormSchema>;

export function emptyNoteForm(occurredAt: string): NoteForm {
  return { kind: 'conversation', occurredAt, durationMinutes: 45, body: '' };
}

export function noteFormValues(note: Note): NoteForm {
  return {
    kind: note.kind,
    occurredAt: note.occurredAt,
    durationMinutes: note.durationMinutes,
    body: note.body,
  };
}

export const closeFormSchema = changeStatusInputSchema;
export type CloseForm = z.input<typeof closeFormSchema>;
export type CloseFormOutput = z.output<typeof closeFormSchema>;

export const referralFormSchema = addReferralInputSchema;
export type ReferralForm = z.input<typeof referralFormSchema>;
export type ReferralFormOutput = z.output<typeof referralFormSchema>;

export const followUpFormSchema = addFollowUpInputSchema;
export type FollowUpForm = z.input<typeof followUpFormSchema>;
export type FollowUpFormOutput = z.output<typeof followUpFormSchema>;

/**
 * What a minutes field's text becomes: a number when it is only digits, else NaN (so the
 * schema reports it rather than the value silently changing).
 */
export function minutesValue(text: unknown): number {
  const trimmed = String(text ?? '').trim();
  return /^[0-9]+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

// ---------- Drafts ----------

/** Objects with their keys sorted, so equal values always give the same text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * A form's draft as stored by saveDraft: its values, in a wrapper that can grow. Equal values
 * give equal text, so "nothing changed since the last save" is a comparison of strings.
 */
export function draftContent(values: unknown): string {
  return JSON.stringify({ v: 1, values: canonical(values) });
}

/** The values of a stored draft, or null when the text is not a draft this app wrote. */
export function draftValues(content: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(content);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'values' in parsed &&
      typeof parsed.values === 'object' &&
      parsed.values !== null &&
      !Array.isArray(parsed.values)
    ) {
      return parsed.values as Record<string, unknown>;
    }
  } catch {
    // Not JSON: not a draft.
  }
  return null;
}

/**
 * A draft laid over a form's starting values: only the keys the form has, nested objects
 * (the reporter) merged one level deep, so an older draft never adds or drops a field.
 */
export function mergeDraft<T extends object>(base: T, draft: Record<string, unknown>): T {
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const key of Object.keys(base)) {
    if (!(key in draft)) continue;
    const current = (base as Record<string, unknown>)[key];
    const saved = draft[key];
    if (
      current !== null &&
      typeof current === 'object' &&
      !Array.isArray(current) &&
      saved !== null &&
      typeof saved === 'object' &&
      !Array.isArray(saved)
    ) {
      result[key] = { ...current, ...(saved as object) };
    } else {
      result[key] = saved;
    }
  }
  return result as T;
}
