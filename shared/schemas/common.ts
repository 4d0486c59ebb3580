import { z } from 'zod';

/**
 * Building blocks for input schemas. Messages of refinements are catalogue keys of the
 * renderer ('validation.*'), so a form shows them in the counsellor's language; main only
 * needs to know that validation failed.
 */

/**
 * No NUL characters in names and short texts: nobody types one, and SQLite's text functions
 * stop at it, so the database's own checks (`length(name) > 0`) would refuse "\0x" as empty
 * after this schema had accepted it.
 */
const hasNoNul = (v: string) => !v.includes('\u0000');

/** Optional free text: trimmed, and empty becomes null so "not filled in" has one form. */
export function optionalText(max: number) {
  return z
    .string()
    .max(max, 'validation.tooLong')
    .refine(hasNoNul, 'validation.invalid')
    .nullish()
    .transform((v) => {
      const trimmed = v?.trim() ?? '';
      return trimmed === '' ? null : trimmed;
    });
}

export function requiredText(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(max, 'validation.tooLong')
    .refine(hasNoNul, 'validation.invalid');
}

/** A calendar date as YYYY-MM-DD that exists (no 31 February). */
export const isoDateSchema = z.iso.date('validation.date');

export const optionalIsoDate = z
  .union([isoDateSchema, z.literal('')])
  .nullish()
  .transform((v) => (v ? v : null));

export const idSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const byIdSchema = z.object({ id: idSchema }).strict();

/** A moment, as the renderer sends it (with offset); stored as UTC ISO text. */
export const instantSchema = z.iso
  .datetime({ offset: true, message: 'validation.dateTime' })
  .transform((v) => new Date(v).toISOString());
