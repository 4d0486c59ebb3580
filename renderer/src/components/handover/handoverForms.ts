import { z } from 'zod';
import {
  exportHandoverInputSchema,
  importHandoverInputSchema,
} from '../../../../shared/schemas/handover';
import type { HandoverCandidate } from '../../../../shared/schemas/handover';
import type { MessageKey } from '../../i18n';

/**
 * The handover forms validate with the schemas of shared/handover.ts, as main does; the
 * cases are chosen in a table beside the form, so only the passphrase and consent are here.
 */
export const handoverExportFormSchema = z
  .object({
    passphrase: exportHandoverInputSchema.shape.passphrase,
    confirm: z.string().min(1),
    // A plain boolean here, so an unticked box is a message of its own, not "invalid".
    reportersConsented: z.boolean().refine((v) => v, {
      message: 'handover.export.consentRequired' satisfies MessageKey,
    }),
  })
  .refine((form) => form.passphrase === form.confirm, {
    path: ['confirm'],
    message: 'validation.mismatch' satisfies MessageKey,
  });
export type HandoverExportForm = z.input<typeof handoverExportFormSchema>;

export const handoverImportFormSchema = importHandoverInputSchema;
export type HandoverImportForm = z.input<typeof handoverImportFormSchema>;

/** The open cases whose number or organisation contains what was typed (any case). */
export function matchingCandidates(
  candidates: readonly HandoverCandidate[],
  query: string,
): HandoverCandidate[] {
  const wanted = query.trim().toLocaleLowerCase('nl');
  if (wanted === '') return [...candidates];
  return candidates.filter(
    (c) =>
      c.caseNumber.toLocaleLowerCase('nl').includes(wanted) ||
      c.organisationName.toLocaleLowerCase('nl').includes(wanted) ||
      (c.unitName ?? '').toLocaleLowerCase('nl').includes(wanted),
  );
}
