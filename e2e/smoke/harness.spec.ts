/**
 * Tests of the e2e harness itself, through its public interface: the page it serves, the
 * window.vp bridge, and the HTTP endpoints as any other local process would see them.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdir, mkdtemp, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiCalls } from '../../shared/api';
import { CONTENT_SECURITY_POLICY } from '../../main/security/csp';
import { MIN_KDF, test, expect, watchPageErrors } from '../harness/fixture';
import { MAX_BODY_BYTES, TOKEN_HEADER, startHarness, type Harness } from '../harness/server';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

interface RawOptions {
  method?: string;
  path: string;
  headers?: Record<string, string | undefined>;
  body?: string | Buffer;
  /** Send the body in chunks without a Content-Length. */
  chunked?: boolean;
}

/**
 * One HTTP request exactly as given: no URL normalisation (so `/../x` reaches the server as
 * written) and full control over Host and Origin, which fetch would not allow.
 */
function raw(base: string, options: RawOptions): Promise<RawResponse> {
  const { port } = new URL(base);
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(options.headers ?? {})) {
    if (value !== undefined) headers[key] = value;
  }
  if (options.body !== undefined && !options.chunked) {
    headers['content-length'] = String(Buffer.byteLength(options.body));
  }
  return new Promise((resolveResponse, rejectResponse) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: Number(port),
        method: options.method ?? 'GET',
        path: options.path,
        headers,
        setHost: !Object.keys(headers).some((k) => k.toLowerCase() === 'host'),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolveResponse({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', rejectResponse);
      },
    );
    req.on('error', rejectResponse);
    if (options.body !== undefined && options.chunked) {
      const body = Buffer.from(options.body);
      const size = 64 * 1024;
      for (let at = 0; at < body.length; at += size) req.write(body.subarray(at, at + size));
    } else if (options.body !== undefined) {
      req.write(options.body);
    }
    req.end();
  });
}

/** The headers a legitimate bridge request carries. */
function goodHeaders(harness: Harness): Record<string, string> {
  const { host, origin } = new URL(harness.url);
  return {
    host,
    origin,
    'content-type': 'application/json',
    [TOKEN_HEADER]: harness.token,
  };
}

function apiPost(harness: Harness, name: string, body: unknown, headers = goodHeaders(harness)) {
  return raw(harness.url, {
    method: 'POST',
    path: `/harness/api/${name}`,
    headers,
    body: JSON.stringify(body),
  });
}

/** A harness started directly, for tests that need its token; closed after the test. */
const direct = test.extend<{ direct: Harness }>({
  direct: async ({ rendererDir }, use) => {
    const harness = await startHarness({ rendererDir, kdf: MIN_KDF });
    try {
      await use(harness);
    } finally {
      await harness.close();
    }
  },
});

const PASSPHRASE = 'correct horse battery staple';

test.describe('the page', () => {
  test('loads with every resource found and zero console errors', async ({ page, harness }) => {
    const watch = watchPageErrors(page);
    const response = await page.goto(harness.url, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');

    const resources = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => ({ name: e.name, status: (e as PerformanceResourceTiming).responseStatus })),
    );
    const origin = new URL(harness.url).origin;
    // The page's own resources (Chromium's own favicon request aside) all came from the harness.
    const own = resources.filter((r) => new URL(r.name).pathname !== '/favicon.ico');
    expect(own.map((r) => new URL(r.name).pathname)).toContain('/harness/bridge.js');
    expect(own.length).toBeGreaterThan(1);
    for (const resource of own) {
      expect(new URL(resource.name).origin, resource.name).toBe(origin);
      expect(resource.status, resource.name).toBe(200);
    }
    // The bridge comes first, so window.vp exists when the app's own scripts run.
    const scripts = await page.evaluate(() =>
      [...document.querySelectorAll('script')].map((s) => s.getAttribute('src')),
    );
    expect(scripts[0]).toBe('./harness/bridge.js');
    expect(scripts.length).toBeGreaterThan(1);

    await harness.screenshot(page, 'harness-smoke-start');
    expect(watch.errors).toEqual([]);
  });

  test('window.vp has exactly one function per API call and cannot be replaced', async ({
    page,
    harness,
  }) => {
    await page.goto(harness.url);
    const shape = await page.evaluate(() => {
      const vp = (window as unknown as { vp: Record<string, unknown> }).vp;
      const w = window as unknown as { vp: unknown };
      try {
        w.vp = {};
      } catch {
        // strict-mode scripts throw; either way it must not change
      }
      return {
        names: Object.keys(vp).sort(),
        types: [...new Set(Object.values(vp).map((f) => typeof f))],
        frozen: Object.isFrozen(vp),
        unchanged: w.vp === vp,
      };
    });
    expect(shape.names).toEqual([...apiCalls].sort());
    expect(shape.types).toEqual(['function']);
    expect(shape.frozen).toBe(true);
    expect(shape.unchanged).toBe(true);
  });

  test('getCaseFileStatus answers state none on a fresh folder', async ({ page, harness }) => {
    await page.goto(harness.url);
    const result = await page.evaluate(() =>
      (
        window as unknown as { vp: { getCaseFileStatus(i: object): Promise<unknown> } }
      ).vp.getCaseFileStatus({}),
    );
    expect(result).toEqual({ ok: true, value: { state: 'none', unlockedWith: null, demo: false } });
    expect(await readdir(harness.caseFileFolder)).toEqual([]);
  });

  test('an invalid input comes back as a Result, not an exception or a console error', async ({
    page,
    harness,
  }) => {
    await page.goto(harness.url);
    const result = await page.evaluate(() =>
      (
        window as unknown as { vp: { createCaseFile(i: object): Promise<unknown> } }
      ).vp.createCaseFile({ passphrase: 'short' }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await readdir(harness.caseFileFolder)).toEqual([]);
  });

  test('create, lock and unlock go through to the real case file', async ({ page, harness }) => {
    await page.goto(harness.url);
    const steps = await page.evaluate(async (passphrase) => {
      type R = Promise<unknown>;
      const vp = (window as unknown as { vp: Record<string, (i: object) => R> }).vp;
      const created = (await vp.createCaseFile!({ passphrase })) as {
        ok: boolean;
        value?: { recoveryCode: string };
      };
      return {
        created: created.ok && typeof created.value?.recoveryCode === 'string',
        afterCreate: await vp.getCaseFileStatus!({}),
        locked: await vp.lock!({}),
        wrong: await vp.unlock!({ passphrase: `${passphrase}!` }),
        right: await vp.unlock!({ passphrase }),
      };
    }, PASSPHRASE);
    expect(steps.created).toBe(true);
    expect(steps.afterCreate).toEqual({
      ok: true,
      value: { state: 'unlocked', unlockedWith: 'passphrase', demo: false },
    });
    expect(steps.locked).toEqual({
      ok: true,
      value: { state: 'locked', unlockedWith: null, demo: false },
    });
    expect(steps.wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(steps.right).toEqual({
      ok: true,
      value: { state: 'unlocked', unlockedWith: 'passphrase', demo: false },
    });
    expect((await readdir(harness.caseFileFolder)).length).toBeGreaterThan(0);
  });
});

test.describe('the console watch', () => {
  test.use({ allowedConsoleErrors: [/Content Security Policy/] });

  test('sees a CSP violation, and the inline script does not run', async ({ page, harness }) => {
    const watch = watchPageErrors(page);
    await page.goto(harness.url);
    expect(watch.errors).toEqual([]);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.head.appendChild(script);
    });
    await expect.poll(() => watch.errors.join('\n')).toContain('Content Security Policy');
    expect(await page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window)).toBe(false);
  });
});

test.describe('the fixture', () => {
  // Expected to fail: a console error the test did not allow must fail it at teardown. The
  // body itself passes, so the only way for this test to fail is the fixture's check.
  test.fail();
  test('fails a test whose page logs a console error (expected to fail: ✘ here is a pass)', async ({
    page,
    harness,
  }) => {
    await page.goto(harness.url);
    await page.evaluate(() => console.error('provoked by the harness smoke test'));
    expect(page.url()).toBe(harness.url);
  });
});

direct.describe('the HTTP bridge', () => {
  direct('a correct request is answered (control for the refusals below)', async ({ direct }) => {
    const res = await apiPost(direct, 'getCaseFileStatus', {});
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({
      ok: true,
      value: { state: 'none', unlockedWith: null, demo: false },
    });
  });

  direct('refuses requests without the right token, origin, host or type', async ({ direct }) => {
    const good = goodHeaders(direct);
    const wrongToken = direct.token.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    const refused: Record<string, Record<string, string | undefined>> = {
      'no token': { ...good, [TOKEN_HEADER]: undefined },
      'wrong token': { ...good, [TOKEN_HEADER]: wrongToken },
      'short token': { ...good, [TOKEN_HEADER]: direct.token.slice(0, 10) },
      'foreign origin': { ...good, origin: 'http://evil.example' },
      'other port origin': { ...good, origin: 'http://127.0.0.1:1' },
      'localhost origin': { ...good, origin: good.origin!.replace('127.0.0.1', 'localhost') },
      'no origin': { ...good, origin: undefined },
      'null origin': { ...good, origin: 'null' },
      'wrong host': { ...good, host: 'evil.example' },
      'text/plain': { ...good, 'content-type': 'text/plain' },
      form: { ...good, 'content-type': 'application/x-www-form-urlencoded' },
      'no content type': { ...good, 'content-type': undefined },
    };
    for (const [label, headers] of Object.entries(refused)) {
      const res = await raw(direct.url, {
        method: 'POST',
        path: '/harness/api/createCaseFile',
        headers,
        body: JSON.stringify({ passphrase: PASSPHRASE }),
      });
      expect(res.status, label).toBe(403);
      expect(JSON.parse(res.text), label).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    // Nothing was created...
    expect(await readdir(direct.caseFileFolder)).toEqual([]);
    const status = await apiPost(direct, 'getCaseFileStatus', {});
    expect(JSON.parse(status.text)).toMatchObject({ ok: true, value: { state: 'none' } });
    // ...while the same request with the right headers does create the case file.
    const created = await apiPost(direct, 'createCaseFile', { passphrase: PASSPHRASE });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.text)).toMatchObject({ ok: true });
    expect((await readdir(direct.caseFileFolder)).length).toBeGreaterThan(0);
  });

  direct('refuses a body over 1 MiB, declared or streamed', async ({ direct }) => {
    // Exactly at the limit: read and validated (too long a passphrase is INVALID_INPUT).
    const filler = (n: number) => 'x'.repeat(n - JSON.stringify({ passphrase: '' }).length);
    const atLimit = JSON.stringify({ passphrase: filler(MAX_BODY_BYTES) });
    expect(Buffer.byteLength(atLimit)).toBe(MAX_BODY_BYTES);
    const ok = await raw(direct.url, {
      method: 'POST',
      path: '/harness/api/createCaseFile',
      headers: goodHeaders(direct),
      body: atLimit,
    });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.text)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    const overLimit = JSON.stringify({ passphrase: filler(MAX_BODY_BYTES + 1) });
    for (const chunked of [false, true]) {
      const res = await raw(direct.url, {
        method: 'POST',
        path: '/harness/api/createCaseFile',
        headers: goodHeaders(direct),
        body: overLimit,
        chunked,
      });
      expect(res.status, `chunked: ${chunked}`).toBe(403);
      expect(JSON.parse(res.text)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await readdir(direct.caseFileFolder)).toEqual([]);
  });

  direct('answers UNKNOWN_CALL for a name that is not an API call', async ({ direct }) => {
    for (const name of ['noSuchCall', '__proto__', 'constructor', 'toString', '%E0%A4%A']) {
      const res = await apiPost(direct, name, {});
      expect(res.status, name).toBe(200);
      expect(JSON.parse(res.text), name).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_CALL' },
      });
    }
  });

  direct('answers INVALID_INPUT for a body that is not JSON', async ({ direct }) => {
    const res = await raw(direct.url, {
      method: 'POST',
      path: '/harness/api/getCaseFileStatus',
      headers: goodHeaders(direct),
      body: '{not json',
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  direct('accepts only POST on the API', async ({ direct }) => {
    const res = await raw(direct.url, {
      path: '/harness/api/getCaseFileStatus',
      headers: goodHeaders(direct),
    });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
  });

  direct('serves the bridge script to its own page only', async ({ direct }) => {
    const own = await raw(direct.url, { path: '/harness/bridge.js' });
    expect(own.status).toBe(200);
    expect(own.headers['content-type']).toMatch(/^text\/javascript/);
    expect(own.headers['cross-origin-resource-policy']).toBe('same-origin');
    for (const name of apiCalls) expect(own.text).toContain(JSON.stringify(name));

    const crossSite = await raw(direct.url, {
      path: '/harness/bridge.js',
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    expect(crossSite.text).not.toContain(direct.token);

    const rebound = await raw(direct.url, {
      path: '/harness/bridge.js',
      headers: { host: `evil.example:${new URL(direct.url).port}` },
    });
    expect(rebound.status).toBe(403);
    expect(rebound.text).not.toContain(direct.token);
  });
});

direct.describe('static files', () => {
  direct('index.html carries the CSP and safety headers and the bridge', async ({ direct }) => {
    for (const path of ['/', '/index.html']) {
      const res = await raw(direct.url, { path });
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toMatch(/^text\/html/);
      expect(res.headers['content-security-policy'], path).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
      expect(res.headers['cache-control'], path).toBe('no-store');
      const bridgeAt = res.text.indexOf('<script src="./harness/bridge.js"></script>');
      expect(bridgeAt, path).toBeGreaterThan(0);
      expect(res.text.search(/<script\b/), path).toBe(bridgeAt);
    }
    const missing = await raw(direct.url, { path: '/no-such-file.js' });
    expect(missing.status).toBe(404);
    expect(missing.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  direct('path traversal out of the renderer folder is 404', async ({ direct }) => {
    const attempts = [
      '/../package.json',
      '/%2e%2e/package.json',
      '/../../package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/%2E%2E%2F%2E%2E%2Fpackage.json',
      '/..%2f..%2fpackage.json',
      '/assets/../../../package.json',
      '/..%5c..%5cpackage.json',
      '/./index.html',
      '/index.html%00.png',
    ];
    for (const path of attempts) {
      const res = await raw(direct.url, { path });
      expect(res.status, path).toBe(404);
      expect(res.text, path).not.toContain('"name"');
    }
  });

  test('refuses files that resolve outside the folder, symlinks included', async () => {
    // A renderer folder of our own, with a secret beside it and a link pointing out of it.
    const root = await mkdtemp(join(tmpdir(), 'vp-harness-traversal-'));
    let harness: Harness | undefined;
    try {
      const rendererDir = join(root, 'renderer');
      await mkdir(join(rendererDir, 'assets'), { recursive: true });
      await writeFile(
        join(rendererDir, 'index.html'),
        '<!doctype html><html><head><title>t</title></head><body></body></html>',
      );
      await writeFile(join(rendererDir, 'assets', 'ok.css'), 'body{}');
      await writeFile(join(root, 'secret.txt'), 'SECRET');
      await symlink(join(root, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));
      await symlink(root, join(rendererDir, 'up'));
      harness = await startHarness({ rendererDir, kdf: MIN_KDF });

      const control = await raw(harness.url, { path: '/assets/ok.css' });
      expect(control.status).toBe(200);
      expect(control.headers['content-type']).toMatch(/^text\/css/);
      // No <script> in this page: the bridge goes before </head>.
      expect((await raw(harness.url, { path: '/' })).text).toContain(
        '<script src="./harness/bridge.js"></script>\n  </head>',
      );

      for (const path of [
        '/../secret.txt',
        '/%2e%2e/secret.txt',
        '/assets/link.txt',
        '/up/secret.txt',
        '/assets/',
        '/assets',
      ]) {
        const res = await raw(harness.url, { path });
        expect(res.status, path).toBe(404);
        expect(res.text, path).not.toContain('SECRET');
      }
    } finally {
      await harness?.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});

test.describe('closing', () => {
  test('removes the temporary case file folder it made and stops listening', async ({
    rendererDir,
  }) => {
    const harness = await startHarness({ rendererDir, kdf: MIN_KDF });
    const created = await apiPost(harness, 'createCaseFile', { passphrase: PASSPHRASE });
    expect(JSON.parse(created.text)).toMatchObject({ ok: true });
    expect((await stat(harness.caseFileFolder)).mode & 0o777).toBe(0o700);
    await harness.close();
    await expect(stat(harness.caseFileFolder)).rejects.toThrow();
    await expect(raw(harness.url, { path: '/' })).rejects.toThrow();
    await harness.close(); // idempotent
  });

  test('keeps a case file folder it was given, and opens it again', async ({ rendererDir }) => {
    const root = await mkdtemp(join(tmpdir(), 'vp-harness-given-'));
    const folder = join(root, 'casefile');
    try {
      const first = await startHarness({ rendererDir, kdf: MIN_KDF, caseFileFolder: folder });
      expect(first.caseFileFolder).toBe(folder);
      await apiPost(first, 'createCaseFile', { passphrase: PASSPHRASE });
      await first.close();
      const files = await readdir(folder);
      expect(files.length).toBeGreaterThan(0);

      const second = await startHarness({ rendererDir, kdf: MIN_KDF, caseFileFolder: folder });
      try {
        const status = await apiPost(second, 'getCaseFileStatus', {});
        expect(JSON.parse(status.text)).toEqual({
          ok: true,
          value: { state: 'locked', unlockedWith: null, demo: false },
        });
        const unlocked = await apiPost(second, 'unlock', { passphrase: PASSPHRASE });
        expect(JSON.parse(unlocked.text)).toMatchObject({ ok: true, value: { state: 'unlocked' } });
      } finally {
        await second.close();
      }
      expect(await readdir(folder)).toEqual(expect.arrayContaining(files));
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  test('refuses to start without a built renderer', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'vp-harness-empty-'));
    try {
      await expect(startHarness({ rendererDir: empty, kdf: MIN_KDF })).rejects.toThrow(
        /index\.html is missing.*npm run build/,
      );
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
