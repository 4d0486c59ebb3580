import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const installed = vi.hoisted(() => ({ template: null as unknown }));

vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: unknown) => ({ template }),
    setApplicationMenu: (menu: { template: unknown }) => (installed.template = menu.template),
  },
}));

const { installMenu, menuTemplate } = await import('./menu');

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
    const labels = menuTemplate({ onLock: vi.fn(), devTools: false, isMac }).map((m) => m.label);
    expect(labels).toEqual([...(isMac ? ['VP Dossier'] : []), 'Bestand', 'Bewerken', 'Beeld']);
  });

  it.each(platforms)('on %s locks with Bestand > Vergrendelen (CmdOrCtrl+L)', (_name, isMac) => {
    const onLock = vi.fn();
    const file = menuTemplate({ onLock, devTools: false, isMac }).find(
      (m) => m.label === 'Bestand',
    );
    const lock = (file?.submenu as MenuItemConstructorOptions[])[0];
    expect(lock?.label).toBe('Vergrendelen');
    expect(lock?.accelerator).toBe('CmdOrCtrl+L');
    (lock?.click as () => void)();
    expect(onLock).toHaveBeenCalledTimes(1);
  });

  it.each(platforms)('on %s has Afsluiten', (_name, isMac) => {
    const quit = items(menuTemplate({ onLock: vi.fn(), devTools: false, isMac })).filter(
      (item) => item.role === 'quit',
    );
    expect(quit).toHaveLength(1);
    expect(quit[0]?.label).toMatch(/[Aa]fsluiten$/);
  });

  it.each(platforms)('on %s offers no developer tools or reload when packaged', (_n, isMac) => {
    const roles = items(menuTemplate({ onLock: vi.fn(), devTools: false, isMac })).map(
      (item) => item.role,
    );
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
  });

  it('offers developer tools in an unpackaged build', () => {
    const roles = items(menuTemplate({ onLock: vi.fn(), devTools: true, isMac: false })).map(
      (item) => item.role,
    );
    expect(roles).toContain('toggleDevTools');
  });

  it('labels every item in Dutch', () => {
    for (const item of items(menuTemplate({ onLock: vi.fn(), devTools: true, isMac: true }))) {
      if (item.type !== 'separator') expect(item.label, String(item.role)).toBeTruthy();
    }
  });
});

describe('installMenu', () => {
  it('sets the application menu from the template', () => {
    installMenu({ onLock: vi.fn(), devTools: false, isMac: false });
    expect((installed.template as MenuItemConstructorOptions[])[0]?.label).toBe('Bestand');
  });
});
