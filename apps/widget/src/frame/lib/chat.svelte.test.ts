import { describe, expect, it, vi } from 'vitest';
import { englishFrame } from '../../strings';
import { ApiError, type AnswerHandlers, type WidgetApi } from './api-client';
import { Chat } from './chat.svelte';
import type { StartResponse } from './types';

const t = { ...englishFrame };

function session(n: number): StartResponse {
  return {
    conversationId: `c${n}`,
    token: `t${n}`,
    service: {
      name: 'Example Mediation',
      phone: '020 7946 0000',
      officeHours: { openNow: true, text: '' },
    },
    site: {},
    localAuthorities: ['Anyshire'],
  };
}

function fakeApi(overrides: Partial<WidgetApi> = {}) {
  let started = 0;
  const api: WidgetApi = {
    start: vi.fn(async () => session(++started)),
    ask: vi.fn(async (_c: string, _t: string, text: string, h: AnswerHandlers = {}) => {
      h.onSources?.([{ quote: 'Q', title: 'P', url: '', asOf: '' }]);
      h.onDelta?.('Answer to ');
      h.onDelta?.(text);
      return {
        messageId: 'm1',
        kind: 'answer',
        answered: true,
        text: `Answer to ${text}`,
        citations: [{ quote: 'Q', title: 'P', url: '', asOf: '' }],
      };
    }),
    feedback: vi.fn(async () => {}),
    strings: vi.fn(),
    triage: vi.fn(),
    deadlines: vi.fn(),
    callback: vi.fn(),
    ...overrides,
  };
  return api;
}

describe('Chat', () => {
  it("tells the API which page of the host site the chat began on (setContext's page)", async () => {
    const api = fakeApi();
    const chat = new Chat(api, 'demo', t);
    chat.context = { page: 'EHC plans', localAuthority: 'Anyshire' };
    await chat.start('https://council.example');
    expect(api.start).toHaveBeenCalledWith('demo', 'https://council.example', 'EHC plans');
  });

  it("sends the family's council with each question, so the chat can name its local IASS", async () => {
    const api = fakeApi();
    const chat = new Chat(api, 'demo', t);
    chat.context = { localAuthority: 'Camden' };
    await chat.start('https://council.example');
    await chat.ask('Who can advise me?');
    expect(api.ask).toHaveBeenCalledWith(
      'c1',
      't1',
      'Who can advise me?',
      expect.any(Object),
      'Camden',
      'en',
    );
  });

  it('starts, asks and keeps the streamed answer with its citations', async () => {
    const api = fakeApi();
    const chat = new Chat(api, 'demo', t);
    expect(await chat.start('https://council.example')).toBe(true);
    expect(api.start).toHaveBeenCalledWith('demo', 'https://council.example', undefined);
    await chat.ask('  What is mediation?  ');
    expect(chat.messages.map((m) => [m.role, m.text, m.status])).toEqual([
      ['user', 'What is mediation?', 'done'],
      ['assistant', 'Answer to What is mediation?', 'done'],
    ]);
    expect(chat.messages[1]!.citations).toHaveLength(1);
    expect(chat.messages[1]!.messageId).toBe('m1');
    expect(chat.messages[1]!.kind).toBe('answer');
    expect(chat.busy).toBe(false);
    expect(chat.status).toBe(t.answerReady);
  });

  it('sends the chosen language with each question', async () => {
    const api = fakeApi();
    const chat = new Chat(api, 'demo', t);
    await chat.start('https://council.example');
    chat.language = 'pl';
    await chat.ask('Czy potrzebuję mediacji?');
    expect(api.ask).toHaveBeenCalledWith(
      expect.any(String),
      expect.any(String),
      'Czy potrzebuję mediacji?',
      expect.any(Object),
      undefined,
      'pl',
    );
  });

  it('refuses empty and too-long questions without calling the API', async () => {
    const api = fakeApi();
    const chat = new Chat(api, 'demo', t);
    await chat.start('https://council.example');
    await chat.ask('   ');
    await chat.ask('x'.repeat(1001));
    expect(api.ask).not.toHaveBeenCalled();
    expect(chat.messages).toEqual([]);
  });

  it('says when the site is refused, with the server’s words', async () => {
    const chat = new Chat(
      fakeApi({
        start: vi.fn(async () => Promise.reject(new ApiError('denied', 'Not here. Call 1.'))),
      }),
      'demo',
      t,
    );
    expect(await chat.start('https://elsewhere.example')).toBe(false);
    expect(chat.phase).toBe('denied');
    expect(chat.startError).toBe('Not here. Call 1.');
  });

  it('shows a failure with the phone number, and retries the same question', async () => {
    let fail = true;
    const base = fakeApi();
    const api = fakeApi({
      ask: vi.fn(async (...args: Parameters<WidgetApi['ask']>) => {
        if (fail) throw new ApiError('server', '');
        return base.ask(...args);
      }),
    });
    const chat = new Chat(api, 'demo', t);
    await chat.start('https://council.example');
    await chat.ask('Can I bring someone?');
    expect(chat.messages[1]).toMatchObject({ status: 'failed' });
    expect(chat.messages[1]!.text).toContain('020 7946 0000');
    fail = false;
    await chat.retry();
    expect(chat.messages).toHaveLength(2);
    expect(chat.messages[1]).toMatchObject({
      status: 'done',
      text: 'Answer to Can I bring someone?',
    });
  });

  it('starts a new conversation once when the old one has expired', async () => {
    const base = fakeApi();
    const api = fakeApi({
      ask: vi.fn(async (conversationId: string, ...rest: [string, string, AnswerHandlers?]) => {
        if (conversationId === 'c1') throw new ApiError('expired', '');
        return base.ask(conversationId, ...rest);
      }),
    });
    const chat = new Chat(api, 'demo', t);
    await chat.start('https://council.example');
    await chat.ask('Hello?');
    expect(api.start).toHaveBeenCalledTimes(2);
    expect(chat.session?.conversationId).toBe('c2');
    expect(chat.messages.map((m) => m.status)).toEqual(['done', 'done']);
  });

  it('sends feedback once per choice and ignores feedback failures', async () => {
    const api = fakeApi({ feedback: vi.fn(async () => Promise.reject(new Error('offline'))) });
    const chat = new Chat(api, 'demo', t);
    await chat.start('https://council.example');
    await chat.ask('Hello?');
    const answer = chat.messages[1]!;
    await chat.rate(answer, 'up');
    await chat.rate(answer, 'up');
    expect(api.feedback).toHaveBeenCalledTimes(1);
    expect(api.feedback).toHaveBeenCalledWith('m1', 't1', 'up');
    expect(chat.messages[1]!.rating).toBe('up');
  });

  it('clears the conversation and starts a new one', async () => {
    const api = fakeApi();
    const chat = new Chat(api, 'demo', t);
    await chat.start('https://council.example');
    await chat.ask('Hello?');
    await chat.clear();
    expect(chat.messages).toEqual([]);
    expect(chat.session?.conversationId).toBe('c2');
  });

  it('resumes from session storage after a reload, for the same host only', async () => {
    const store = new Map<string, string>();
    vi.stubGlobal('window', {
      sessionStorage: {
        getItem: (k: string) => store.get(k) ?? null,
        setItem: (k: string, v: string) => store.set(k, v),
        removeItem: (k: string) => store.delete(k),
      },
    });
    try {
      const first = new Chat(fakeApi(), 'demo', t);
      await first.start('https://council.example');
      await first.ask('Hello?');
      expect([...store.keys()]).toEqual(['sen-mediation-desk:demo']);

      const api = fakeApi();
      const reloaded = new Chat(api, 'demo', t);
      await reloaded.start('https://council.example');
      expect(api.start).not.toHaveBeenCalled();
      expect(reloaded.messages).toHaveLength(2);

      const elsewhere = new Chat(fakeApi(), 'demo', t);
      await elsewhere.start('https://other.example');
      expect(elsewhere.messages).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
