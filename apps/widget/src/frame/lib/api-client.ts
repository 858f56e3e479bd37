// The client side of the widget REST API. Everything is POST with a JSON body (no personal
// data in URLs), no cookies; the per-conversation bearer token is the only credential.
import {
  normaliseCitations,
  normaliseQuickReplies,
  normaliseDeadlines,
  normaliseTriage,
} from './normalise';
import { readSse } from './sse-parser';
import type {
  Answer,
  AnswerDone,
  CallbackRequest,
  Citation,
  DeadlineItem,
  StartResponse,
  StringsResponse,
  TriageAnswers,
  TriageStep,
} from './types';

export type ApiErrorKind = 'offline' | 'rate-limited' | 'server' | 'denied' | 'invalid' | 'expired';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    /** The server's own human message (it includes the phone number), if it sent one. */
    readonly serverMessage: string,
    readonly retryAfterSeconds = 0,
  ) {
    super(serverMessage || kind);
    this.name = 'ApiError';
  }
}

export function kindForStatus(status: number): ApiErrorKind {
  if (status === 429) return 'rate-limited';
  if (status === 401) return 'expired';
  if (status === 403) return 'denied';
  if (status >= 400 && status < 500) return 'invalid';
  return 'server';
}

/** `Retry-After` in seconds (number or HTTP date), at least 1. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number {
  if (!header) return 0;
  const n = Number(header);
  if (Number.isFinite(n)) return Math.max(1, Math.ceil(n));
  const at = Date.parse(header);
  return Number.isNaN(at) ? 0 : Math.max(1, Math.ceil((at - now) / 1000));
}

export interface AnswerHandlers {
  onSources?(citations: Citation[]): void;
  onDelta?(text: string): void;
}

export interface WidgetApi {
  /** `page`: the host page's label for itself (setContext), shown to staff with the chat. */
  start(siteKey: string, hostOrigin: string, page?: string): Promise<StartResponse>;
  ask(
    conversationId: string,
    token: string,
    text: string,
    handlers?: AnswerHandlers,
    /** The family's council, when known: "my local IASS?" is answered with its details. */
    localAuthority?: string,
    /** The widget's language (a code of strings/languages.ts). */
    language?: string,
  ): Promise<Answer>;
  /** A language's texts with the service's corrections (GET /strings/:lang). */
  strings(language: string): Promise<StringsResponse>;
  feedback(messageId: string, token: string, rating: 'up' | 'down'): Promise<void>;
  triage(answers: TriageAnswers): Promise<TriageStep>;
  deadlines(calculation: string, dates: Record<string, string | boolean>): Promise<DeadlineItem[]>;
  callback(token: string, request: CallbackRequest): Promise<{ reference: string }>;
}

export function createWidgetApi(base = '/api/widget/v1', fetcher: typeof fetch = fetch): WidgetApi {
  async function post(path: string, body: unknown, token?: string, accept = 'application/json') {
    let response: Response;
    try {
      response = await fetcher(base + path, {
        method: 'POST',
        credentials: 'omit',
        headers: {
          'Content-Type': 'application/json',
          Accept: accept,
          ...(token ? { Authorization: 'Bearer ' + token } : {}),
        },
        body: JSON.stringify(body),
      });
    } catch (_e) {
      // fetch rejects only when no response came back at all.
      throw new ApiError(
        typeof navigator !== 'undefined' && !navigator.onLine ? 'offline' : 'server',
        '',
      );
    }
    if (!response.ok) {
      const json = (await response.json().catch(() => null)) as {
        error?: { message?: unknown };
      } | null;
      const message = typeof json?.error?.message === 'string' ? json.error.message : '';
      throw new ApiError(
        kindForStatus(response.status),
        message,
        retryAfterSeconds(response.headers.get('Retry-After')),
      );
    }
    return response;
  }

  const json = async (response: Response): Promise<unknown> => {
    try {
      return await response.json();
    } catch (_e) {
      throw new ApiError('server', '');
    }
  };

  return {
    async start(siteKey, hostOrigin, page) {
      const body = (await json(
        await post('/conversations', { siteKey, hostOrigin, ...(page ? { page } : {}) }),
      )) as StartResponse;
      if (!body || typeof body.conversationId !== 'string' || typeof body.token !== 'string') {
        throw new ApiError('server', '');
      }
      return body;
    },

    async ask(conversationId, token, text, handlers = {}, localAuthority, language) {
      const response = await post(
        `/conversations/${encodeURIComponent(conversationId)}/messages`,
        {
          text,
          ...(localAuthority ? { localAuthority } : {}),
          ...(language ? { language } : {}),
        },
        token,
        'text/event-stream',
      );
      if (
        !response.body ||
        !/text\/event-stream/.test(response.headers.get('Content-Type') ?? '')
      ) {
        const body = (await json(response)) as Partial<Answer> & { citations?: unknown };
        return {
          messageId: String(body.messageId ?? ''),
          kind: String(body.kind ?? ''),
          answered: body.answered !== false,
          text: String(body.text ?? ''),
          citations: normaliseCitations(body.citations),
          ...withQuickReplies(body.quickReplies),
        };
      }
      let text_ = '';
      let citations: Citation[] = [];
      let done: AnswerDone | null = null;
      let failure = '';
      await readSse(response.body, ({ event, data }) => {
        let payload: Record<string, unknown>;
        try {
          payload = JSON.parse(data) as Record<string, unknown>;
        } catch (_e) {
          return;
        }
        if (event === 'sources') {
          citations = normaliseCitations(payload.citations);
          handlers.onSources?.(citations);
        } else if (event === 'delta' && typeof payload.text === 'string') {
          text_ += payload.text;
          handlers.onDelta?.(payload.text);
        } else if (event === 'done') {
          done = {
            messageId: String(payload.messageId ?? ''),
            kind: String(payload.kind ?? ''),
            answered: payload.answered !== false,
            ...withQuickReplies(payload.quickReplies),
          };
        } else if (event === 'error') {
          failure = typeof payload.message === 'string' ? payload.message : ' ';
        }
      });
      if (failure || !done) throw new ApiError('server', failure.trim());
      return { ...(done as AnswerDone), text: text_, citations };
    },

    async strings(language) {
      let response: Response;
      try {
        response = await fetcher(`${base}/strings/${encodeURIComponent(language)}`, {
          credentials: 'omit',
        });
      } catch (_e) {
        throw new ApiError('offline', '');
      }
      if (!response.ok) throw new ApiError(kindForStatus(response.status), '');
      const body = (await json(response)) as Partial<StringsResponse> | null;
      if (!body || typeof body.messages !== 'object' || body.messages === null)
        throw new ApiError('server', '');
      const messages: Record<string, string> = {};
      for (const [key, value] of Object.entries(body.messages))
        if (typeof value === 'string' && value.trim()) messages[key] = value;
      return {
        language: String(body.language ?? language),
        dir: body.dir === 'rtl' ? 'rtl' : 'ltr',
        reviewed: body.reviewed !== false,
        messages,
      };
    },

    async feedback(messageId, token, rating) {
      await post(`/messages/${encodeURIComponent(messageId)}/feedback`, { rating }, token);
    },

    async triage(answers) {
      const step = normaliseTriage(await json(await post('/triage', { answers })));
      if (!step) throw new ApiError('server', '');
      return step;
    },

    async deadlines(calculation, dates) {
      return normaliseDeadlines(await json(await post('/deadlines', { calculation, dates })));
    },

    async callback(token, request) {
      const body = (await json(await post('/callbacks', request, token))) as {
        reference?: unknown;
      };
      if (typeof body?.reference !== 'string') throw new ApiError('server', '');
      return { reference: body.reference };
    },
  };
}

function withQuickReplies(raw: unknown): { quickReplies?: string[] } {
  const quickReplies = normaliseQuickReplies(raw);
  return quickReplies ? { quickReplies } : {};
}
