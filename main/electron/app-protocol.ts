import { readFile } from 'node:fs/promises';
import type { CustomScheme } from 'electron';
import { appResponseHeaders } from '../security/app-headers';
import { contentTypeFor, resolveAppAsset } from '../security/app-asset';
import { APP_SCHEME } from '../security/app-url';

/**
 * app:// is a standard, secure scheme (so the page has a real origin, `app://vp`, that the CSP's
 * 'self' and the IPC sender check can rely on) with fetch support for the renderer's own
 * files. Deliberately not bypassCSP, corsEnabled, allowServiceWorkers or stream.
 */
export const APP_SCHEME_REGISTRATION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

type ReadFile = (file: string) => Promise<Uint8Array>;

/**
 * The app:// protocol handler: serves files of the built renderer in `rootDir`, read-only, with
 * the CSP and nosniff headers. Anything that resolveAppAsset refuses, any file type that is not
 * part of a built renderer and any missing file is a plain 404 that names no path.
 */
export function appProtocolHandler(
  rootDir: string,
  read: ReadFile = readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(405, 'Method Not Allowed');
    }
    const file = resolveAppAsset(rootDir, request.url);
    const contentType = file === null ? null : contentTypeFor(file);
    if (file === null || contentType === null) return plain(404, 'Not Found');
    let body: Uint8Array;
    try {
      body = await read(file);
    } catch {
      return plain(404, 'Not Found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: appResponseHeaders(contentType),
    });
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: appResponseHeaders('text/plain; charset=utf-8') });
}
