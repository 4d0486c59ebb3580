import { useId, type ReactNode, type Ref } from 'react';

export interface RadioOption<V> {
  value: V;
  label: string;
}

export interface RadioGroupProps<V extends string | number | boolean> {
  /** The question the options answer, as the fieldset's legend. */
  legend: string;
  hint?: ReactNode;
  /** The message shown under the options; announced. */
  error?: string | null;
  /** The radios' name; unique within the form. */
  name: string;
  options: readonly RadioOption<V>[];
  value: V | null | undefined;
  onChange: (value: V) => void;
  onBlur?: () => void;
  disabled?: boolean;
  /** Given to the first radio, so a form can move focus to the group. */
  ref?: Ref<HTMLInputElement>;
}

/**
 * A labelled group of radio buttons (a fieldset with legend), each option a large target with
 * its own label. Controlled: the value is compared with ===, so it may be a number or boolean.
 */
export function RadioGroup<V extends string | number | boolean>({
  legend,
  hint,
  error,
  name,
  options,
  value,
  onChange,
  onBlur,
  disabled,
  ref,
}: RadioGroupProps<V>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="field radio-group" aria-describedby={describedBy}>
      <legend className="field-label">{legend}</legend>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="choice-group">
        {options.map((option, index) => (
          <label key={String(option.value)} className="choice">
            <input
              ref={index === 0 ? ref : undefined}
              type="radio"
              name={name}
              value={String(option.value)}
              checked={value === option.value}
              disabled={disabled}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(option.value)}
              onBlur={onBlur}
            />
            {option.label}
          </label>
        ))}
      </div>
      {error ? (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
