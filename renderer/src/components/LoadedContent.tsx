import type { ReactNode } from 'react';
import type { ErrorCode } from '../../../shared/errors';
import { Alert, Button } from '../ui';
import { useErrorText } from './useErrorText';

/**
 * What a screen or card shows of something it reads from main: a calm "loading" line, the
 * refusal with a button to try again, its empty state, or its content (a function, so it is
 * only built once there is something to show). The one place this sequence is written.
 */
export function LoadedContent<T>({
  value,
  error,
  onRetry,
  retryText,
  loadingText,
  empty,
  children,
}: {
  /** What was read; null while it is on its way or when it failed. */
  value: T | null;
  error: ErrorCode | null;
  onRetry: () => void;
  retryText: string;
  loadingText: string;
  /** Shown instead of the content when there is nothing; null when there is. */
  empty: ReactNode;
  children: (value: T) => ReactNode;
}) {
  const errors = useErrorText();
  if (value === null) {
    return error ? (
      <Alert
        tone="error"
        testId="error-alert"
        action={
          <Button variant="secondary" onClick={onRetry}>
            {retryText}
          </Button>
        }
      >
        {errors.code(error)}
      </Alert>
    ) : (
      <p className="muted" role="status">
        {loadingText}
      </p>
    );
  }
  return <>{empty ?? children(value)}</>;
}
