import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const installed = vi.hoisted(() => ({ template: null as unknown }));

vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: unknown) => ({ template }),
    setApplicationMenu: (menu: { template: unknown }) => (installed.template = menu.template),
  },
}));

const { installMenu, menuCommandSender, menuTemplate } = await import('./menu');
const { accelerator, menuCommands, shortcuts } = await import('../../shared/commands');

const options = (isMac: boolean, devTools = false) => ({
  onLock: vi.fn(),
  onCommand: vi.fn(),
  devTools,
  isMac,
});

function fileMenu(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.find((m) => m.label === 'Bestand')?.submenu as MenuItemConstructorOptions[];
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

const platforms = [
  ['Windows/Linux', false],
  ['macOS', true],
] as const;

describe('menuTemplate', () => {
  it.each(platforms)('on %s has Bestand, Bewerken and Beeld', (_name, isMac) => {
    const labels = menuTemplate(options(isMac)).map((m) => m.label);
    expect(labels).toEqual([...(isMac ? ['VP Dossier'] : []), 'Bestand', 'Bewerken', 'Beeld']);
  });

  it.each(platforms)('on %s locks with Bestand > Vergrendelen (CmdOrCtrl+L)', (_name, isMac) => {
    const opts = options(isMac);
    const lock = fileMenu(menuTemplate(opts)).find((item) => item.label === 'Vergrendelen');
    expect(lock?.accelerator).toBe('CmdOrCtrl+L');
    // Main takes the key itself: locking works even when the page does not answer.
    expect(lock?.registerAccelerator).not.toBe(false);
    (lock?.click as () => void)();
    expect(opts.onLock).toHaveBeenCalledTimes(1);
    expect(opts.onCommand).not.toHaveBeenCalled();
  });

  it.each(platforms)('on %s shows the page shortcuts under Bestand', (_name, isMac) => {
    const file = fileMenu(menuTemplate(options(isMac)));
    const shown = file
      .filter((item) => item.accelerator)
      .map((item) => [item.label, item.accelerator]);
    expect(shown).toEqual([
      ['Nieuwe melding', 'CmdOrCtrl+N'],
      ['Nieuwe notitie', 'CmdOrCtrl+Shift+N'],
      ['Uren boeken', 'CmdOrCtrl+Shift+B'],
      ['Zoeken en openen…', 'CmdOrCtrl+K'],
      ['Vergrendelen', 'CmdOrCtrl+L'],
    ]);
  });

  it.each(platforms)('on %s uses the one shortcut table for every accelerator', (_n, isMac) => {
    const accelerators = items(menuTemplate(options(isMac)))
      .map((item) => item.accelerator)
      .filter((a): a is string => typeof a === 'string');
    const table = Object.values(shortcuts).map(accelerator);
    expect([...accelerators].sort()).toEqual([...table].sort());
  });

  it.each(platforms)(
    'on %s leaves the page keys to the page and sends the command on a click',
    (_name, isMac) => {
      const opts = options(isMac);
      const commandItems = fileMenu(menuTemplate(opts)).filter(
        (item) => item.accelerator && item.label !== 'Vergrendelen',
      );
      expect(commandItems).toHaveLength(menuCommands.length);
      for (const item of commandItems) {
        // Shown, not taken: the page's handler does the work when the key is pressed.
        expect(item.registerAccelerator, item.label).toBe(false);
        (item.click as () => void)();
      }
      expect(opts.onCommand.mock.calls.map(([command]) => command)).toEqual([
        'newCase',
        'newNote',
        'recordHours',
        'openPalette',
      ]);
      expect(opts.onLock).not.toHaveBeenCalled();
    },
  );

  it.each(platforms)('on %s has Afsluiten', (_name, isMac) => {
    const quit = items(menuTemplate(options(isMac))).filter((item) => item.role === 'quit');
    expect(quit).toHaveLength(1);
    expect(quit[0]?.label).toMatch(/[Aa]fsluiten$/);
  });

  it.each(platforms)('on %s offers no developer tools or reload when packaged', (_n, isMac) => {
    const roles = items(menuTemplate(options(isMac))).map((item) => item.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
  });

  it('offers developer tools in an unpackaged build', () => {
    const roles = items(menuTemplate(options(false, true))).map((item) => item.role);
    expect(roles).toContain('toggleDevTools');
  });

  it('labels every item in Dutch', () => {
    for (const item of items(menuTemplate(options(true, true)))) {
      if (item.type !== 'separator') expect(item.label, String(item.role)).toBeTruthy();
    }
  });
});

describe('installMenu', () => {
  it('sets the application menu from the template', () => {
    installMenu(options(false));
    expect((installed.template as MenuItemConstructorOptions[])[0]?.label).toBe('Bestand');
  });
});

describe('menuCommandSender', () => {
  it('sends the command to the window on the menu-command channel', () => {
    const send = vi.fn();
    const sender = menuCommandSender(
      () => ({ isDestroyed: () => false, webContents: { send } }) as never,
    );
    sender('newCase');
    expect(send).toHaveBeenCalledWith('vp:menu-command', 'newCase');
  });

  it('sends nothing when there is no window, or it was closed', () => {
    const send = vi.fn();
    menuCommandSender(() => null)('newNote');
    menuCommandSender(() => ({ isDestroyed: () => true, webContents: { send } }) as never)(
      'newNote',
    );
    expect(send).not.toHaveBeenCalled();
  });
});
