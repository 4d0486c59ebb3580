import { z } from 'zod';

/** Longest secret we accept; longer input is refused rather than hashed, to bound the work. */
const MAX_SECRET = 1024;

/** The minimum length main enforces; the renderer adds a strength meter on top. */
export const MIN_PASSPHRASE_LENGTH = 12;

export const passphraseSchema = z.string().min(1).max(MAX_SECRET);

export const newPassphraseSchema = z.string().min(MIN_PASSPHRASE_LENGTH).max(MAX_SECRET);

/**
 * A recovery code as a person types it: groups of Crockford base32, separated by dashes or
 * spaces, any case. Normalised in main.
 */
export const recoveryCodeSchema = z
  .string()
  .max(200)
  .regex(/^[0-9A-Za-z\s-]+$/);

export const caseFileStateSchema = z.enum(['none', 'locked', 'unlocked']);
export type CaseFileState = z.infer<typeof caseFileStateSchema>;

export const caseFileStatusSchema = z.object({
  state: caseFileStateSchema,
  /** How the current session was unlocked; lets the UI ask for a new passphrase after recovery. */
  unlockedWith: z.enum(['passphrase', 'recoveryCode']).nullable(),
  /** The open file is the demo practice (fictitious data), not the counsellor's own. */
  demo: z.boolean(),
});
export type CaseFileStatus = z.infer<typeof caseFileStatusSchema>;

export const createCaseFileInputSchema = z.object({ passphrase: newPassphraseSchema });

export const createCaseFileOutputSchema = z.object({
  /** Shown once; the app keeps only the data key wrapped under it. */
  recoveryCode: z.string(),
});

export const unlockInputSchema = z.object({ passphrase: passphraseSchema });
export const unlockWithRecoveryCodeInputSchema = z.object({ recoveryCode: recoveryCodeSchema });

export const currentSecretSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('passphrase'), value: passphraseSchema }),
  z.object({ kind: z.literal('recoveryCode'), value: recoveryCodeSchema }),
]);

export const changePassphraseInputSchema = z.object({
  current: currentSecretSchema,
  next: newPassphraseSchema,
});

export const emptySchema = z.object({}).strict();

export const renewRecoveryCodeInputSchema = z.object({ passphrase: passphraseSchema });

export const recoveryCodeStateSchema = z.object({
  /** False until the counsellor confirmed saving the current code (e.g. after a crash). */
  confirmed: z.boolean(),
});
