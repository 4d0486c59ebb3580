const FIELDS =
  'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * Moves focus to the first field of the form section whose heading has `headingId`: an empty
 * state's "first step" button that points at a form on the same screen ("Vul hierboven… in").
 * Returns whether a field was found.
 */
export function focusFirstField(headingId: string): boolean {
  const section = document.getElementById(headingId)?.closest('section');
  const field = section?.querySelector<HTMLElement>(FIELDS);
  if (!field) return false;
  field.scrollIntoView({ block: 'center' });
  field.focus();
  return true;
}
