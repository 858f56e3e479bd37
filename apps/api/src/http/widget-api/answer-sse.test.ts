import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { answerAsSse, sseEvent } from './answer-sse';

type Step = string | Error | Promise<void>;

/** A Hono app whose one route sends `steps` (events, failures, waits) as SSE. */
function appFor(steps: Step[]) {
  async function* events() {
    for (const step of steps) {
      if (step instanceof Error) throw step;
      if (step instanceof Promise) await step;
      else yield step;
    }
  }
  return new Hono().get('/', (c) =>
    answerAsSse(
      c,
      events(),
      async (text) => sseEvent('delta', { text }),
      async (error) => sseEvent('error', { message: (error as Error).message }),
      () => undefined,
    ),
  );
}

/** Reads the body chunk by chunk, as the widget does. */
async function chunksOf(res: Response): Promise<string[]> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const chunks: string[] = [];
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    chunks.push(decoder.decode(r.value));
  }
  return chunks.filter(Boolean);
}

describe('answerAsSse', () => {
  it('sends events that are ready at once as one body, never cached', async () => {
    const res = await appFor(['a', 'b', 'c']).request('/');
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await chunksOf(res)).toEqual([
      'event: delta\ndata: {"text":"a"}\n\n' +
        'event: delta\ndata: {"text":"b"}\n\n' +
        'event: delta\ndata: {"text":"c"}\n\n',
    ]);
  });

  it('streams from the first event it has to wait for (a model writing its answer)', async () => {
    let release!: () => void;
    const later = new Promise<void>((resolve) => (release = resolve));
    const res = await appFor(['a', later, 'b']).request('/');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const reader = res.body!.getReader();
    // What was ready goes out while the rest is still being written.
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('event: delta\ndata: {"text":"a"}\n\n');
    release();
    let rest = '';
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      rest += new TextDecoder().decode(r.value);
    }
    expect(rest).toBe('event: delta\ndata: {"text":"b"}\n\n');
  });

  it('ends with the error event when it fails, ready or streaming', async () => {
    const fast = await appFor(['a', new Error('broke')]).request('/');
    expect((await chunksOf(fast)).join('')).toBe(
      'event: delta\ndata: {"text":"a"}\n\nevent: error\ndata: {"message":"broke"}\n\n',
    );
    const slow = await appFor([
      'a',
      new Promise((r) => setTimeout(r, 5)),
      new Error('late'),
    ]).request('/');
    expect((await chunksOf(slow)).join('')).toBe(
      'event: delta\ndata: {"text":"a"}\n\nevent: error\ndata: {"message":"late"}\n\n',
    );
  });
});
