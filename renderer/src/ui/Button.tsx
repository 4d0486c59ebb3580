import type { ButtonHTMLAttributes, MouseEvent, ReactNode, Ref } from 'react';

type Variant = 'primary' | 'secondary' | 'quiet';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  /** Shows a spinner and `busyLabel`, and disables the button while work is under way. */
  busy?: boolean;
  busyLabel?: string;
  block?: boolean;
  children: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * A button. While busy it is disabled with aria-disabled rather than the disabled attribute,
 * so keyboard focus stays on it (a disabled button drops focus to the page) and is still there
 * when the work is done; clicks, and Enter in a field of its form, do nothing meanwhile.
 */
export function Button({
  variant = 'primary',
  busy = false,
  busyLabel,
  block = false,
  disabled,
  className,
  type = 'button',
  onClick,
  children,
  ...rest
}: ButtonProps) {
  const classes = ['btn', `btn-${variant}`, block ? 'btn-block' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  function click(event: MouseEvent<HTMLButtonElement>) {
    // Implicit submission (Enter in a field) is a click on the form's submit button too.
    if (busy) event.preventDefault();
    else onClick?.(event);
  }
  return (
    <button
      {...rest}
      type={type}
      className={classes}
      disabled={disabled}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
      onClick={click}
    >
      {busy ? <span className="btn-spinner" aria-hidden="true" /> : null}
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}
