import { z } from 'zod';

/**
 * The commands that have a keyboard shortcut, with the one table of their keys. The renderer's
 * key handler, the command palette, the sidebar's hints and Electron's application menu all
 * read this table, so a shortcut is shown the same way everywhere it works.
 */
export const shortcutCommands = [
  'openPalette',
  'newCase',
  'newNote',
  'recordHours',
  'lock',
] as const;
export type ShortcutCommand = (typeof shortcutCommands)[number];

/** Commands the application menu sends to the page (the menu's Vergrendelen locks in main). */
export const menuCommands = ['openPalette', 'newCase', 'newNote', 'recordHours'] as const;
/**
 * Everything main may ask the page to do: the menu's commands, and 'lock' when the screen is
 * locked, so the page saves its drafts before it locks (main/electron/lock.ts).
 */
export const pageCommands = [...menuCommands, 'lock'] as const;
export type MenuCommand = (typeof pageCommands)[number];
export const menuCommandSchema = z.enum(pageCommands);

/** The one-way main → page channel of a menu command (see main/security/menu-command.ts). */
export const MENU_COMMAND_CHANNEL = 'vp:menu-command';

/**
 * A key with the platform's command modifier: Cmd on a Mac, Ctrl elsewhere. `key` is the
 * lowercase letter as printed on the key.
 */
export interface KeyCombo {
  key: string;
  shift: boolean;
}

/*
 * Why these keys: each needs the command modifier, so none fires while typing and none is an
 * editing key (Ctrl+A/C/V/X/Z/Y, Ctrl+B/I/U in text, Ctrl+F find). Electron has no browser
 * UI, so Ctrl+N, Ctrl+K and Ctrl+L (new window, search bar, address bar in Chrome) are free.
 * No Ctrl+Alt (AltGr on Windows types € with it) and no Ctrl+Shift+U or +E (Linux input
 * methods: Unicode and emoji entry). On a Mac only Cmd counts, so Ctrl+N, Ctrl+K (Emacs keys
 * in macOS text fields) keep working; Cmd+Shift+N and Cmd+Shift+B mean nothing in macOS apps
 * of their own. N for a new melding, Shift+N for the next (new) notitie in it, B for uren
 * boeken, K as in most palettes, L for lock (Ctrl+L was already the app's lock).
 */
export const shortcuts: Readonly<Record<ShortcutCommand, KeyCombo>> = {
  openPalette: { key: 'k', shift: false },
  newCase: { key: 'n', shift: false },
  newNote: { key: 'n', shift: true },
  recordHours: { key: 'b', shift: true },
  lock: { key: 'l', shift: false },
};

/** The combo as an Electron accelerator, e.g. 'CmdOrCtrl+Shift+N'. */
export function accelerator(combo: KeyCombo): string {
  return `CmdOrCtrl+${combo.shift ? 'Shift+' : ''}${combo.key.toUpperCase()}`;
}

/**
 * The DOM event the preload dispatches on window for a menu command. Events with no data cross
 * from the preload's isolated world to the page; an object would not, so the name is the type.
 */
export function menuCommandEvent(command: MenuCommand): string {
  return `vp-menu-command:${command}`;
}
