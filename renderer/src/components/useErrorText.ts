import type { ErrorCode } from '../../../shared/errors';
import { errorKey, useT } from '../i18n';
import { errorText } from '../lib/forms';

/** Field errors hold message keys (see lib/forms); this turns them into text. */
export function useErrorText() {
  const t = useT();
  return {
    field(error: { message?: string } | undefined): string | undefined {
      const text = errorText(error?.message);
      return text ? t(...text) : undefined;
    },
    code(code: ErrorCode): string {
      return t(errorKey(code));
    },
  };
}
