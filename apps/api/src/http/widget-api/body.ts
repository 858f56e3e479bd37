import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';

/** The widget's requests are small JSON; anything bigger is refused. */
export const WIDGET_BODY_LIMIT = 16 * 1024;

/**
 * Refuses a request whose declared size (Content-Length) is over `maxBytes` before reading a
 * byte of it. A body without a declared size is held to the same limit while it is read
 * (`readBodyText`). Unlike hono's bodyLimit, this reads only the header: touching
 * `c.req.raw.body` makes the Node adapter build a web Request, an AbortSignal and two web
 * streams for every request, a fifth of a widget chat message's CPU
 * (bench/src/widget-chat.bench.ts).
 */
export function declaredSizeLimit(
  maxBytes: number,
  onTooLarge: (c: Context) => Response | Promise<Response>,
): MiddlewareHandler {
  return async (c, next) => {
    const declared = c.req.header('content-length');
    if (declared !== undefined && !(Number(declared) <= maxBytes)) return onTooLarge(c);
    await next();
  };
}

export type BodyText =
  { ok: true; text: string } | { ok: false; reason: 'too_large' | 'unreadable' };

const utf8 = new TextDecoder('utf-8');

/**
 * The request body as text (UTF-8, a leading BOM dropped, bad bytes as U+FFFD: as
 * `Request.text()` reads it), refused once it passes `maxBytes`. On the Node server it is read
 * straight from the socket, without the web Request that reading it through `c.req` builds.
 */
export async function readBodyText(c: Context, maxBytes: number): Promise<BodyText> {
  const incoming = nodeRequestOf(c);
  const source: AsyncIterable<Uint8Array> | null = incoming ?? c.req.raw.body;
  if (!source) return { ok: true, text: '' };
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of source) {
      size += chunk.byteLength;
      if (size > maxBytes) return { ok: false, reason: 'too_large' };
      chunks.push(chunk);
    }
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  return { ok: true, text: utf8.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)) };
}

/**
 * The Node request behind `c`, when nothing has started reading it: the Node adapter passes it
 * as `c.env.incoming`; tests that call `app.request()` have none (their body is read from the
 * web Request instead).
 */
function nodeRequestOf(c: Context): IncomingMessage | null {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (!incoming || typeof incoming.readableDidRead !== 'boolean') return null;
  return incoming.readableDidRead ? null : incoming;
}
