import type { ReactNode, Ref } from 'react';
import { fromInputValue, toInputValue } from '../lib/datetime';
import { Field } from '../ui';

/** What a half-typed date and time becomes: not a moment, so the schema reports it. */
const INCOMPLETE = 'incomplete';

/**
 * A date and time (datetime-local) whose value in the form is the moment as main takes it:
 * ISO text with the local offset. Empty is null when `optional`, else '' (which the schema
 * refuses with its own message).
 */
export function DateTimeField({
  label,
  hint,
  error,
  value,
  onChange,
  onBlur,
  optional = false,
  name,
  readOnly,
  className,
  ref,
  testId,
}: {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  optional?: boolean;
  name?: string;
  readOnly?: boolean;
  className?: string;
  ref?: Ref<HTMLInputElement>;
  testId?: string;
}) {
  return (
    <Field
      type="datetime-local"
      className={className}
      label={label}
      hint={hint}
      error={error}
      name={name}
      ref={ref}
      readOnly={readOnly}
      data-testid={testId}
      value={toInputValue(value)}
      onChange={(event) => {
        const typed = event.target.value;
        if (typed !== '') onChange(fromInputValue(typed));
        else if (event.target.validity.badInput) onChange(INCOMPLETE);
        else onChange(optional ? null : '');
      }}
      onBlur={onBlur}
    />
  );
}
