import { useEffect, useRef } from 'react';
import { menuCommandEvent, pageCommands } from '../../../shared/commands';
import { runCommand } from '../lib/commands';
import { commandForKey, runsNow, type ShortcutCommand } from '../lib/shortcuts';

/**
 * The shortcuts of lib/shortcuts.ts, from anywhere in the unlocked app, and the same commands
 * from Electron's application menu (a click there arrives as a DOM event from the preload).
 */
export function useAppCommands(openPalette: () => void): void {
  const open = useRef(openPalette);
  useEffect(() => {
    open.current = openPalette;
  });

  useEffect(() => {
    function perform(command: ShortcutCommand) {
      if (!runsNow(command, { dialogOpen: document.querySelector('dialog[open]') !== null })) {
        return;
      }
      if (command === 'openPalette') open.current();
      else runCommand(command);
    }
    function onKey(event: KeyboardEvent) {
      const command = commandForKey(event);
      if (command === null) return;
      // Always taken, also when it waits for a dialog: on a Mac the menu would run it otherwise.
      event.preventDefault();
      if (!event.repeat) perform(command);
    }
    const fromMenu = pageCommands.map((command) => {
      const listener = () => perform(command);
      window.addEventListener(menuCommandEvent(command), listener);
      return () => window.removeEventListener(menuCommandEvent(command), listener);
    });
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      for (const remove of fromMenu) remove();
    };
  }, []);
}
