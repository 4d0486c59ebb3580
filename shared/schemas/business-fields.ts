import { z } from 'zod';
import {
  isPlausibleForeignVatNumber,
  isValidDutchVatNumber,
  isValidKvkNumber,
  normaliseKvkNumber,
  normaliseVatNumber,
} from '../validation/dutch';
import { optionalText, requiredText } from './common';

/**
 * The fields a business has on an invoice, checked the same way for the organisations that
 * pay and for the counsellor's own practice: normalised first (spaces, capitals), then checked
 * with the Dutch rules, each failure with its own catalogue message.
 */

export const optionalKvkNumber = optionalText(20)
  .transform((v) => (v === null ? null : normaliseKvkNumber(v)))
  .refine((v) => v === null || isValidKvkNumber(v), 'validation.kvkNumber');

export const requiredKvkNumber = requiredText(20)
  .transform(normaliseKvkNumber)
  .refine(isValidKvkNumber, 'validation.kvkNumber');

/** A Dutch VAT number with its check, or a plausible one of another EU country. */
export const optionalVatNumber = optionalText(20)
  .transform((v) => (v === null ? null : normaliseVatNumber(v)))
  .refine(
    (v) => v === null || isValidDutchVatNumber(v) || isPlausibleForeignVatNumber(v),
    'validation.vatNumber',
  );

export const optionalEmail = optionalText(254).refine(
  (v) => v === null || z.email().safeParse(v).success,
  'validation.email',
);
