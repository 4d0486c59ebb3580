import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * Headers on every response of the app:// protocol, files and errors alike: the CSP (also in
 * index.html, but a header also covers files opened directly and cannot be removed by the
 * page), no MIME sniffing, no referrer, an isolated browsing context group, and no caching, so
 * an old build's file is never served after an update.
 */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}
