import type { ErrorCode } from '../shared/errors';

/**
 * An error main may report to the renderer. Only its code crosses the IPC boundary; the
 * renderer gets the message for that code, never this error's own text.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'AppError';
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
