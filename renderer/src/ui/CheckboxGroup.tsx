import { useId, type ReactNode, type Ref } from 'react';
import './choices.css';

export interface CheckboxOption<V extends string> {
  value: V;
  label: string;
}

export interface CheckboxGroupProps<V extends string> {
  /** What the options have in common, as the fieldset's legend. */
  legend: string;
  hint?: ReactNode;
  /** The message shown under the options; announced. */
  error?: string | null;
  options: readonly CheckboxOption<V>[];
  /** The values checked, of this group and possibly others (only this group's are shown). */
  value: readonly V[];
  onChange: (value: V[]) => void;
  onBlur?: () => void;
  disabled?: boolean;
  /** Given to the first checkbox, so a form can move focus to the group. */
  ref?: Ref<HTMLInputElement>;
  testId?: string;
}

/**
 * A labelled group of checkboxes (a fieldset with legend), in columns where there is room.
 * Several groups may share one list of values: each adds and removes only its own options.
 */
export function CheckboxGroup<V extends string>({
  legend,
  hint,
  error,
  options,
  value,
  onChange,
  onBlur,
  disabled,
  ref,
  testId,
}: CheckboxGroupProps<V>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  function toggle(option: V, checked: boolean) {
    const rest = value.filter((v) => v !== option);
    onChange(checked ? [...rest, option] : rest);
  }
  return (
    <fieldset
      className="field radio-group checkbox-group"
      aria-describedby={describedBy}
      data-testid={testId}
    >
      <legend className="field-label">{legend}</legend>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="checkbox-list">
        {options.map((option, index) => (
          <label key={option.value} className="checkbox checkbox-option">
            <input
              ref={index === 0 ? ref : undefined}
              type="checkbox"
              value={option.value}
              checked={value.includes(option.value)}
              disabled={disabled}
              aria-invalid={error ? true : undefined}
              onChange={(event) => toggle(option.value, event.target.checked)}
              onBlur={onBlur}
            />
            <span>{option.label}</span>
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
