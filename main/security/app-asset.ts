import path from 'node:path';
import { APP_ORIGIN, isAppUrl } from './app-url';

type PathApi = Pick<typeof path, 'resolve' | 'join' | 'sep' | 'isAbsolute'>;

/**
 * Maps a request for `app://vp/<path>` to a file inside `rootDir` (the built renderer), or null
 * when the request is not for the app's origin or its path could reach anything outside that
 * folder. Rejected rather than normalised: `.` and `..` segments, also percent-encoded; encoded
 * slashes and backslashes; backslashes, colons (Windows drives and alternate data streams), NUL
 * and other control characters; double encoding; empty segments; anything that does not decode. The final
 * path must still resolve inside `rootDir` (a lexical check: the built renderer has no
 * symlinks). `/` serves index.html. `pathApi` is only swapped by tests, to check Windows paths.
 */
export function resolveAppAsset(
  rootDir: string,
  requestUrl: unknown,
  pathApi: PathApi = path,
): string | null {
  if (typeof requestUrl !== 'string' || !isAppUrl(requestUrl)) return null;
  const rawPath = requestUrl.slice(APP_ORIGIN.length).split(/[?#]/, 1)[0] ?? '';
  if (rawPath === '/') return pathApi.join(pathApi.resolve(rootDir), 'index.html');

  const segments = rawPath.slice(1).split('/');
  const decoded: string[] = [];
  for (const segment of segments) {
    const name = decodeSegment(segment);
    if (name === null) return null;
    decoded.push(name);
  }

  const root = pathApi.resolve(rootDir);
  const relative = decoded.join(pathApi.sep);
  if (pathApi.isAbsolute(relative)) return null;
  const file = pathApi.resolve(root, relative);
  return file.startsWith(root + pathApi.sep) ? file : null;
}

/** One decoded path segment, or null when it is empty, a dot segment or carries a trick. */
function decodeSegment(segment: string): string | null {
  let name: string;
  try {
    name = decodeURIComponent(segment);
  } catch {
    return null;
  }
  if (name === '' || name === '.' || name === '..') return null;
  // A `%` left after decoding means double encoding: no built file has one in its name.
  // eslint-disable-next-line no-control-regex
  if (/[/\\:%\u0000-\u001f\u007f]/.test(name)) return null;
  // Trailing dots and spaces are dropped by Windows, so `..%20` or `...` could become `..`.
  if (/[. ]$/.test(name)) return null;
  return name;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/**
 * The Content-Type for a file the app serves, or null for any other kind of file: only the
 * types a built renderer contains are served, and with `nosniff` nothing else is guessed.
 */
export function contentTypeFor(file: string): string | null {
  const ext = path.extname(file).toLowerCase();
  return Object.prototype.hasOwnProperty.call(contentTypes, ext)
    ? (contentTypes[ext] ?? null)
    : null;
}
