/**
 * The renderer's Content-Security-Policy: only the app's own scripts, styles, fonts and images,
 * nothing remote, no inline script, no eval, no frames, no forms posted anywhere. Sent as a
 * header by the Electron protocol handler and the e2e harness, and repeated in index.html.
 * connect-src 'self' lets the e2e harness reach its own origin; in Electron 'self' is the
 * app:// origin, which serves only the built renderer files.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "worker-src 'none'",
  "media-src 'none'",
  "manifest-src 'none'",
].join('; ');
