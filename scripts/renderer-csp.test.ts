import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../main/security/csp';

const root = join(import.meta.dirname, '..');

/**
 * Browsers ignore these directives in a <meta> CSP, and Chromium reports each one as a console
 * error (which fails every e2e test). They are sent in the response header only.
 */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

/** CONTENT_SECURITY_POLICY as it belongs in index.html: the same, less the header-only ones. */
function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => !HEADER_ONLY.includes(directive.split(/\s+/)[0] ?? ''))
    .join('; ');
}

function metaCsp(html: string): string | undefined {
  const tag = html.match(/<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i)?.[0];
  return tag?.match(/content="([^"]*)"/i)?.[1];
}

function checkHtml(html: string) {
  expect(metaCsp(html)).toBe(metaPolicy(CONTENT_SECURITY_POLICY));
  // No inline script or style: the CSP would block them.
  for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
    expect(script).toMatch(/\ssrc=/);
    expect(script.replace(/<script\b[^>]*>|<\/script>/gi, '').trim()).toBe('');
  }
  expect(html).not.toMatch(/<style\b/i);
  expect(html).not.toMatch(/\sstyle=/i);
  expect(html).not.toMatch(/https?:\/\//i);
}

describe('renderer Content-Security-Policy', () => {
  it('drops only header-only directives from the meta policy', () => {
    const full = CONTENT_SECURITY_POLICY.split('; ');
    const meta = metaPolicy(CONTENT_SECURITY_POLICY).split('; ');
    expect(full.filter((d) => !meta.includes(d)).map((d) => d.split(' ')[0])).toEqual(
      HEADER_ONLY.filter((name) => full.some((d) => d.startsWith(`${name} `))),
    );
    expect(meta).toContain("default-src 'none'");
    expect(meta).toContain("script-src 'self'");
    expect(meta).toContain("style-src 'self'");
  });

  it('renderer/index.html carries main/security/csp.ts (less header-only directives)', () => {
    checkHtml(readFileSync(join(root, 'renderer/index.html'), 'utf8'));
  });

  const built = join(root, 'dist/renderer/index.html');
  it.skipIf(!existsSync(built))('the built dist/renderer/index.html keeps it', () => {
    checkHtml(readFileSync(built, 'utf8'));
  });
});
