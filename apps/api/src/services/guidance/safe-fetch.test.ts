import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedLookup, checkFetchUrl, safeFetch } from './safe-fetch';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/ok') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<h1>Hi</h1>');
    } else if (req.url === '/slow') {
      setTimeout(() => res.end('late'), 2000);
    } else if (req.url === '/loop') {
      res.writeHead(302, { location: '/loop' });
      res.end();
    } else if (req.url === '/to-metadata') {
      res.writeHead(302, { location: 'http://169.254.169.254/latest' });
      res.end();
    } else if (req.url === '/stream') {
      // No Content-Length: the cap must hold while reading.
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 100; i++) res.write('z'.repeat(1024));
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

describe('safeFetch', () => {
  it('refuses loopback unless allowed', async () => {
    await expect(safeFetch(`${base}/ok`)).rejects.toThrow(/private or local network/);
    const page = await safeFetch(`${base}/ok`, { allowPrivate: true });
    expect(page.body).toBe('<h1>Hi</h1>');
    expect(page.contentType).toMatch(/text\/html/);
  });

  it('refuses a host name that resolves to loopback when the connection looks it up', async () => {
    const lookup = checkedLookup(false);
    const looked = (all: boolean) =>
      new Promise<unknown>((resolve) =>
        lookup('localhost', { all }, (err, address) => resolve(err ?? address)),
      );
    expect(String(await looked(true))).toMatch(/private or local network/);
    expect(String(await looked(false))).toMatch(/private or local network/);
    const allowed = checkedLookup(true);
    const address = await new Promise((resolve) =>
      allowed('localhost', { all: false }, (_e, a) => resolve(a)),
    );
    expect(String(address)).toMatch(/^(127\.0\.0\.1|::1)$/);
    const port = new URL(base).port;
    await expect(safeFetch(`http://localhost:${port}/ok`)).rejects.toThrow(/private or local/);
  });

  it('checks every redirect again', async () => {
    await expect(safeFetch(`${base}/to-metadata`, { allowPrivate: false })).rejects.toThrow(
      /private or local/,
    );
    await expect(safeFetch(`${base}/loop`, { allowPrivate: true })).rejects.toThrow(
      /too many times/,
    );
  });

  it('gives up on slow sites and oversized pages', async () => {
    await expect(safeFetch(`${base}/slow`, { allowPrivate: true, timeoutMs: 200 })).rejects.toThrow(
      /did not answer within/,
    );
    await expect(
      safeFetch(`${base}/stream`, { allowPrivate: true, maxBytes: 10 * 1024 }),
    ).rejects.toThrow(/larger than 10 KB/);
  });

  it('refuses other schemes and credentials before any connection', () => {
    expect(() => checkFetchUrl('file:///etc/passwd', false)).toThrow(/Only http/);
    expect(() => checkFetchUrl('gopher://x.example/', true)).toThrow(/Only http/);
    expect(() => checkFetchUrl('https://u:p@x.example/', false)).toThrow(/user name/);
    expect(() => checkFetchUrl('not a url', false)).toThrow(/not a web address/);
    expect(() => checkFetchUrl('http://metadata.google.internal/', false)).toThrow(/private/);
    // Other spellings of loopback that URL parsing turns into 127.0.0.1.
    for (const u of [
      'http://2130706433/',
      'http://0x7f.1/',
      'http://127.1/',
      'http://[0:0:0:0:0:ffff:7f00:1]/',
    ]) {
      expect(() => checkFetchUrl(u, false), u).toThrow(/private/);
    }
    expect(checkFetchUrl('https://www.gov.uk/x', false).href).toBe('https://www.gov.uk/x');
  });
});
