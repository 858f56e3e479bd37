// Fetches one public web page for the guidance library, server-side, without becoming a way into
// the service's own network (SSRF): http/https only, no credentials in the URL, every address the
// host name resolves to checked at connect time (so DNS rebinding between check and connect does
// not help), redirects followed by hand and checked again, a size cap and an overall deadline.
import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPrivateAddress } from './address-policy';

export interface SafeFetchOptions {
  /** Allow loopback and private networks (an intranet guidance server); off by default. */
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface FetchedPage {
  /** Where the page was finally read from, after redirects. */
  url: string;
  contentType: string;
  body: string;
  bytes: number;
}

export class FetchRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FetchRefused';
  }
}

export const DEFAULT_FETCH_TIMEOUT_MS = 10_000;
export const DEFAULT_FETCH_MAX_BYTES = 2 * 1024 * 1024;

/** Checks a URL's shape before anything is resolved; throws FetchRefused with a clear sentence. */
export function checkFetchUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new FetchRefused('That is not a web address. It should start with https://.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new FetchRefused('Only http:// and https:// addresses can be fetched.');
  }
  if (url.username || url.password) {
    throw new FetchRefused('Addresses with a user name or password cannot be fetched.');
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate) {
    if (
      isIP(host)
        ? isPrivateAddress(host)
        : /^(localhost|.*\.localhost|.*\.local|.*\.internal)$/i.test(host)
    ) {
      throw new FetchRefused(
        'That address is on a private or local network, so it cannot be fetched.',
      );
    }
  }
  return url;
}

export function checkedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 4);
      const list = addresses as unknown as { address: string; family: number }[];
      if (!allowPrivate && list.some((a) => isPrivateAddress(a.address))) {
        return callback(
          new FetchRefused(
            'That address is on a private or local network, so it cannot be fetched.',
          ),
          '',
          4,
        );
      }
      if (options.all)
        return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
      const first = list[0];
      if (!first) return callback(new Error('no address'), '', 4);
      callback(null, first.address, first.family);
    });
  };
}

interface RawResponse {
  status: number;
  location: string | undefined;
  contentType: string;
  body: Buffer;
}

function requestOnce(
  url: URL,
  o: Required<SafeFetchOptions>,
  signal: AbortSignal,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(
      url,
      {
        method: 'GET',
        lookup: checkedLookup(o.allowPrivate),
        signal,
        headers: {
          accept: 'text/html, text/markdown, text/plain;q=0.9, */*;q=0.1',
          'accept-encoding': 'identity',
          'user-agent': 'SEN-Mediation-Desk guidance import',
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        const contentType = String(res.headers['content-type'] ?? '');
        if (status >= 300 && status < 400) {
          res.resume();
          resolve({ status, location, contentType, body: Buffer.alloc(0) });
          return;
        }
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > o.maxBytes) {
          res.destroy();
          reject(tooLarge(o.maxBytes));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > o.maxBytes) {
            res.destroy();
            reject(tooLarge(o.maxBytes));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () =>
          resolve({ status, location, contentType, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const tooLarge = (max: number) =>
  new FetchRefused(`That page is larger than ${Math.round(max / 1024)} KB, so it was not fetched.`);

function decode(body: Buffer, contentType: string): string {
  const charset = /charset=([^;\s]+)/i.exec(contentType)?.[1]?.replace(/"/g, '') ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

/** Fetches `raw`; every failure is a FetchRefused whose message can be shown to staff as is. */
export async function safeFetch(raw: string, options: SafeFetchOptions = {}): Promise<FetchedPage> {
  const o: Required<SafeFetchOptions> = {
    allowPrivate: options.allowPrivate ?? false,
    timeoutMs: options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? 3,
  };
  const signal = AbortSignal.timeout(o.timeoutMs);
  let url = checkFetchUrl(raw, o.allowPrivate);
  for (let hop = 0; ; hop++) {
    let res: RawResponse;
    try {
      res = await requestOnce(url, o, signal);
    } catch (error) {
      if (error instanceof FetchRefused) throw error;
      if (signal.aborted) {
        throw new FetchRefused(
          `The site did not answer within ${Math.round(o.timeoutMs / 1000)} seconds.`,
        );
      }
      const code = (error as { code?: string }).code;
      if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        throw new FetchRefused('That site could not be found.');
      throw new FetchRefused('That site could not be reached.');
    }
    if (res.status >= 300 && res.status < 400) {
      if (!res.location) throw new FetchRefused('The site redirected without saying where to.');
      if (hop >= o.maxRedirects) throw new FetchRefused('The site redirected too many times.');
      url = checkFetchUrl(new URL(res.location, url).href, o.allowPrivate);
      continue;
    }
    if (res.status !== 200) {
      throw new FetchRefused(`The site answered with status ${res.status}, not the page.`);
    }
    return {
      url: url.href,
      contentType: res.contentType,
      body: decode(res.body, res.contentType),
      bytes: res.body.length,
    };
  }
}
