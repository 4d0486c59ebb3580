import { z } from 'zod';
import {
  isValidDutchPostcode,
  isValidDutchVatNumber,
  normalisePostcode,
} from '../validation/dutch';
import { optionalEmail, optionalKvkNumber, optionalVatNumber } from './business-fields';
import { idSchema, optionalIsoDate, optionalText, requiredText } from './common';

/** The reaction times a contract can promise: first contact within 24 or 48 hours. */
export const reactionTimeHoursSchema = z.union([z.literal(24), z.literal(48)]);

/** Everything the counsellor fills in about an organisation (opdrachtgever). */
export const organisationInputSchema = z
  .object({
    legalName: requiredText(200),
    kvkNumber: optionalKvkNumber,
    vatNumber: optionalVatNumber,
    street: optionalText(200),
    postcode: optionalText(20),
    city: optionalText(100),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'validation.country')
      .default('NL'),
    billingContactName: optionalText(200),
    billingEmail: optionalEmail,
    buyerReference: optionalText(100),
    purchaseOrderNumber: optionalText(100),
    employeeCount: z.number().int().min(0).max(1_000_000).nullable().default(null),
    isMember: z.boolean().default(false),
    reactionTimeHours: reactionTimeHoursSchema.default(48),
    engagementStart: optionalIsoDate,
    engagementEnd: optionalIsoDate,
    notes: z.string().max(20_000, 'validation.tooLong').default(''),
  })
  .strict()
  .transform((o) => ({
    ...o,
    postcode:
      o.postcode !== null && o.country === 'NL' ? normalisePostcode(o.postcode) : o.postcode,
  }))
  .superRefine((o, ctx) => {
    if (o.postcode !== null && o.country === 'NL' && !isValidDutchPostcode(o.postcode)) {
      ctx.addIssue({ code: 'custom', path: ['postcode'], message: 'validation.postcode' });
    }
    if (
      o.vatNumber?.startsWith('NL') &&
      o.country !== 'NL' &&
      !isValidDutchVatNumber(o.vatNumber)
    ) {
      ctx.addIssue({ code: 'custom', path: ['vatNumber'], message: 'validation.vatNumber' });
    }
    if (o.engagementStart && o.engagementEnd && o.engagementEnd < o.engagementStart) {
      ctx.addIssue({
        code: 'custom',
        path: ['engagementEnd'],
        message: 'validation.endBeforeStart',
      });
    }
  });

export type OrganisationInput = z.output<typeof organisationInputSchema>;
export type OrganisationFormValues = z.input<typeof organisationInputSchema>;

export const unitSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  name: z.string(),
  archivedAt: z.string().nullable(),
});
export type Unit = z.infer<typeof unitSchema>;

const organisationFields = {
  id: idSchema,
  legalName: z.string(),
  kvkNumber: z.string().nullable(),
  vatNumber: z.string().nullable(),
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string(),
  billingContactName: z.string().nullable(),
  billingEmail: z.string().nullable(),
  buyerReference: z.string().nullable(),
  purchaseOrderNumber: z.string().nullable(),
  employeeCount: z.number().int().nullable(),
  isMember: z.boolean(),
  reactionTimeHours: reactionTimeHoursSchema,
  engagementStart: z.string().nullable(),
  engagementEnd: z.string().nullable(),
  notes: z.string(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const organisationSchema = z.object({ ...organisationFields, units: z.array(unitSchema) });
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationSummarySchema = z.object({
  id: idSchema,
  legalName: z.string(),
  city: z.string().nullable(),
  kvkNumber: z.string().nullable(),
  isMember: z.boolean(),
  reactionTimeHours: reactionTimeHoursSchema,
  archivedAt: z.string().nullable(),
  unitCount: z.number().int().min(0),
});
export type OrganisationSummary = z.infer<typeof organisationSummarySchema>;

export const listOrganisationsInputSchema = z
  .object({ includeArchived: z.boolean().default(false) })
  .strict();

export const updateOrganisationInputSchema = z
  .object({ id: idSchema, organisation: organisationInputSchema })
  .strict();

export const unitNameSchema = requiredText(100);

export const addUnitInputSchema = z
  .object({ organisationId: idSchema, name: unitNameSchema })
  .strict();

export const renameUnitInputSchema = z.object({ id: idSchema, name: unitNameSchema }).strict();
