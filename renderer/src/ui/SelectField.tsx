import { useId, type ReactNode, type Ref, type SelectHTMLAttributes } from 'react';
import './choices.css';

export interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  hint?: ReactNode;
  /** The message shown under the field; sets aria-invalid and is announced. */
  error?: string | null;
  /** The <option>s. */
  children: ReactNode;
  ref?: Ref<HTMLSelectElement>;
}

/** A labelled drop-down list, wired like Field (hint and error read with it). */
export function SelectField({
  label,
  hint,
  error,
  className,
  id: givenId,
  ref,
  children,
  ...select
}: SelectFieldProps) {
  const ownId = useId();
  const id = givenId ?? ownId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="field-control">
        <select
          {...select}
          ref={ref}
          id={id}
          className="field-input field-select"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        >
          {children}
        </select>
      </div>
      {error ? (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
