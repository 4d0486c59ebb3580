import { z } from 'zod';
import { caseStatuses } from './case';
import { newPassphraseSchema, passphraseSchema } from './casefile';
import { idSchema } from './common';

/**
 * Handover (overdracht): open cases passed to a successor counsellor in a package of their
 * own, a new case file encrypted under a passphrase for the successor that is told out of
 * band. Only folder names cross to the renderer, never a path; the passphrase goes one way
 * and is never answered back.
 */

/** At most this many cases in one package: a counsellor's whole open practice fits easily. */
export const MAX_HANDOVER_CASES = 1000;

/** An open case the counsellor may hand over, with when it was handed over before, if ever. */
export const handoverCandidateSchema = z.object({
  id: idSchema,
  caseNumber: z.string(),
  organisationName: z.string(),
  unitName: z.string().nullable(),
  requestedAt: z.string(),
  status: z.enum(caseStatuses),
  /** The last time this case went into a handover package (UTC ISO); null when never. */
  handedOverAt: z.string().nullable(),
});
export type HandoverCandidate = z.infer<typeof handoverCandidateSchema>;

export const exportHandoverInputSchema = z
  .object({
    caseIds: z
      .array(idSchema)
      .min(1, 'validation.required')
      .max(MAX_HANDOVER_CASES)
      .refine((ids) => new Set(ids).size === ids.length, 'validation.invalid'),
    /** The successor's passphrase for the package: as strong as a case file's own. */
    passphrase: newPassphraseSchema,
    /**
     * DOMAIN.md: a case passes to a successor only with its reporter's consent. The counsellor
     * confirms they have it; anything but true is refused.
     */
    reportersConsented: z.literal(true),
  })
  .strict();
export type ExportHandoverInput = z.input<typeof exportHandoverInputSchema>;

export const exportHandoverOutputSchema = z.object({
  /** False when the counsellor cancelled the folder dialog; nothing was written then. */
  saved: z.boolean(),
  /** The package folder made inside the chosen folder (its name, never its path). */
  folderName: z.string().nullable(),
  /** The case numbers in the package. */
  cases: z.array(z.string()),
});

export const importHandoverInputSchema = z
  .object({
    /** The passphrase the departing counsellor gave for this package. */
    passphrase: passphraseSchema,
  })
  .strict();

export const renumberedCaseSchema = z.object({
  /** The number the case had with the departing counsellor. */
  from: z.string(),
  /** Its number in this case file, because `from` was taken already. */
  to: z.string(),
});

export const importHandoverOutputSchema = z.object({
  /** False when the counsellor cancelled the folder dialog; nothing changed then. */
  imported: z.boolean(),
  folderName: z.string().nullable(),
  /** The case numbers as they are in this case file now. */
  cases: z.array(z.string()),
  renumbered: z.array(renumberedCaseSchema),
  /** Organisations that were not in this case file yet and were added. */
  organisationsAdded: z.array(z.string()),
});
export type ImportHandoverOutput = z.infer<typeof importHandoverOutputSchema>;
