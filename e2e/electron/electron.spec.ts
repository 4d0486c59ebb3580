/**
 * What only the real Electron app can show: its first window opens on the first-run screen,
 * with window.vp from the preload and no Node in the page. Runs in the 'electron' project only
 * (the harness's own checks are in e2e/smoke); where the binary is missing it is skipped with the
 * flows, and the reason is printed once.
 */
import { readdir } from 'node:fs/promises';
import { apiCalls } from '../../shared/api';
import { expect, test } from '../app/fixture';

test('Electron: first run shows the first-run screen, with window.vp and no Node', async ({
  page,
  app,
}) => {
  expect(app.driver).toBe('electron');
  await expect(page.getByTestId('screen-first-run')).toBeVisible({ timeout: 30_000 });
  await app.screenshot(page, 'first-run-window');

  const globals = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const vp = w.vp as Record<string, unknown> | undefined;
    return {
      vp: typeof vp,
      calls: vp ? Object.keys(vp).sort() : [],
      require: typeof w.require,
      process: typeof w.process,
      module: typeof w.module,
    };
  });
  expect(globals).toEqual({
    vp: 'object',
    calls: [...apiCalls].sort(),
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
  });

  const status = await page.evaluate(() =>
    (
      window as unknown as { vp: { getCaseFileStatus(i: object): Promise<unknown> } }
    ).vp.getCaseFileStatus({}),
  );
  expect(status).toEqual({ ok: true, value: { state: 'none', unlockedWith: null, demo: false } });
  expect(await readdir(app.caseFileFolder).catch(() => [])).toEqual([]);
});
