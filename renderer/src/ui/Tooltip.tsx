import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Icon } from './Icon';
import './tooltip.css';

export interface TooltipProps {
  /** What the button is called for screen readers, e.g. "Uitleg: wat de werkgever ziet". */
  label: string;
  /** The explanation. Short: a sentence or three. */
  children: ReactNode;
  testId?: string;
}

/**
 * An "i" button with an explanation beside it (a toggletip). It opens on hover and on keyboard
 * focus, and a click or Enter keeps it open until clicked again; Escape closes it. The text
 * stays in the page while closed, as the button's description, so a screen reader reads it
 * with the button whether or not it is shown. Not a replacement for a field's hint: for the
 * longer "what does this mean for the employer" that would crowd the form.
 */
export function Tooltip({ label, children, testId }: TooltipProps) {
  const tipId = useId();
  const rootRef = useRef<HTMLSpanElement>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  // Escape wins over hover and focus until the pointer or focus leaves and comes back.
  const [dismissed, setDismissed] = useState(false);
  const open = !dismissed && (pinned || hovered || focused);

  // A pinned tip closes when the counsellor clicks elsewhere.
  useEffect(() => {
    if (!pinned) return;
    function onPointerDown(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setPinned(false);
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [pinned]);

  function onKeyDown(event: KeyboardEvent<HTMLSpanElement>) {
    if (event.key === 'Escape' && open) {
      // Only this tip: an enclosing dialog must not close as well.
      event.stopPropagation();
      event.preventDefault();
      setPinned(false);
      setDismissed(true);
    }
  }

  return (
    <span
      ref={rootRef}
      className="tooltip"
      onKeyDown={onKeyDown}
      onPointerEnter={() => {
        setHovered(true);
        setDismissed(false);
      }}
      onPointerLeave={() => setHovered(false)}
    >
      <button
        type="button"
        className="tooltip-button"
        aria-label={label}
        aria-expanded={open}
        aria-describedby={tipId}
        data-testid={testId}
        onClick={() => {
          // Open by hover or focus: a click keeps it open; pinned: a click closes it.
          if (pinned) {
            setPinned(false);
            setDismissed(true);
          } else {
            setPinned(true);
            setDismissed(false);
          }
        }}
        onFocus={() => {
          setFocused(true);
          setDismissed(false);
        }}
        onBlur={() => {
          setFocused(false);
          setPinned(false);
        }}
      >
        <Icon name="info" />
      </button>
      <span id={tipId} role="tooltip" className="tooltip-bubble" hidden={!open}>
        {children}
      </span>
    </span>
  );
}
