import { Menu, type MenuItemConstructorOptions } from 'electron';
import { WINDOW_TITLE } from '../security/window-options';

export interface MenuOptions {
  /** Locks the case file and resets the window (see lock.ts). */
  onLock: () => void;
  /** Developer tools and reload only in an unpackaged build. */
  devTools: boolean;
  /** macOS gets its usual app menu first; the others have Afsluiten under Bestand. */
  isMac: boolean;
}

/** A minimal Dutch application menu. Edit and zoom items use roles, so Electron does the work. */
export function menuTemplate({
  onLock,
  devTools,
  isMac,
}: MenuOptions): MenuItemConstructorOptions[] {
  const separator: MenuItemConstructorOptions = { type: 'separator' };
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
      { label: 'Vergrendelen', accelerator: 'CmdOrCtrl+L', click: () => onLock() },
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
