import type { ErrorCode } from './errors';

/** What crosses from main to the renderer: a value, or a coded error with a message for people. */
export type Result<T> =
  { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
