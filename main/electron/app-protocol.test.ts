import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { APP_SCHEME_REGISTRATION, appProtocolHandler } from './app-protocol';

let base: string;
let root: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'vp-protocol-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>VP Dossier</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-a1.js'), 'console.log(1);');
  fs.writeFileSync(path.join(root, 'assets', 'notes.db'), 'not served');
  // Beside the renderer, as the case file and main bundle would be.
  fs.writeFileSync(path.join(base, 'secret.html'), 'case data');
  fs.mkdirSync(path.join(base, 'renderer-secrets'));
  fs.writeFileSync(path.join(base, 'renderer-secrets', 'a.js'), 'case data');
  serve = appProtocolHandler(root);
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('APP_SCHEME_REGISTRATION', () => {
  it('registers app:// as standard and secure with fetch, and nothing more', () => {
    expect(APP_SCHEME_REGISTRATION).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });
});

describe('appProtocolHandler', () => {
  it.each([
    ['app://vp/', 'text/html; charset=utf-8', '<!doctype html><title>VP Dossier</title>'],
    ['app://vp/index.html', 'text/html; charset=utf-8', '<!doctype html><title>VP Dossier</title>'],
    ['app://vp/assets/index-a1.js', 'text/javascript; charset=utf-8', 'console.log(1);'],
  ])('serves %s with the security headers', async (url, type, body) => {
    const response = await serve(new Request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(body);
  });

  it.each([
    'app://vp/../secret.html',
    'app://vp/%2e%2e/secret.html',
    'app://vp/..%2fsecret.html',
    'app://vp/..%5csecret.html',
    'app://vp/%2e%2e/renderer-secrets/a.js',
    'app://vp/assets/notes.db',
    'app://vp/missing.js',
    'app://vp/assets/',
    'app://evil/index.html',
  ])('answers %s with a 404 that names no path', async (url) => {
    const response = await serve(new Request(url));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const text = await response.text();
    expect(text).not.toContain(base);
    expect(text).not.toContain('case data');
  });

  it.each(['POST', 'PUT', 'DELETE'])('refuses %s', async (method) => {
    const response = await serve(new Request('app://vp/index.html', { method, body: 'x' }));
    expect(response.status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const response = await serve(new Request('app://vp/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('reads only files inside the renderer folder', async () => {
    const read: string[] = [];
    const handler = appProtocolHandler(root, async (file) => {
      read.push(file);
      return new Uint8Array();
    });
    await handler(new Request('app://vp/assets/index-a1.js'));
    // URL parsing (here and in Chromium) already removes dot segments, so this asks for
    // renderer/secret.html; resolveAppAsset's own checks are the second line of defence.
    await handler(new Request('app://vp/%2e%2e/secret.html'));
    await handler(new Request('app://vp/..%2f..%2fsecret.html'));
    expect(read.length).toBeGreaterThan(0);
    for (const file of read) expect(file.startsWith(root + path.sep)).toBe(true);
  });
});
