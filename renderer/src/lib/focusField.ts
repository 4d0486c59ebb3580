/** The fields a keyboard user types into: never hidden or disabled ones. */
const FIELDS =
  'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';
/** How long a form may take to appear (a case is read from main first). */
const APPEAR_WAIT_MS = 3000;

function firstFieldIn(container: Element | null | undefined): HTMLElement | null {
  return container?.querySelector<HTMLElement>(FIELDS) ?? null;
}

function focusField(field: HTMLElement): void {
  field.scrollIntoView({ block: 'center' });
  field.focus();
}

/**
 * Moves focus to the first field of the form section whose heading has `headingId`: an empty
 * state's "first step" button that points at a form on the same screen ("Vul hierboven… in").
 * Returns whether a field was found.
 */
export function focusFirstField(headingId: string): boolean {
  const field = firstFieldIn(document.getElementById(headingId)?.closest('section'));
  if (!field) return false;
  focusField(field);
  return true;
}

/**
 * Focuses the first field inside `selector` once it is on screen (a command that opens a
 * screen first). A screen focuses its heading when it arrives; this waits for the next frame
 * after that, so the field keeps the focus.
 */
export function focusFirstFieldWhenShown(selector: string): void {
  const started = Date.now();
  function attempt() {
    const field = firstFieldIn(document.querySelector(selector));
    if (field) {
      requestAnimationFrame(() => focusField(field));
      return;
    }
    if (Date.now() - started < APPEAR_WAIT_MS) requestAnimationFrame(attempt);
  }
  requestAnimationFrame(attempt);
}
