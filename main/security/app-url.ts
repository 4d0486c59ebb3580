/**
 * The app's one origin. The renderer is served from `app://vp/`, a privileged standard scheme
 * handled by main; nothing else may be loaded, navigated to or trusted as an IPC sender.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'vp';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const APP_PREFIX = `${APP_ORIGIN}/`;

/**
 * Whether `url` is on the app's own origin. Deliberately stricter than a URL parser: the raw
 * string must start with exactly `app://vp/` (Chromium hands main canonical URLs, so any
 * variant such as `APP://`, `app://vp:1/` or `app://vp\` is a trick, not a real app URL), may
 * not contain a backslash, whitespace or control character, and must also parse to the same
 * scheme and host with no user info or port.
 */
export function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string' || !url.startsWith(APP_PREFIX)) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\\\s\u0000-\u001f\u007f]/.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Navigation (will-navigate, will-redirect, will-frame-navigate) stays on the app's origin. */
export function isAllowedNavigation(url: unknown): boolean {
  return isAppUrl(url);
}

/**
 * Which requests the app's session lets through: its own files, data: and blob: URLs of its own
 * origin (they never leave the machine and the CSP governs where they may be used), and the
 * developer tools when they are enabled (unpackaged builds only). Everything else, above all
 * http(s), ws(s), ftp and file:, is cancelled: the app loads no remote content and reads no
 * file by URL.
 */
export function isAllowedRequest(url: unknown, options: { devTools: boolean }): boolean {
  if (typeof url !== 'string') return false;
  if (isAppUrl(url)) return true;
  if (url.startsWith('data:')) return true;
  if (url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length))) return true;
  return options.devTools && url.startsWith('devtools://');
}
