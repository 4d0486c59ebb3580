import { z } from 'zod';
import {
  caseFileStatusSchema,
  changePassphraseInputSchema,
  createCaseFileInputSchema,
  createCaseFileOutputSchema,
  emptySchema,
  recoveryCodeStateSchema,
  renewRecoveryCodeInputSchema,
  unlockInputSchema,
  unlockWithRecoveryCodeInputSchema,
} from './schemas/casefile';
import type { ApiCall } from './api-names';
import type { Result } from './result';

export { apiCalls, IPC_PREFIX, isApiCall, type ApiCall } from './api-names';

/**
 * The whole API between renderer and main. Each call has an input and an output schema; main
 * validates both, the renderer validates input for its messages. Later issues add calls here
 * (and their names in api-names.ts)
 * and a handler in main/api/handlers; the wiring (preload, IPC, e2e harness) is generic.
 */
export const api = {
  getCaseFileStatus: { input: emptySchema, output: caseFileStatusSchema },
  createCaseFile: { input: createCaseFileInputSchema, output: createCaseFileOutputSchema },
  unlock: { input: unlockInputSchema, output: caseFileStatusSchema },
  unlockWithRecoveryCode: {
    input: unlockWithRecoveryCodeInputSchema,
    output: caseFileStatusSchema,
  },
  lock: { input: emptySchema, output: caseFileStatusSchema },
  changePassphrase: { input: changePassphraseInputSchema, output: emptySchema },
  getRecoveryCodeState: { input: emptySchema, output: recoveryCodeStateSchema },
  confirmRecoveryCodeSaved: { input: emptySchema, output: emptySchema },
  renewRecoveryCode: { input: renewRecoveryCodeInputSchema, output: createCaseFileOutputSchema },
} as const satisfies { [K in ApiCall]: { input: z.ZodType; output: z.ZodType } };

export type Api = typeof api;

export type ApiInput<K extends ApiCall> = z.input<Api[K]['input']>;
export type ApiOutput<K extends ApiCall> = z.output<Api[K]['output']>;

/** The shape of window.vp: one async function per call, never throwing. */
export type VpApi = { [K in ApiCall]: (input: ApiInput<K>) => Promise<Result<ApiOutput<K>>> };
