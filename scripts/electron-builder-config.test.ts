import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder.yml, checked without packaging (which needs the Electron download):
 * electron-builder's own schema accepts it, and the settings the package's safety rests on
 * are what the README and scripts/after-pack.mjs say they are.
 */
const projectDir = path.resolve(import.meta.dirname, '..');
const requireFromProject = createRequire(path.join(projectDir, 'package.json'));
const yaml = requireFromProject('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = requireFromProject('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: object): Promise<void>;
};

const config = yaml.load(
  readFileSync(path.join(projectDir, 'electron-builder.yml'), 'utf8'),
) as Record<string, unknown>;
const manifest = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
const noDebugLog = { isEnabled: false, add() {} };

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema, which refuses unknown settings", async () => {
    await expect(validateConfiguration(config, noDebugLog)).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, afterPak: 'x' }, noDebugLog)).rejects.toThrow(
      /unknown property 'afterPak'/,
    );
  });

  it('builds NSIS on Windows, a dmg on macOS, AppImage and deb on Linux', () => {
    expect((config.win as { target: unknown }).target).toBe('nsis');
    expect((config.mac as { target: unknown }).target).toBe('dmg');
    expect((config.linux as { target: unknown }).target).toEqual(['AppImage', 'deb']);
    expect(manifest.scripts['dist:win']).toBe('npm run dist -- --win');
    expect(manifest.scripts['dist:mac']).toBe('npm run dist -- --mac');
    expect(manifest.scripts['dist:linux']).toBe('npm run dist -- --linux');
  });

  it('packs into an asar with the native modules beside it, and no update feed', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.publish).toBeNull();
  });

  it('does not rebuild the Node-API modules, and runs the hook that checks that and the fuses', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBe(false);
    expect(config.afterPack).toBe('./scripts/after-pack.mjs');
    expect(existsSync(path.join(projectDir, config.afterPack as string))).toBe(true);
    // The fuses are flipped once, by the hook; electron-builder's own option would do it again.
    expect(config).not.toHaveProperty('electronFuses');
  });
});
