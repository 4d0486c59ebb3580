import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import {
  accelerator,
  MENU_COMMAND_CHANNEL,
  shortcuts,
  type MenuCommand,
  type ShortcutCommand,
} from '../../shared/commands';
import { WINDOW_TITLE } from '../security/window-options';

export interface MenuOptions {
  /** Locks the case file and resets the window (see lock.ts). */
  onLock: () => void;
  /** Sends a command to the page (new case, palette…): the renderer does that work. */
  onCommand: (command: MenuCommand) => void;
  /** Developer tools and reload only in an unpackaged build. */
  devTools: boolean;
  /** macOS gets its usual app menu first; the others have Afsluiten under Bestand. */
  isMac: boolean;
}

/** A minimal Dutch application menu. Edit and zoom items use roles, so Electron does the work. */
export function menuTemplate({
  onLock,
  onCommand,
  devTools,
  isMac,
}: MenuOptions): MenuItemConstructorOptions[] {
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const shortcut = (command: ShortcutCommand) => accelerator(shortcuts[command]);
  /*
   * The page handles these keys itself (renderer/src/lib/shortcuts.ts, the same table), where
   * it knows whether a dialog is open or a case is on screen. So the menu shows the keys but
   * does not take them (registerAccelerator: false; macOS gives the page the key first anyway),
   * and a click with the mouse sends the command to the page.
   */
  const pageCommand = (label: string, command: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator: shortcut(command),
    registerAccelerator: false,
    click: () => onCommand(command),
  });
  const appMenu: MenuItemConstructorOptions = {
    label: WINDOW_TITLE,
    submenu: [
      { role: 'about', label: `Over ${WINDOW_TITLE}` },
      separator,
      { role: 'hide', label: `${WINDOW_TITLE} verbergen` },
      { role: 'hideOthers', label: 'Andere verbergen' },
      { role: 'unhide', label: 'Alles tonen' },
      separator,
      { role: 'quit', label: `${WINDOW_TITLE} afsluiten` },
    ],
  };
  const fileMenu: MenuItemConstructorOptions = {
    label: 'Bestand',
    submenu: [
      pageCommand('Nieuwe melding', 'newCase'),
      pageCommand('Nieuwe notitie', 'newNote'),
      pageCommand('Uren boeken', 'recordHours'),
      separator,
      pageCommand('Zoeken en openen…', 'openPalette'),
      separator,
      // Main locks itself, also when the page does not answer.
      { label: 'Vergrendelen', accelerator: shortcut('lock'), click: () => onLock() },
      ...(isMac ? [] : [separator, { role: 'quit', label: 'Afsluiten' } as const]),
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: 'Bewerken',
    submenu: [
      { role: 'undo', label: 'Ongedaan maken' },
      { role: 'redo', label: 'Opnieuw' },
      separator,
      { role: 'cut', label: 'Knippen' },
      { role: 'copy', label: 'Kopiëren' },
      { role: 'paste', label: 'Plakken' },
      { role: 'selectAll', label: 'Alles selecteren' },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: 'Beeld',
    submenu: [
      { role: 'resetZoom', label: 'Werkelijke grootte' },
      { role: 'zoomIn', label: 'Inzoomen' },
      { role: 'zoomOut', label: 'Uitzoomen' },
      separator,
      { role: 'togglefullscreen', label: 'Volledig scherm' },
      ...(devTools
        ? [
            separator,
            { role: 'forceReload', label: 'Opnieuw laden' } as const,
            { role: 'toggleDevTools', label: 'Ontwikkelaarshulpmiddelen' } as const,
          ]
        : []),
    ],
  };
  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}

/** Sends a menu command to the app's window, if it is there (main/security/menu-command.ts). */
export function menuCommandSender(
  getWindow: () => Pick<BrowserWindow, 'isDestroyed' | 'webContents'> | null,
): (command: MenuCommand) => void {
  return (command) => {
    const window = getWindow();
    if (window && !window.isDestroyed()) window.webContents.send(MENU_COMMAND_CHANNEL, command);
  };
}
