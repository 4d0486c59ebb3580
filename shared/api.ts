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
import { byIdSchema } from './schemas/common';
import {
  addUnitInputSchema,
  listOrganisationsInputSchema,
  organisationInputSchema,
  organisationSchema,
  organisationSummarySchema,
  renameUnitInputSchema,
  updateOrganisationInputSchema,
} from './schemas/organisation';
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
  listOrganisations: {
    input: listOrganisationsInputSchema,
    output: z.array(organisationSummarySchema),
  },
  getOrganisation: { input: byIdSchema, output: organisationSchema },
  createOrganisation: { input: organisationInputSchema, output: organisationSchema },
  updateOrganisation: { input: updateOrganisationInputSchema, output: organisationSchema },
  archiveOrganisation: { input: byIdSchema, output: organisationSchema },
  restoreOrganisation: { input: byIdSchema, output: organisationSchema },
  addUnit: { input: addUnitInputSchema, output: organisationSchema },
  renameUnit: { input: renameUnitInputSchema, output: organisationSchema },
  archiveUnit: { input: byIdSchema, output: organisationSchema },
  restoreUnit: { input: byIdSchema, output: organisationSchema },
} as const satisfies { [K in ApiCall]: { input: z.ZodType; output: z.ZodType } };

export type Api = typeof api;

export type ApiInput<K extends ApiCall> = z.input<Api[K]['input']>;
export type ApiOutput<K extends ApiCall> = z.output<Api[K]['output']>;

/** The shape of window.vp: one async function per call, never throwing. */
export type VpApi = { [K in ApiCall]: (input: ApiInput<K>) => Promise<Result<ApiOutput<K>>> };
