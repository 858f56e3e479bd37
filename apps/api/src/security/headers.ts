import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

export interface CspOptions {
  /** Hashes ('sha256-…') of inline scripts the page is allowed to run. */
  scriptHashes?: string[];
  /** Who may frame the page: `'none'` by default. */
  frameAncestors?: string[];
  /** Extra origins the page may call. */
  connectSrc?: string[];
}

export function contentSecurityPolicy(o: CspOptions = {}): string {
  const hashes = (o.scriptHashes ?? []).map((h) => `'${h}'`);
  const ancestors = o.frameAncestors?.length ? o.frameAncestors.join(' ') : "'none'";
  return [
    "default-src 'self'",
    ["script-src 'self'", ...hashes].join(' '),
    // Svelte sets element styles at run time; styles cannot run code, scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    ['connect-src', "'self'", ...(o.connectSrc ?? [])].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}

/** sha256 CSP sources for every inline <script> in an HTML page (SvelteKit's bootstrap). */
export function inlineScriptHashes(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    const body = m[1] ?? '';
    if (body.trim() === '') continue;
    out.push(`sha256-${createHash('sha256').update(body).digest('base64')}`);
  }
  return out;
}

/**
 * Headers on every answer. A route that serves HTML may replace the CSP (to add script hashes or
 * frame-ancestors) after `next()`.
 */
export function securityHeaders(opts: { hsts: boolean }): MiddlewareHandler {
  const csp = contentSecurityPolicy();
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    if (!h.has('Content-Security-Policy')) h.set('Content-Security-Policy', csp);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    if (
      !h.has('X-Frame-Options') &&
      !/frame-ancestors (?!'none')/.test(h.get('Content-Security-Policy') ?? '')
    )
      h.set('X-Frame-Options', 'DENY');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    if (!h.has('Cross-Origin-Resource-Policy'))
      h.set('Cross-Origin-Resource-Policy', 'same-origin');
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (opts.hsts) h.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    h.delete('X-Powered-By');
  };
}
