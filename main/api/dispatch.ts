import { ZodError, type z } from 'zod';
import { api, isApiCall, type Api, type ApiCall, type ApiOutput } from '../../shared/api';
import { errorMessage, type ErrorCode, type Locale } from '../../shared/errors';
import type { Result } from '../../shared/result';
import { isAppError } from '../errors';

export type Handlers = {
  [K in ApiCall]: (input: z.output<Api[K]['input']>) => Promise<ApiOutput<K>> | ApiOutput<K>;
};

function failure(code: ErrorCode, locale: Locale): Result<never> {
  return { ok: false, error: { code, message: errorMessage(code, locale) } };
}

/**
 * The one way a request from the renderer reaches a service, used by the Electron IPC wiring
 * and by the e2e harness alike: check the call name, validate the input, run the handler,
 * validate the output, and turn every error into a code from the fixed list.
 */
export async function dispatch(
  handlers: Handlers,
  name: unknown,
  rawInput: unknown,
  locale: Locale = 'nl',
): Promise<Result<unknown>> {
  if (!isApiCall(name)) return failure('UNKNOWN_CALL', locale);
  const schema = api[name];
  const parsed = schema.input.safeParse(rawInput ?? {});
  if (!parsed.success) return failure('INVALID_INPUT', locale);
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    const out = schema.output.safeParse(value);
    if (!out.success) {
      reportInternal(name, 'output did not match its schema');
      return failure('INTERNAL', locale);
    }
    return { ok: true, value: out.data };
  } catch (err) {
    if (isAppError(err)) return failure(err.code, locale);
    if (err instanceof ZodError) return failure('INVALID_INPUT', locale);
    reportInternal(name, err instanceof Error ? err.name : typeof err);
    return failure('INTERNAL', locale);
  }
}

/**
 * Logs that a call failed unexpectedly, by call name and error class only: an error's message
 * may quote SQL or case data, so it is never written anywhere.
 */
function reportInternal(call: string, what: string): void {
  console.error(`[vp] ${call} failed unexpectedly (${what})`);
}
