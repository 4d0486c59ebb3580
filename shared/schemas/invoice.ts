import { z } from 'zod';
import { idSchema, isoDateSchema } from './common';

/** Invoices as lists show them, and the inputs of the invoice runs. */

export const invoiceSummarySchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  kind: z.enum(['invoice', 'credit_note']),
  source: z.enum(['monthly', 'subscription', 'credit']),
  number: z.string(),
  issueDate: z.string(),
  period: z.object({ start: z.string(), end: z.string() }),
  payableCents: z.number().int(),
  /** For a credit note: the invoice it corrects. */
  correctsNumber: z.string().nullable(),
  /** For an invoice: the credit note that corrected it, if any. */
  creditedByNumber: z.string().nullable(),
  issuedAt: z.string(),
});
export type InvoiceSummary = z.infer<typeof invoiceSummarySchema>;

export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month');
export const yearSchema = z
  .number('validation.year')
  .int('validation.year')
  .min(2000, 'validation.year')
  .max(2200, 'validation.year');

export const monthlyInvoiceInputSchema = z
  .object({ organisationId: idSchema, month: monthSchema, issueDate: isoDateSchema })
  .strict();

export const subscriptionInvoiceInputSchema = z
  .object({ organisationId: idSchema, year: yearSchema, issueDate: isoDateSchema })
  .strict();

export const creditNoteInputSchema = z
  .object({ invoiceId: idSchema, issueDate: isoDateSchema })
  .strict();

export const listInvoicesInputSchema = z
  .object({
    organisationId: idSchema.nullable().default(null),
    year: yearSchema.nullable().default(null),
  })
  .strict();

export const exportFormats = ['pdf', 'ubl', 'csv_invoices', 'csv_hours'] as const;
export const exportInvoiceInputSchema = z
  .object({ invoiceId: idSchema, format: z.enum(exportFormats) })
  .strict();

export const invoiceRunInputSchema = z.object({ month: monthSchema }).strict();

export const invoiceRunItemSchema = z.object({
  organisationId: idSchema,
  organisationName: z.string(),
  unbilledMinutes: z.number().int().min(0),
  unbilledEntries: z.number().int().min(0),
  hasContract: z.boolean(),
  hasSubscription: z.boolean(),
  monthlyInvoiceNumber: z.string().nullable(),
  subscriptionInvoiceNumber: z.string().nullable(),
});
export type InvoiceRunItem = z.infer<typeof invoiceRunItemSchema>;

export const exportListInputSchema = z
  .object({
    organisationId: idSchema.nullable().default(null),
    year: yearSchema,
    format: z.enum(['csv_invoices', 'csv_hours']),
  })
  .strict();

/** What an export will be: shown in full before it is saved. */
export const exportPreviewSchema = z.object({
  fileName: z.string(),
  mediaType: z.enum(['application/pdf', 'application/xml', 'text/csv']),
  /** The bytes, base64: the very file that would be saved. */
  base64: z.string(),
  /** Its text: the XML or CSV itself, or every text drawn into the PDF. */
  text: z.string(),
});
export type ExportPreview = z.infer<typeof exportPreviewSchema>;

export const exportSavedSchema = z.object({
  saved: z.boolean(),
  fileName: z.string().nullable(),
});
