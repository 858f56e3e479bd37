import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// An OpenAI-compatible chat completions server on loopback, for tests and the bench: each
// request is handed to the current handler, which writes whatever a good or bad model would.

export interface ChatBody {
  model: string;
  stream: boolean;
  max_tokens: number;
  response_format?: {
    type: string;
    json_schema?: { name: string; strict?: boolean; schema: unknown };
  };
  messages: { role: string; content: string }[];
}

export type ChatHandler = (req: IncomingMessage, res: ServerResponse, body: ChatBody) => void;

export interface FakeOpenAi {
  /** `http://127.0.0.1:PORT/v1` */
  baseUrl: string;
  requests: { auth: string | undefined; raw: string; body: ChatBody }[];
  handle(handler: ChatHandler): void;
  close(): Promise<void>;
}

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  let handler: ChatHandler = (_req, res) => res.writeHead(500).end();
  const requests: FakeOpenAi['requests'] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const body = JSON.parse(raw) as ChatBody;
      requests.push({ auth: req.headers.authorization, raw, body });
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    requests,
    handle: (h) => (handler = h),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** One streamed chat completion chunk carrying `content`. */
export const sseChunk = (content: string) =>
  `data: ${JSON.stringify({
    id: 'c1',
    object: 'chat.completion.chunk',
    created: 0,
    model: 'm',
    choices: [{ index: 0, delta: { content }, finish_reason: null }],
  })}\n\n`;

/** Streams the pieces as chat completion chunks, then [DONE]. */
export function streamText(res: ServerResponse, pieces: string[]): void {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  for (const content of pieces) res.write(sseChunk(content));
  res.write('data: [DONE]\n\n');
  res.end();
}

/** A structured reply as JSON text, cut into pieces of about `size` characters. */
export function jsonPieces(reply: unknown, size = 24): string[] {
  const text = JSON.stringify(reply);
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/** The number [n] the prompt gave the passage that starts with `start`. */
export function passageNumber(body: ChatBody, start: string): number {
  const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
  const at = user.indexOf(`\n${start}`);
  if (at < 0) throw new Error(`passage not shown: ${start}`);
  const m = /\[(\d+)\] \([^)]*\)$/.exec(user.slice(0, at));
  if (!m) throw new Error(`no number before: ${start}`);
  return Number(m[1]);
}
