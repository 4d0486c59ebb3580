import { z } from 'zod';
import {
  createCaseFileInputSchema,
  currentSecretSchema,
  MIN_PASSPHRASE_LENGTH,
  newPassphraseSchema,
  renewRecoveryCodeInputSchema,
  unlockInputSchema,
  unlockWithRecoveryCodeInputSchema,
} from '../../../shared/schemas/casefile';
import { organisationInputSchema, unitNameSchema } from '../../../shared/schemas/organisation';
import type { MessageKey } from '../i18n/nl';
import { isMessageKey, type MessageParams } from '../i18n/translate';

/** The parts of a zod issue the messages depend on. */
interface Issue {
  code?: string;
  input?: unknown;
  minimum?: unknown;
  format?: string;
  origin?: string;
  expected?: string;
}

/**
 * The forms validate with the schemas of shared/ (the same ones main uses), and report every
 * problem as a message key, so the text follows the chosen language.
 */
export function issueMessage(issue: Issue): MessageKey {
  if (issue.input === '' || issue.input === undefined) return 'validation.required';
  // A count (e.g. employees): not a number, not whole, or out of range.
  if (
    issue.origin === 'number' ||
    (issue.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int'))
  ) {
    return 'validation.count';
  }
  switch (issue.code) {
    case 'too_small':
      return issue.minimum === 1 ? 'validation.required' : 'validation.tooShort';
    case 'too_big':
      return 'validation.tooLong';
    case 'invalid_format':
      return 'validation.recoveryCodeFormat';
    default:
      return 'validation.invalid';
  }
}

/** Parse options for zodResolver: zod's own (English) messages are replaced by keys. */
export const parseOptions = {
  error: (issue: Issue) => issueMessage(issue),
};

/** A field error's message as a key with its parameters. */
export function errorText(message: string | undefined): [MessageKey, MessageParams] | null {
  if (message === undefined) return null;
  const key = isMessageKey(message) ? message : 'validation.invalid';
  return [key, { min: MIN_PASSPHRASE_LENGTH }];
}

export const firstRunFormSchema = z
  .object({
    passphrase: createCaseFileInputSchema.shape.passphrase,
    confirm: z.string().min(1),
  })
  .refine((form) => form.passphrase === form.confirm, {
    path: ['confirm'],
    message: 'validation.mismatch' satisfies MessageKey,
  });
export type FirstRunForm = z.input<typeof firstRunFormSchema>;

export const unlockFormSchema = unlockInputSchema;
export type UnlockForm = z.input<typeof unlockFormSchema>;

export const recoveryUnlockFormSchema = unlockWithRecoveryCodeInputSchema;
export type RecoveryUnlockForm = z.input<typeof recoveryUnlockFormSchema>;

export const renewRecoveryFormSchema = renewRecoveryCodeInputSchema;
export type RenewRecoveryForm = z.input<typeof renewRecoveryFormSchema>;

export const changePassphraseFormSchema = z
  .object({
    currentKind: z.enum(['passphrase', 'recoveryCode']),
    current: z.string().min(1),
    next: newPassphraseSchema,
    confirm: z.string().min(1),
  })
  .superRefine((form, ctx) => {
    const current = currentSecretSchema.safeParse({ kind: form.currentKind, value: form.current });
    if (!current.success) {
      const first = current.error.issues[0];
      ctx.addIssue({
        code: 'custom',
        path: ['current'],
        message: issueMessage({ ...first, input: form.current }),
      });
    }
    if (form.next !== form.confirm) {
      ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'validation.mismatch' });
    } else if (form.currentKind === 'passphrase' && form.next === form.current) {
      ctx.addIssue({ code: 'custom', path: ['next'], message: 'validation.sameAsCurrent' });
    }
  });
export type ChangePassphraseForm = z.input<typeof changePassphraseFormSchema>;

/**
 * An organisation (opdrachtgever): the shared schema as is. Text fields hold strings (empty is
 * "not filled in"), the employee count a number or null (see countValue), dates YYYY-MM-DD.
 */
export const organisationFormSchema = organisationInputSchema;
export type OrganisationForm = z.input<typeof organisationFormSchema>;
export type OrganisationFormOutput = z.output<typeof organisationFormSchema>;

/**
 * What a count field's text becomes: null when empty, a number when it is only digits, and
 * NaN otherwise (so the schema reports it rather than the value silently changing).
 */
export function countValue(text: unknown): number | null {
  const trimmed = String(text ?? '').trim();
  if (trimmed === '') return null;
  return /^[0-9]+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** A unit (bedrijfsonderdeel or regio): adding one, or renaming it. */
export const unitFormSchema = z.object({ name: unitNameSchema });
export type UnitForm = z.input<typeof unitFormSchema>;
