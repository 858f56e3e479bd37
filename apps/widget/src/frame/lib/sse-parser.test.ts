import { describe, expect, it } from 'vitest';
import { createSseParser, readSse, type SseEvent } from './sse-parser';

function parse(chunks: string[]): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = createSseParser((e) => events.push(e));
  for (const c of chunks) parser.push(c);
  parser.end();
  return events;
}

describe('createSseParser', () => {
  it('reads named events with JSON data', () => {
    expect(
      parse(['event: delta\ndata: {"text":"Hi"}\n\nevent: done\ndata: {"messageId":"m1"}\n\n']),
    ).toEqual([
      { event: 'delta', data: '{"text":"Hi"}' },
      { event: 'done', data: '{"messageId":"m1"}' },
    ]);
  });

  it('handles every line ending, including \\r\\n split across chunks', () => {
    expect(parse(['event: a\r', '\ndata: 1\r', '\n\r', '\n', 'data: 2\r\r'])).toEqual([
      { event: 'a', data: '1' },
      { event: 'message', data: '2' },
    ]);
  });

  it('joins multi-line data and keeps spaces after the first', () => {
    expect(parse(['data:  two spaces\ndata:line2\n\n'])).toEqual([
      { event: 'message', data: ' two spaces\nline2' },
    ]);
  });

  it('ignores comments, unknown fields and events without data', () => {
    expect(parse([': keep-alive\n\nretry: 10\nfoo: bar\n\nevent: empty\n\n'])).toEqual([]);
  });

  it('splits anywhere, even inside a field name', () => {
    const text = 'event: delta\ndata: {"text":"Hello there"}\n\n';
    for (let i = 1; i < text.length; i++) {
      expect(parse([text.slice(0, i), text.slice(i)])).toEqual([
        { event: 'delta', data: '{"text":"Hello there"}' },
      ]);
    }
  });

  it('delivers a last event that lacks the closing blank line', () => {
    expect(parse(['event: done\ndata: {}'])).toEqual([{ event: 'done', data: '{}' }]);
  });

  it('carries the last event id', () => {
    expect(parse(['id: 7\ndata: x\n\ndata: y\n\n'])).toEqual([
      { event: 'message', data: 'x', id: '7' },
      { event: 'message', data: 'y', id: '7' },
    ]);
  });
});

describe('readSse', () => {
  it('decodes UTF-8 split across byte chunks', async () => {
    const bytes = new TextEncoder().encode('event: delta\ndata: {"text":"café – ✓"}\n\n');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const b of bytes) controller.enqueue(new Uint8Array([b]));
        controller.close();
      },
    });
    const events: SseEvent[] = [];
    await readSse(stream, (e) => events.push(e));
    expect(events).toEqual([{ event: 'delta', data: '{"text":"café – ✓"}' }]);
  });
});
