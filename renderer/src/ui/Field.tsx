import {
  useId,
  useState,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type TextareaHTMLAttributes,
} from 'react';
import { useT } from '../i18n';

export interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint?: ReactNode;
  /** The message shown under the field; sets aria-invalid and is announced. */
  error?: string | null;
  /** Extra content under the input, e.g. a strength meter; referenced by aria-describedby. */
  below?: ReactNode;
  /** Content next to the input, e.g. a show/hide button. */
  trailing?: ReactNode;
  mono?: boolean;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input with hint and error, wired for screen readers. */
export function Field({
  label,
  hint,
  error,
  below,
  trailing,
  mono,
  className,
  id: givenId,
  ref,
  ...input
}: FieldProps) {
  const ownId = useId();
  const id = givenId ?? ownId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const belowId = `${id}-below`;
  const describedBy =
    [hint ? hintId : null, error ? errorId : null, below ? belowId : null]
      .filter(Boolean)
      .join(' ') || undefined;
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
        <input
          {...input}
          ref={ref}
          id={id}
          className={['field-input', mono ? 'field-input-mono' : ''].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        {trailing}
      </div>
      {error ? (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
      {below ? <div id={belowId}>{below}</div> : null}
    </div>
  );
}

/**
 * A secret field: type=password, no autocomplete, spell check or autocorrect, with a show/hide
 * toggle so a long passphrase can be checked before it is submitted.
 */
export function PasswordField(props: Omit<FieldProps, 'type' | 'trailing'>) {
  const t = useT();
  const [visible, setVisible] = useState(false);
  const ownId = useId();
  const id = props.id ?? ownId;
  return (
    <Field
      autoComplete="off"
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      {...props}
      id={id}
      type={visible ? 'text' : 'password'}
      trailing={
        <button
          type="button"
          className="btn btn-secondary field-toggle"
          aria-pressed={visible}
          aria-label={t(visible ? 'passphrase.hideLabel' : 'passphrase.showLabel', {
            field: props.label,
          })}
          aria-controls={id}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? t('passphrase.hide') : t('passphrase.show')}
        </button>
      }
    />
  );
}

export interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  hint?: ReactNode;
  /** The message shown under the field; sets aria-invalid and is announced. */
  error?: string | null;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line text field, wired like Field. */
export function TextAreaField({
  label,
  hint,
  error,
  className,
  id: givenId,
  ref,
  rows = 5,
  ...textarea
}: TextAreaFieldProps) {
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
      <textarea
        {...textarea}
        ref={ref}
        id={id}
        rows={rows}
        className="field-input field-textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {error ? (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
