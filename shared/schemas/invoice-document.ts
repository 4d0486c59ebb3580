import { z } from 'zod';

/**
 * The anonymised invoice: the only shape an invoice or credit note has on its way out of the
 * machine (PDF, UBL, CSV, preview). It is built by the billing service from a contract and time
 * entries, and the writers in main/exports/ accept nothing else.
 *
 * By construction it has no field for a case, a reporter, a respondent, the date of a single
 * conversation or a sentence from a note: lines and the specification are sums per activity
 * kind and month (and per unit only where the organisation has enough cases, decided before
 * this document is made). Texts are chosen from fixed catalogues by code, never typed from a
 * case. `.strict()` everywhere, so an extra field (a name smuggled in) fails validation.
 *
 * A credit note carries the amounts it credits as positive figures, as a UBL CreditNote does;
 * its kind says they are subtracted.
 *
 * Money is integer euro cents, time integer minutes. All totals are stored as computed by the
 * billing service (VAT per rate over the sum of the lines, as EN 16931 does), so every writer
 * prints the same figures.
 */

const cents = z.number().int().min(-1_000_000_000_00).max(1_000_000_000_00);
const positiveCents = z.number().int().min(0).max(1_000_000_000_00);
const minutes = z.number().int().min(0).max(10_000_000);
const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const optional = (max: number) => z.string().trim().min(1).max(max).nullable();

/** The kinds of work a counsellor bills, as stable codes (screens translate them). */
export const activityKinds = [
  'consult',
  'first_consult',
  'employment_law_advice',
  'information_session',
  'policy_document',
  'complaints_committee',
  'travel_time',
  'other',
] as const;
export type ActivityKind = (typeof activityKinds)[number];
export const activityKindSchema = z.enum(activityKinds);

/** VAT: standard rate (S, e.g. 21 %) or exempt (E, with the reason the law requires). */
export const vatCategories = ['S', 'E'] as const;
export type VatCategory = (typeof vatCategories)[number];

export const vatSchema = z
  .object({
    category: z.enum(vatCategories),
    /** Percent in hundredths: 2100 = 21 %; 0 for exempt. */
    rateBasisPoints: z.number().int().min(0).max(10_000),
    /** Required for E: the legal ground, e.g. "Vrijgesteld van btw (art. 11 Wet OB)". */
    exemptionReason: optional(300),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.category === 'E' && (v.rateBasisPoints !== 0 || v.exemptionReason === null)) {
      ctx.addIssue({ code: 'custom', message: 'exempt VAT needs rate 0 and a reason' });
    }
    if (v.category === 'S' && (v.rateBasisPoints === 0 || v.exemptionReason !== null)) {
      ctx.addIssue({ code: 'custom', message: 'standard VAT needs a rate and no reason' });
    }
  });
export type Vat = z.infer<typeof vatSchema>;

export const postalAddressSchema = z
  .object({
    street: text(200),
    postcode: text(20),
    city: text(100),
    /** ISO 3166-1 alpha-2, e.g. NL. */
    country: z.string().regex(/^[A-Z]{2}$/),
  })
  .strict();

/** The counsellor's own business (from settings). */
export const sellerSchema = z
  .object({
    name: text(200),
    tradingName: optional(200),
    address: postalAddressSchema,
    kvkNumber: z.string().regex(/^\d{8}$/),
    /** Null when the counsellor is exempt from VAT registration (KOR). */
    vatNumber: z
      .string()
      .regex(/^[A-Z]{2}[0-9A-Z]{2,13}$/)
      .nullable(),
    iban: z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/),
    bic: z
      .string()
      .regex(/^[A-Z0-9]{8}([A-Z0-9]{3})?$/)
      .nullable(),
    email: optional(254),
    phone: optional(40),
  })
  .strict();

/** The organisation that pays: the legal entity and its billing contact (never a reporter). */
export const buyerSchema = z
  .object({
    name: text(200),
    address: postalAddressSchema,
    kvkNumber: z
      .string()
      .regex(/^\d{8}$/)
      .nullable(),
    vatNumber: z
      .string()
      .regex(/^[A-Z]{2}[0-9A-Z]{2,13}$/)
      .nullable(),
    contactName: optional(200),
    email: optional(254),
  })
  .strict();

/**
 * What a line is for, as codes: an invoice line's description is made from these by the
 * writer in the document's language, never typed text.
 */
export const lineSubjectSchema = z.discriminatedUnion('kind', [
  /** Hours of one activity kind in the period (minutes after the contract's rounding). */
  z.object({ kind: z.literal('hours'), activity: activityKindSchema }).strict(),
  /** Consults at a fixed fee each. */
  z.object({ kind: z.literal('consult_fee') }).strict(),
  /** The yearly subscription for a calendar year. */
  z
    .object({
      kind: z.literal('subscription'),
      year: z.number().int().min(2000).max(2200),
      /** The employee band it was priced at, e.g. "21–50"; null for a fixed fee. */
      employeeBand: optional(40),
      member: z.boolean(),
    })
    .strict(),
  /** Kilometres for travel costs. */
  z.object({ kind: z.literal('travel_costs') }).strict(),
  /** Planned activities cancelled (billed at the contract's percentage). */
  z.object({ kind: z.literal('cancellation'), activity: activityKindSchema }).strict(),
  /** A free first consult or first hour, as a negative line. */
  z.object({ kind: z.literal('free_first'), activity: activityKindSchema }).strict(),
  /** A one-off amount agreed by quote; its label is chosen from the contract, not a case. */
  z.object({ kind: z.literal('quote'), label: text(120) }).strict(),
]);
export type LineSubject = z.infer<typeof lineSubjectSchema>;

/** UN/ECE Recommendation 20 units used here: hour, minute, piece, kilometre, one (lump sum). */
export const quantityUnits = ['HUR', 'MIN', 'C62', 'KMT', 'LS'] as const;
export type QuantityUnit = (typeof quantityUnits)[number];

export const invoiceLineSchema = z
  .object({
    /** 1, 2, 3… in order. */
    lineNumber: z.number().int().min(1).max(100_000),
    subject: lineSubjectSchema,
    /**
     * The quantity billed, in thousandths of `unit` (so 1.25 hours = 1250, 15 km = 15000),
     * since minutes turn into hours with up to 3 decimals only after 15-minute-like rounding;
     * `amountCents` is what counts.
     */
    quantityMilli: z.number().int().min(-1_000_000_000).max(1_000_000_000),
    unit: z.enum(quantityUnits),
    /** Price per one `unit` in cents (an hourly rate for HUR). */
    unitPriceCents: positiveCents,
    /** The line's net amount: round(quantity × price) half-up, as the billing service made it. */
    amountCents: cents,
    /** Minutes behind an hours line, after rounding (for the specification and checks). */
    minutes: minutes.nullable(),
    vat: vatSchema,
  })
  .strict();
export type InvoiceLine = z.infer<typeof invoiceLineSchema>;

/** One VAT category and rate with its taxable base and tax (EN 16931 BG-23). */
export const vatBreakdownSchema = z
  .object({
    vat: vatSchema,
    taxableCents: cents,
    taxCents: cents,
  })
  .strict();

/**
 * A row of the anonymised specification: minutes and money per month and activity kind, per
 * unit only where allowed ('unit' null = not split by unit; `otherUnits` true = the merged
 * rest, never named).
 */
export const specificationRowSchema = z
  .object({
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    activity: activityKindSchema,
    unitName: optional(100),
    otherUnits: z.boolean(),
    minutes,
    amountCents: cents,
  })
  .strict()
  .refine((r) => !(r.otherUnits && r.unitName !== null), 'merged units are never named');

export const invoiceDocumentSchema = z
  .object({
    kind: z.enum(['invoice', 'credit_note']),
    /** The number in the gap-free series, e.g. 2026-0001; "CONCEPT" on a preview. */
    number: text(30),
    issueDate: isoDate,
    dueDate: isoDate,
    /** The billed period (a month, or a calendar year for a subscription). */
    period: z.object({ start: isoDate, end: isoDate }).strict(),
    /** A credit note refers to the invoice it corrects. */
    corrects: z
      .object({ number: text(30), issueDate: isoDate })
      .strict()
      .nullable(),
    currency: z.literal('EUR'),
    language: z.enum(['nl', 'en']),
    seller: sellerSchema,
    buyer: buyerSchema,
    /** BT-10; NLCIUS needs it or an order reference. */
    buyerReference: optional(100),
    purchaseOrderNumber: optional(100),
    paymentTermDays: z.number().int().min(0).max(365),
    lines: z.array(invoiceLineSchema).min(1).max(10_000),
    vatBreakdown: z.array(vatBreakdownSchema).min(1),
    lineTotalCents: cents,
    taxTotalCents: cents,
    payableCents: cents,
    specification: z.array(specificationRowSchema).max(100_000),
  })
  .strict()
  .superRefine((d, ctx) => {
    const lineSum = d.lines.reduce((s, l) => s + l.amountCents, 0);
    if (lineSum !== d.lineTotalCents) ctx.addIssue({ code: 'custom', message: 'line total' });
    const taxSum = d.vatBreakdown.reduce((s, v) => s + v.taxCents, 0);
    if (taxSum !== d.taxTotalCents) ctx.addIssue({ code: 'custom', message: 'tax total' });
    if (d.lineTotalCents + d.taxTotalCents !== d.payableCents) {
      ctx.addIssue({ code: 'custom', message: 'payable' });
    }
    if ((d.kind === 'credit_note') !== (d.corrects !== null)) {
      ctx.addIssue({ code: 'custom', message: 'a credit note, and only it, corrects an invoice' });
    }
    if (d.period.end < d.period.start) ctx.addIssue({ code: 'custom', message: 'period' });
  });

export type InvoiceDocument = z.infer<typeof invoiceDocumentSchema>;
