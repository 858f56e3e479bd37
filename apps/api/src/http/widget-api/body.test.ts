import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredSizeLimit, readBodyText } from './body';

const LIMIT = 64;

/** Echoes what readBodyText made of the body, as the widget routes read it. */
const app = new Hono()
  .use(
    '*',
    declaredSizeLimit(LIMIT, (c) => c.json({ refused: 'declared' }, 413)),
  )
  .post('/echo', async (c) => {
    const body = await readBodyText(c, LIMIT);
    // The Node adapter keeps the web Request it built under a symbol (the cost this avoids).
    if (Object.getOwnPropertySymbols(c.req.raw).some((s) => s.description === 'requestCache')) {
      return c.json({ builtWebRequest: true }, 500);
    }
    return body.ok ? c.json({ text: body.text }) : c.json({ refused: body.reason }, 413);
  });

let server: ServerType;
let port: number;
beforeAll(async () => {
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      port = info.port;
      resolve();
    });
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Posts `chunks` over a real socket; without `length`, chunked (no Content-Length). */
function post(chunks: Buffer[], length?: number): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: '/echo',
        method: 'POST',
        headers: length === undefined ? {} : { 'content-length': String(length) },
      },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (data += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(data) }));
      },
    );
    // A refused body may not be read to the end: the server answers and the socket closes.
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

const cases: [name: string, bytes: Buffer, expected: string][] = [
  ['plain text', Buffer.from('{"text":"hello"}'), '{"text":"hello"}'],
  ['a leading BOM is dropped', Buffer.from('\ufeff{"a":1}'), '{"a":1}'],
  ['bad bytes become U+FFFD', Buffer.from([0x61, 0xff, 0x62]), 'a\ufffdb'],
  ['an empty body', Buffer.alloc(0), ''],
];

describe('readBodyText over the Node server (read from the socket, no web Request built)', () => {
  for (const [name, bytes, expected] of cases) {
    it(`reads ${name} as Request.text() would`, async () => {
      expect(await new Request('http://x/', { method: 'POST', body: bytes }).text()).toBe(expected);
      expect(await post([bytes], bytes.length)).toEqual({ status: 200, body: { text: expected } });
    });
  }

  it('joins a multi-byte character split across chunks', async () => {
    const bytes = Buffer.from('é👩‍👧');
    const chunks = [bytes.subarray(0, 1), bytes.subarray(1, 4), bytes.subarray(4)];
    expect(await post(chunks)).toEqual({ status: 200, body: { text: 'é👩‍👧' } });
  });

  it('refuses a declared size over the limit before reading it', async () => {
    expect(await post([Buffer.alloc(LIMIT + 1, 'a')], LIMIT + 1)).toEqual({
      status: 413,
      body: { refused: 'declared' },
    });
  });

  it('holds a body of undeclared size to the limit as it is read', async () => {
    const half = Buffer.alloc(LIMIT / 2, 'a');
    expect(await post([half, half])).toEqual({ status: 200, body: { text: 'a'.repeat(LIMIT) } });
    expect(await post([half, half, Buffer.from('a')])).toEqual({
      status: 413,
      body: { refused: 'too_large' },
    });
  });
});

describe('a large body of undeclared size', () => {
  it('still gets the 413 answer, not a reset connection', async () => {
    const chunks = Array.from({ length: 64 }, () => Buffer.alloc(64 * 1024, 'a'));
    expect(await post(chunks)).toEqual({ status: 413, body: { refused: 'too_large' } });
  });
});

describe('readBodyText without the Node server (app.request in tests)', () => {
  for (const [name, bytes, expected] of cases) {
    it(`reads ${name}`, async () => {
      const res = await app.request('/echo', { method: 'POST', body: bytes });
      expect(await res.json()).toEqual({ text: expected });
    });
  }

  it('holds a streamed body to the limit', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new Uint8Array(LIMIT / 2).fill(97));
        controller.close();
      },
    });
    const res = await app.request('/echo', {
      method: 'POST',
      body: stream,
      // Node's fetch needs `duplex` for a streamed body.
      duplex: 'half',
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ refused: 'too_large' });
  });
});
