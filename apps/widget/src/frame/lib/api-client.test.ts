import { describe, expect, it, vi } from 'vitest';
import { englishFrame } from '../../strings';
import { ApiError, createWidgetApi, kindForStatus, retryAfterSeconds } from './api-client';
import { errorText } from './error-text';

type Call = { url: string; init: RequestInit };

function fakeFetch(respond: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetcher = (async (url: string, init: RequestInit) => {
    const call = { url, init };
    calls.push(call);
    return respond(call);
  }) as unknown as typeof fetch;
  return { calls, fetcher };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

function sse(chunks: string[]) {
  const enc = new TextEncoder();
  return new Response(
    new ReadableStream({
      start(c) {
        for (const chunk of chunks) c.enqueue(enc.encode(chunk));
        c.close();
      },
    }),
    { headers: { 'Content-Type': 'text/event-stream; charset=utf-8' } },
  );
}

describe('createWidgetApi', () => {
  it('starts a conversation with the site key and host origin in the body, no cookies', async () => {
    const start = {
      conversationId: 'c1',
      token: 't1',
      service: { name: 'S', phone: '1', officeHours: { openNow: true, text: '' } },
      site: {},
      localAuthorities: [],
    };
    const f = fakeFetch(() => json(start));
    const api = createWidgetApi('/api/widget/v1', f.fetcher);
    await expect(api.start('site-key', 'https://council.example')).resolves.toEqual(start);
    expect(f.calls[0]!.url).toBe('/api/widget/v1/conversations');
    expect(f.calls[0]!.init.credentials).toBe('omit');
    expect(JSON.parse(String(f.calls[0]!.init.body))).toEqual({
      siteKey: 'site-key',
      hostOrigin: 'https://council.example',
    });
    await api.start('site-key', 'https://council.example', 'EHC plans');
    expect(JSON.parse(String(f.calls[1]!.init.body))).toMatchObject({ page: 'EHC plans' });
  });

  it('streams an answer: sources, deltas, done', async () => {
    const f = fakeFetch(() =>
      sse([
        'event: sources\ndata: {"citations":[{"quote":"Q","title":"Page","url":"https://x.org/p","asOf":"2026-01-02"}]}\n\n',
        'event: delta\ndata: {"text":"Hel"}\n\nevent: delta\ndata: {"text":"lo"}\n\n',
        'event: done\ndata: {"messageId":"m1","kind":"answer","answered":true}\n\n',
      ]),
    );
    const api = createWidgetApi('/api', f.fetcher);
    const deltas: string[] = [];
    let sources = 0;
    const answer = await api.ask('c 1', 'tok', 'Hi?', {
      onDelta: (d) => deltas.push(d),
      onSources: (c) => (sources = c.length),
    });
    expect(answer).toEqual({
      messageId: 'm1',
      kind: 'answer',
      answered: true,
      text: 'Hello',
      citations: [{ quote: 'Q', title: 'Page', url: 'https://x.org/p', asOf: '2026-01-02' }],
    });
    expect(deltas).toEqual(['Hel', 'lo']);
    expect(sources).toBe(1);
    expect(f.calls[0]!.url).toBe('/api/conversations/c%201/messages');
    const headers = f.calls[0]!.init.headers as Record<string, string>;
    expect(headers.Authorization).toBe('Bearer tok');
    expect(headers.Accept).toBe('text/event-stream');
  });

  it('accepts a plain JSON answer too', async () => {
    const f = fakeFetch(() =>
      json({ messageId: 'm2', kind: 'refusal', answered: false, text: 'Sorry', citations: [] }),
    );
    const answer = await createWidgetApi('/api', f.fetcher).ask('c', 't', 'x');
    expect(answer).toMatchObject({ messageId: 'm2', answered: false, text: 'Sorry' });
    expect(JSON.parse(f.calls[0]!.init.body as string)).toEqual({ text: 'x' });
  });

  it("sends the family's council with the question when it is known", async () => {
    const f = fakeFetch(() =>
      json({ messageId: 'm3', kind: 'contact', answered: true, text: 'Camden', citations: [] }),
    );
    await createWidgetApi('/api', f.fetcher).ask('c', 't', 'my IASS?', {}, 'Camden');
    expect(JSON.parse(f.calls[0]!.init.body as string)).toEqual({
      text: 'my IASS?',
      localAuthority: 'Camden',
    });
  });

  it('turns an SSE error event, or a stream cut before done, into a server error', async () => {
    const api1 = createWidgetApi(
      '/api',
      fakeFetch(() =>
        sse([
          'event: delta\ndata: {"text":"Hel"}\n\nevent: error\ndata: {"message":"Call 020"}\n\n',
        ]),
      ).fetcher,
    );
    await expect(api1.ask('c', 't', 'x')).rejects.toMatchObject({
      kind: 'server',
      serverMessage: 'Call 020',
    });
    const api2 = createWidgetApi(
      '/api',
      fakeFetch(() => sse(['event: delta\ndata: {"text":"Hel"}\n\n'])).fetcher,
    );
    await expect(api2.ask('c', 't', 'x')).rejects.toBeInstanceOf(ApiError);
  });

  it('reads error bodies, status and Retry-After', async () => {
    const f = fakeFetch(() =>
      json({ error: { code: 'rate_limited', message: 'Slow down. Call 020' } }, 429, {
        'Retry-After': '12',
      }),
    );
    const error = await createWidgetApi('/api', f.fetcher)
      .triage({})
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      kind: 'rate-limited',
      serverMessage: 'Slow down. Call 020',
      retryAfterSeconds: 12,
    });
  });

  it('reports a network failure as server down, or offline when the browser says so', async () => {
    const f = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const api = createWidgetApi('/api', f.fetcher);
    vi.stubGlobal('navigator', { onLine: true });
    await expect(api.triage({})).rejects.toMatchObject({ kind: 'server' });
    vi.stubGlobal('navigator', { onLine: false });
    await expect(api.triage({})).rejects.toMatchObject({ kind: 'offline' });
    vi.unstubAllGlobals();
  });

  it('sends feedback and callbacks with the bearer token', async () => {
    const f = fakeFetch((call) =>
      call.url.endsWith('/callbacks') ? json({ reference: 'SEN-123' }) : json({ ok: true }),
    );
    const api = createWidgetApi('/api', f.fetcher);
    await api.feedback('m/1', 'tok', 'down');
    await expect(
      api.callback('tok', {
        conversationId: 'c',
        name: 'A',
        contactMethod: 'phone',
        phone: '07700 900982',
        description: 'x',
        consent: true,
      }),
    ).resolves.toEqual({ reference: 'SEN-123' });
    expect(f.calls.map((c) => c.url)).toEqual(['/api/messages/m%2F1/feedback', '/api/callbacks']);
    expect(JSON.parse(String(f.calls[0]!.init.body))).toEqual({ rating: 'down' });
  });
});

describe('status and Retry-After', () => {
  it('maps status codes to what the visitor is told', () => {
    expect([429, 401, 403, 400, 422, 500, 503].map(kindForStatus)).toEqual([
      'rate-limited',
      'expired',
      'denied',
      'invalid',
      'invalid',
      'server',
      'server',
    ]);
  });
  it('reads seconds or an HTTP date', () => {
    expect(retryAfterSeconds('3')).toBe(3);
    expect(retryAfterSeconds(null)).toBe(0);
    expect(retryAfterSeconds(new Date(10_000).toUTCString(), 0)).toBe(10);
  });
});

describe('errorText', () => {
  const t = { ...englishFrame };
  it('always offers the phone number once known', () => {
    for (const kind of ['offline', 'rate-limited', 'server', 'denied', 'expired'] as const) {
      expect(errorText(new ApiError(kind, ''), t, '020 7946 0000')).toContain('020 7946 0000');
    }
    expect(errorText(new Error('boom'), t, '020 7946 0000')).toContain('020 7946 0000');
    expect(errorText(new ApiError('rate-limited', '', 7), t, '1')).toContain('7 seconds');
  });
  it('falls back to the server message (which carries the phone) before the service is known', () => {
    expect(errorText(new ApiError('denied', 'Not here. Call 020 7946 0000'), t, '')).toBe(
      'Not here. Call 020 7946 0000',
    );
  });
});
