import { z } from 'zod';
import {
  isValidDutchPostcode,
  isValidIban,
  normaliseIban,
  normalisePostcode,
} from '../validation/dutch';
import { optionalEmail, optionalVatNumber, requiredKvkNumber } from './business-fields';
import { optionalText, requiredText } from './common';

/**
 * The counsellor's own practice: the seller on every invoice, and the choices that shape what
 * leaves the machine (e-invoice profile, the small-number threshold). Kept in the encrypted
 * case file's settings.
 */

/** The smallest count shown on its own in an export; below it counts are merged or hidden. */
export const DEFAULT_ANONYMITY_THRESHOLD = 5;

const iban = requiredText(42).transform(normaliseIban).refine(isValidIban, 'validation.iban');

const bic = optionalText(11)
  .transform((v) => (v === null ? null : v.replace(/\s+/g, '').toUpperCase()))
  .refine((v) => v === null || /^[A-Z0-9]{8}([A-Z0-9]{3})?$/.test(v), 'validation.bic');

export const practiceSettingsInputSchema = z
  .object({
    name: requiredText(200),
    tradingName: optionalText(200),
    street: requiredText(200),
    postcode: requiredText(20),
    city: requiredText(100),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'validation.country')
      .default('NL'),
    kvkNumber: requiredKvkNumber,
    /** Empty when the practice uses the small-business scheme (KOR) and charges no VAT. */
    vatNumber: optionalVatNumber,
    iban,
    bic,
    email: optionalEmail,
    phone: optionalText(40),
    paymentTermDays: z
      .number()
      .int()
      .min(0, 'validation.invalid')
      .max(365, 'validation.invalid')
      .default(30),
    /** SI-UBL 2.0 (NLCIUS) for Dutch packages, or Peppol BIS Billing 3.0. */
    eInvoiceProfile: z.enum(['nlcius', 'peppol']).default('nlcius'),
    invoiceLanguage: z.enum(['nl', 'en']).default('nl'),
    anonymityThreshold: z
      .number()
      .int()
      .min(2, 'validation.invalid')
      .max(50, 'validation.invalid')
      .default(DEFAULT_ANONYMITY_THRESHOLD),
  })
  .strict()
  .transform((p) => ({
    ...p,
    postcode: p.country === 'NL' ? normalisePostcode(p.postcode) : p.postcode,
  }))
  .superRefine((p, ctx) => {
    if (p.country === 'NL' && !isValidDutchPostcode(p.postcode)) {
      ctx.addIssue({ code: 'custom', path: ['postcode'], message: 'validation.postcode' });
    }
  });

export type PracticeSettingsInput = z.output<typeof practiceSettingsInputSchema>;
export type PracticeSettingsFormValues = z.input<typeof practiceSettingsInputSchema>;

/** As stored; null until the counsellor fills them in (invoices wait for them). */
export const practiceSettingsSchema = z
  .object({
    name: z.string(),
    tradingName: z.string().nullable(),
    street: z.string(),
    postcode: z.string(),
    city: z.string(),
    country: z.string(),
    kvkNumber: z.string(),
    vatNumber: z.string().nullable(),
    iban: z.string(),
    bic: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    paymentTermDays: z.number().int(),
    eInvoiceProfile: z.enum(['nlcius', 'peppol']),
    invoiceLanguage: z.enum(['nl', 'en']),
    anonymityThreshold: z.number().int(),
    updatedAt: z.string(),
  })
  .strict();
export type PracticeSettings = z.infer<typeof practiceSettingsSchema>;

/** The logo for PDFs: PNG or JPEG, base64, at most 1 MB. */
export const practiceLogoInputSchema = z
  .object({
    mediaType: z.enum(['image/png', 'image/jpeg']),
    base64: z
      .string()
      .max(1_400_000, 'validation.logoTooLarge')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'validation.invalid'),
  })
  .strict();
