import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export interface RequestMeta {
  ip: string;
  userAgent: string;
  requestId: string;
  /** The origin this service is reached at, as the browser sees it. */
  selfOrigin: string;
}

export interface MetaOptions {
  trustProxy: boolean;
  publicUrl: string | null;
}

export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    // Our own proxy appends the address it saw: the last entry is the one we can trust.
    const fwd = c.req.header('x-forwarded-for');
    const last = fwd?.split(',').pop()?.trim();
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'unknown';
  }
}

export function selfOrigin(c: Context, o: MetaOptions): string {
  if (o.publicUrl) return new URL(o.publicUrl).origin;
  const url = new URL(c.req.url);
  if (o.trustProxy) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
    const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim();
    if (proto && host) return `${proto}://${host}`;
  }
  const host = c.req.header('host');
  return host ? `${url.protocol}//${host}` : url.origin;
}

export function requestMeta(c: Context, o: MetaOptions): RequestMeta {
  return {
    ip: clientIp(c, o.trustProxy),
    userAgent: (c.req.header('user-agent') ?? '').slice(0, 200),
    requestId: c.get('requestId' as never) ?? crypto.randomUUID(),
    selfOrigin: selfOrigin(c, o),
  };
}

/** The origin a request says it came from: `Origin`, else the origin of `Referer`. */
export function requestOrigin(c: Context): string | null {
  const origin = c.req.header('origin');
  if (origin && origin !== 'null') return origin;
  const referer = c.req.header('referer');
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}
