import { z } from 'zod';
import { activityKinds, type ActivityKind } from './invoice-document';
import { idSchema, isoDateSchema, optionalIsoDate, requiredText } from './common';

/**
 * A contract: how the counsellor bills one organisation in a period. It expresses every row
 * of DOMAIN.md's billing table (the seed providers' price lists are templates in
 * main/services/billing/templates.ts). Prices are integer euro cents excluding VAT, time is
 * integer minutes; the billing engine in main/services/billing reads nothing else.
 *
 * Rules the engine applies, decided here so forms, engine and invoices agree:
 * - Minute rounding applies to each time entry before it is priced (so "per begun quarter"
 *   means each conversation, and the specification rows add up to the invoice lines).
 * - A first consult is a time entry with activity 'first_consult'. It is consult work, priced
 *   with the consult terms; the activity only marks it as a case's first conversation, so
 *   the invoice needs no case identity. `freeFirst` says what is free about it: the whole
 *   first consult (Nassaupraktijk) or its first hour (knowledge base), once per entry, i.e.
 *   once per reporter's case in practice.
 * - A cancelled entry (planned activity cancelled, not the counsellor's fault) is billed at
 *   `cancellationPercent` of its price; a cancelled first consult is free when the contract
 *   makes first consults or first hours free.
 */

/** Whole cents, zero or more: a price, rate or fee (max €10 million). */
const cents = z
  .number('validation.amount')
  .int('validation.amount')
  .min(0, 'validation.amount')
  .max(1_000_000_000, 'validation.amount');

const count = (max: number) =>
  z
    .number('validation.count')
    .int('validation.count')
    .min(0, 'validation.count')
    .max(max, 'validation.count');

/**
 * A price with an optional lower price for members of the provider's association
 * (Auxilium). `memberCents` null: everyone pays `cents`, and the invoice never says
 * "ledentarief".
 */
export const priceSchema = z
  .object({ cents, memberCents: cents.nullable().default(null) })
  .strict();
export type Price = z.output<typeof priceSchema>;

const hourly = z.object({ billing: z.literal('hourly'), ratePerHour: priceSchema }).strict();
const notBilled = z.object({ billing: z.literal('not_billed') }).strict();
/** A fixed fee per consult, whatever its length (Veilig en Vertrouwd). */
const perConsult = z.object({ billing: z.literal('per_consult'), fee: priceSchema }).strict();

/** How one kind of work is billed: per hour, or not at all (e.g. Insieme's travel time). */
export const activityTermsSchema = z.discriminatedUnion('billing', [hourly, notBilled]);
/** Consult work may also be billed at a fixed fee per consult. */
export const consultTermsSchema = z.discriminatedUnion('billing', [hourly, perConsult, notBilled]);
export type ActivityTerms = z.output<typeof consultTermsSchema>;

/** The activity kinds a contract prices: all but 'first_consult', which is priced as consult. */
export const pricedActivityKinds = activityKinds.filter(
  (a): a is Exclude<ActivityKind, 'first_consult'> => a !== 'first_consult',
);
export type PricedActivityKind = (typeof pricedActivityKinds)[number];

/** The kind whose terms price an entry: a first consult is consult work. */
export function pricedActivity(activity: ActivityKind): PricedActivityKind {
  return activity === 'first_consult' ? 'consult' : activity;
}

export const activitiesSchema = z
  .object({
    consult: consultTermsSchema,
    employment_law_advice: activityTermsSchema,
    information_session: activityTermsSchema,
    policy_document: activityTermsSchema,
    complaints_committee: activityTermsSchema,
    travel_time: activityTermsSchema,
    other: activityTermsSchema,
  })
  .strict() satisfies z.ZodType<Record<PricedActivityKind, ActivityTerms>>;

/**
 * An employee band of a yearly subscription, both ends included: 10–20 and 21–50 do not
 * overlap. `maxEmployees` null is the open top band; the brochure's "100+" after "51–100" is
 * therefore 101 and more.
 */
export const employeeBandSchema = z
  .object({
    minEmployees: count(1_000_000),
    maxEmployees: count(1_000_000).nullable(),
    price: priceSchema,
  })
  .strict()
  .refine((b) => b.maxEmployees === null || b.maxEmployees >= b.minEmployees, {
    path: ['maxEmployees'],
    message: 'validation.bandRange',
  });
export type EmployeeBand = z.output<typeof employeeBandSchema>;

/** The yearly subscription per calendar year (no refund when cancelled mid-year). */
export const subscriptionTermsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }).strict(),
  z.object({ kind: z.literal('fixed'), price: priceSchema }).strict(),
  z
    .object({
      kind: z.literal('banded'),
      bands: z.array(employeeBandSchema).min(1, 'validation.required').max(20),
    })
    .strict()
    .superRefine((s, ctx) => {
      // Ascending, no overlap, only the last band open: so at most one band fits a count.
      s.bands.forEach((band, i) => {
        const previous = s.bands[i - 1];
        if (
          previous &&
          (previous.maxEmployees === null || band.minEmployees <= previous.maxEmployees)
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['bands', i, 'minEmployees'],
            message: 'validation.bandOverlap',
          });
        }
      });
    }),
]);
export type SubscriptionTerms = z.output<typeof subscriptionTermsSchema>;

/** Minute rounding of each time entry: none, up to the next step, or to the nearest step. */
export const minuteRoundingSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('none') }).strict(),
  z.object({ mode: z.literal('up'), stepMinutes: count(60).min(1, 'validation.count') }).strict(),
  z
    .object({ mode: z.literal('nearest'), stepMinutes: count(60).min(1, 'validation.count') })
    .strict(),
]);
export type MinuteRounding = z.output<typeof minuteRoundingSchema>;

/** 21 % (standard, S) or exempt (E) with the legal ground the invoice must print. */
export const contractVatSchema = z.discriminatedUnion('category', [
  z
    .object({
      category: z.literal('S'),
      rateBasisPoints: z
        .number('validation.invalid')
        .int('validation.invalid')
        .min(1, 'validation.invalid')
        .max(10_000, 'validation.invalid')
        .default(2100),
    })
    .strict(),
  z.object({ category: z.literal('E'), exemptionReason: requiredText(300) }).strict(),
]);
export type ContractVat = z.output<typeof contractVatSchema>;

/**
 * A one-off amount agreed by quote (a workshop, a complaints committee, a stand-alone policy
 * document). It is billed on the monthly invoice of its date. Its label is printed on the
 * invoice, so it names the work, never a person.
 */
export const quoteSchema = z
  .object({
    label: requiredText(120),
    amountCents: cents,
    date: isoDateSchema,
  })
  .strict();
export type Quote = z.output<typeof quoteSchema>;

export const freeFirstKinds = ['none', 'first_consult', 'first_hour'] as const;
export type FreeFirst = (typeof freeFirstKinds)[number];

/** The billing rules of a contract, without its organisation and validity (templates). */
const termsShape = {
  subscription: subscriptionTermsSchema,
  activities: activitiesSchema,
  /** Free per first consult entry: all of it, its first 60 minutes, or nothing. */
  freeFirst: z.enum(freeFirstKinds).default('none'),
  /** Travel costs per kilometre; null when kilometres are not billed. */
  kilometreRateCents: cents.max(10_000, 'validation.amount').nullable().default(null),
  cancellationPercent: count(100).default(0),
  quotes: z.array(quoteSchema).max(200).default([]),
  rounding: minuteRoundingSchema.default({ mode: 'none' }),
  vat: contractVatSchema,
  paymentTermDays: count(365).default(30),
};

type TermsShape = z.output<z.ZodObject<typeof termsShape>>;

function checkTerms(t: TermsShape, ctx: z.RefinementCtx): void {
  // A free hour comes off hours; a consult at a fixed fee has none to take it from.
  if (t.freeFirst === 'first_hour' && t.activities.consult.billing !== 'hourly') {
    ctx.addIssue({
      code: 'custom',
      path: ['freeFirst'],
      message: 'validation.freeFirstHourNeedsHourly',
    });
  }
}

export const contractTermsSchema = z.object(termsShape).strict().superRefine(checkTerms);
export type ContractTerms = z.output<typeof contractTermsSchema>;
export type ContractTermsFormValues = z.input<typeof contractTermsSchema>;

/** Everything the counsellor fills in for a contract of one organisation. */
export const contractInputSchema = z
  .object({
    organisationId: idSchema,
    validFrom: isoDateSchema,
    /** Null: open-ended. */
    validUntil: optionalIsoDate,
    ...termsShape,
  })
  .strict()
  .superRefine((c, ctx) => {
    checkTerms(c, ctx);
    if (c.validUntil !== null && c.validUntil < c.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'validation.endBeforeStart' });
    }
    c.quotes.forEach((q, i) => {
      if (q.date < c.validFrom || (c.validUntil !== null && q.date > c.validUntil)) {
        ctx.addIssue({
          code: 'custom',
          path: ['quotes', i, 'date'],
          message: 'validation.outsideContract',
        });
      }
    });
  });
export type ContractInput = z.output<typeof contractInputSchema>;
export type ContractFormValues = z.input<typeof contractInputSchema>;

/** A stored contract. */
export const contractSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  ...termsShape,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contract = z.output<typeof contractSchema>;

export const updateContractInputSchema = z
  .object({ id: idSchema, contract: contractInputSchema })
  .strict();

export const listContractsInputSchema = z.object({ organisationId: idSchema }).strict();

/** A seed provider's price list to start a contract from. */
export const contractTemplateSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  note: z.string(),
  /** Fields with a placeholder amount the counsellor must fill in. */
  toFillIn: z.array(z.string()),
  terms: contractTermsSchema,
});
