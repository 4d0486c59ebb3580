import { z } from 'zod';
import { activityKindSchema } from './invoice-document';
import { idSchema, isoDateSchema } from './common';

/**
 * A time entry: minutes of one kind of work for one organisation on one day, which the
 * monthly invoice bills (nacalculatie). It has no free text on purpose: whatever the engine
 * reads from it may end up, summed, on an invoice for the employer. The case it belongs to
 * stays here, for the counsellor's own overview; invoices never see it.
 *
 * A case's first conversation is recorded with activity 'first_consult' (see contract.ts for
 * what that makes free).
 */

const optionalId = idSchema.nullish().transform((v) => v ?? null);

export const timeEntryInputSchema = z
  .object({
    organisationId: idSchema,
    /** The department or region; null when the work was for the organisation as a whole. */
    unitId: optionalId,
    caseId: optionalId,
    date: isoDateSchema,
    /** The work's length, or the planned length of a cancelled activity. */
    minutes: z
      .number('validation.minutes')
      .int('validation.minutes')
      .min(1, 'validation.minutes')
      .max(1440, 'validation.minutes'),
    activity: activityKindSchema,
    /** Kilometres driven for it (travel costs, where the contract bills them). */
    kilometres: z
      .number('validation.count')
      .int('validation.count')
      .min(0, 'validation.count')
      .max(10_000, 'validation.count')
      .default(0),
    /** A planned activity that did not take place, not through the counsellor's fault. */
    cancelled: z.boolean().default(false),
  })
  .strict();
export type TimeEntryInput = z.output<typeof timeEntryInputSchema>;
export type TimeEntryFormValues = z.input<typeof timeEntryInputSchema>;

export const updateTimeEntryInputSchema = z
  .object({ id: idSchema, entry: timeEntryInputSchema })
  .strict();

/** A stored time entry. `invoiceId` is set once an issued invoice bills it: then it is locked. */
export const timeEntrySchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  unitId: idSchema.nullable(),
  caseId: idSchema.nullable(),
  date: z.string(),
  minutes: z.number().int(),
  activity: activityKindSchema,
  kilometres: z.number().int(),
  cancelled: z.boolean(),
  invoiceId: idSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TimeEntry = z.output<typeof timeEntrySchema>;

export const listTimeEntriesInputSchema = z
  .object({
    organisationId: idSchema.nullable().default(null),
    caseId: idSchema.nullable().default(null),
    from: isoDateSchema,
    to: isoDateSchema,
  })
  .strict()
  .refine((f) => f.from <= f.to, { path: ['to'], message: 'validation.endBeforeStart' });
