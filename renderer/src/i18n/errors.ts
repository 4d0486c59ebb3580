import { errorCodes, errorMessages, type ErrorCode, type Locale } from '../../../shared/errors';

export type ErrorKey = `error.${ErrorCode}`;

/**
 * The messages of shared/errors.ts as catalogue entries `error.<CODE>`, so an error from main
 * is shown in the language the counsellor chose, with exactly main's wording.
 */
export function errorEntries(locale: Locale): Record<ErrorKey, string> {
  return Object.fromEntries(
    errorCodes.map((code) => [`error.${code}`, errorMessages[code][locale]]),
  ) as Record<ErrorKey, string>;
}

export function errorKey(code: ErrorCode): ErrorKey {
  return `error.${code}`;
}
