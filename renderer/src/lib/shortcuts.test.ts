import { describe, expect, it } from 'vitest';
import { accelerator, shortcutCommands } from '../../../shared/commands';
import {
  ariaShortcut,
  commandForKey,
  isMacPlatform,
  runsNow,
  shortcutLabel,
  shortcuts,
  type KeyPress,
} from './shortcuts';

function press(key: string, mods: Partial<KeyPress> = {}): KeyPress {
  return {
    key,
    code: /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : '',
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  };
}

describe('commandForKey', () => {
  it('maps Ctrl + a letter to its command on Windows and Linux', () => {
    expect(commandForKey(press('k', { ctrlKey: true }), false)).toBe('openPalette');
    expect(commandForKey(press('n', { ctrlKey: true }), false)).toBe('newCase');
    expect(commandForKey(press('N', { ctrlKey: true, shiftKey: true }), false)).toBe('newNote');
    expect(commandForKey(press('B', { ctrlKey: true, shiftKey: true }), false)).toBe('recordHours');
    expect(commandForKey(press('l', { ctrlKey: true }), false)).toBe('lock');
  });

  it('maps Cmd + a letter on a Mac, and leaves Ctrl there to the text field', () => {
    expect(commandForKey(press('n', { metaKey: true }), true)).toBe('newCase');
    expect(commandForKey(press('N', { metaKey: true, shiftKey: true }), true)).toBe('newNote');
    expect(commandForKey(press('n', { ctrlKey: true }), true)).toBeNull();
    expect(commandForKey(press('k', { ctrlKey: true }), true)).toBeNull();
  });

  it('ignores Cmd (the Windows key) off a Mac', () => {
    expect(commandForKey(press('l', { metaKey: true }), false)).toBeNull();
  });

  it('ignores keys typed without the command modifier, so typing is never a command', () => {
    for (const key of ['n', 'N', 'k', 'l', 'b']) {
      expect(commandForKey(press(key), false), key).toBeNull();
      expect(commandForKey(press(key, { shiftKey: true }), true), key).toBeNull();
    }
  });

  it('ignores Alt (AltGr on Windows types characters with Ctrl+Alt)', () => {
    expect(commandForKey(press('n', { ctrlKey: true, altKey: true }), false)).toBeNull();
  });

  it('tells Shift apart: Ctrl+Shift+L and Ctrl+B are no commands', () => {
    expect(commandForKey(press('L', { ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(commandForKey(press('b', { ctrlKey: true }), false)).toBeNull();
  });

  it('follows the printed letter, and the key position only when no letter is reported', () => {
    // On a Dvorak layout the key at position N prints "b": Ctrl+B is no shortcut.
    expect(commandForKey({ ...press('b', { ctrlKey: true }), code: 'KeyN' }, false)).toBeNull();
    expect(
      commandForKey({ ...press('Unidentified', { ctrlKey: true }), code: 'KeyN' }, false),
    ).toBe('newCase');
  });

  it('gives every command its own key combination', () => {
    const combos = shortcutCommands.map((c) => accelerator(shortcuts[c]));
    expect(new Set(combos).size).toBe(shortcutCommands.length);
  });
});

describe('shortcut labels', () => {
  it('show Ctrl off a Mac and ⌘ on a Mac', () => {
    expect(shortcutLabel('newNote', false)).toBe('Ctrl Shift N');
    expect(shortcutLabel('newNote', true)).toBe('⌘ ⇧ N');
    expect(shortcutLabel('openPalette', false)).toBe('Ctrl K');
  });

  it('name the keys for screen readers', () => {
    expect(ariaShortcut('lock', false)).toBe('Control+L');
    expect(ariaShortcut('recordHours', true)).toBe('Meta+Shift+B');
  });

  it('match the accelerators of the application menu', () => {
    expect(accelerator(shortcuts.newCase)).toBe('CmdOrCtrl+N');
    expect(accelerator(shortcuts.newNote)).toBe('CmdOrCtrl+Shift+N');
  });
});

describe('runsNow', () => {
  it('locks even while a dialog is open; other commands wait for it to close', () => {
    expect(runsNow('lock', { dialogOpen: true })).toBe(true);
    expect(runsNow('newCase', { dialogOpen: true })).toBe(false);
    expect(runsNow('openPalette', { dialogOpen: true })).toBe(false);
    expect(runsNow('newCase', { dialogOpen: false })).toBe(true);
  });
});

describe('isMacPlatform', () => {
  it('recognises a Mac by its user agent', () => {
    expect(isMacPlatform('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)')).toBe(true);
    expect(isMacPlatform('Mozilla/5.0 (X11; Linux x86_64)')).toBe(false);
  });
});
