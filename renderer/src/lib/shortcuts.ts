import {
  shortcutCommands,
  shortcuts,
  type KeyCombo,
  type ShortcutCommand,
} from '../../../shared/commands';

export { shortcuts, type ShortcutCommand } from '../../../shared/commands';

/** The parts of a keydown event the shortcuts look at (a KeyboardEvent has them all). */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export const isMacPlatform = (userAgent: string): boolean => /Mac|iPhone|iPad/.test(userAgent);

/** Whether this window runs on a Mac (Cmd) or elsewhere (Ctrl). */
export const isMac = typeof navigator !== 'undefined' && isMacPlatform(navigator.userAgent);

/**
 * The letter pressed: the key as printed (so the shortcut follows the keyboard layout), or,
 * where a layout reports no printable key while Ctrl is held, the key's position.
 */
function letterOf(press: KeyPress): string | null {
  if (press.key.length === 1) return press.key.toLowerCase();
  const position = /^Key([A-Z])$/.exec(press.code);
  return position?.[1] ? position[1].toLowerCase() : null;
}

function matches(press: KeyPress, combo: KeyCombo, mac: boolean): boolean {
  // Only the platform's command key counts: on a Mac Ctrl+N is "next line" in a text field.
  const command = mac ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  return (
    command && !press.altKey && press.shiftKey === combo.shift && letterOf(press) === combo.key
  );
}

/** The command a key press asks for, or null when it is none of the shortcuts. */
export function commandForKey(press: KeyPress, mac: boolean = isMac): ShortcutCommand | null {
  return shortcutCommands.find((command) => matches(press, shortcuts[command], mac)) ?? null;
}

/** The shortcut as shown on screen: "Ctrl Shift N", or "⌘ ⇧ N" on a Mac. */
export function shortcutLabel(command: ShortcutCommand, mac: boolean = isMac): string {
  const combo = shortcuts[command];
  const parts = mac
    ? ['⌘', ...(combo.shift ? ['⇧'] : [])]
    : ['Ctrl', ...(combo.shift ? ['Shift'] : [])];
  return [...parts, combo.key.toUpperCase()].join(' ');
}

/** The value of aria-keyshortcuts: the keys a screen reader announces, e.g. "Control+Shift+N". */
export function ariaShortcut(command: ShortcutCommand, mac: boolean = isMac): string {
  const combo = shortcuts[command];
  return [
    mac ? 'Meta' : 'Control',
    ...(combo.shift ? ['Shift'] : []),
    combo.key.toUpperCase(),
  ].join('+');
}

/**
 * Whether a command may run now. Locking always may: it is the counsellor's safety. The others
 * wait while a modal dialog is open: the page behind it is inert, and leaving the dialog for
 * another screen would drop what was typed in it.
 */
export function runsNow(command: ShortcutCommand, context: { dialogOpen: boolean }): boolean {
  return command === 'lock' || !context.dialogOpen;
}
