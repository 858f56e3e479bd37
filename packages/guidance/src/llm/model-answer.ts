import type * as OpenAiModule from 'openai';
import { citationOf } from '../citation';
import { replies, type Reach } from '../pipeline/replies';
import { isCrisis, isInjection } from '../pipeline/safety';
import { isLightTerm, relatedTerms, SAME_WEIGHT } from '../search/synonyms';
import { analyze } from '../text/analyze';
import { splitSentences } from '../text/sentences';
import type {
  Answer,
  AnswerEvent,
  Citation,
  LlmConfig,
  ModelRefusal,
  Passage,
  ServiceInfo,
} from '../types';
import { breakerFor } from './breaker';
import { asksAboutTheLaw } from './law-questions';
import { buildMessages } from './prompt';
import { redactConversation, type Turn } from './redact';
import { completeSentences, MAX_SENTENCES, parseReply, REPLY_JSON_SCHEMA } from './reply-schema';
import { leakShingles, verifySentence } from './verify';

/** Most passages shown to the model. */
export const MAX_PASSAGES = 6;

export interface ModelAnswerInput {
  /** The family's message as the pipeline read it (never sent unredacted unless redact: false). */
  message: string;
  /** Earlier turns of the conversation, oldest first. */
  history?: readonly Turn[];
  /** The best passages for the message, best first, whether or not offline found an answer. */
  passages: readonly { passage: Passage; score: number }[];
  /** What is shown when the model's answer is not: offline's answer or its decline. */
  offline: Answer;
  reach: Reach;
  ctx: { llm: LlmConfig; service: ServiceInfo; signal?: AbortSignal };
  /**
   * Receives `sources` and `delta` events for each sentence as soon as it is verified (the
   * first sentence reaches the family before the model has finished). The final answer's text
   * starts with exactly what was emitted.
   */
  emit?: (event: AnswerEvent) => void;
}

export interface ModelAnswerResult {
  /** The answer to show, or null: show `offline` (with `outcome.reason` recorded). */
  answer: Answer | null;
  outcome: { source: 'llm' | 'offline'; reason: ModelRefusal | null };
}

/**
 * Asks the configured model to answer from numbered passages in a JSON shape (sentences with
 * the passages they cite, or no answer), reads its reply as it streams, and checks each
 * sentence (`verifySentence`) before anything of it is shown. The first sentence of substance
 * decides: if it is not supported, nothing the model wrote is shown. Deadline and route
 * questions, an open circuit breaker, and every failure give `answer: null` with the reason.
 */
export async function modelAnswer(input: ModelAnswerInput): Promise<ModelAnswerResult> {
  const { llm, signal } = input.ctx;
  const offlineWith = (reason: ModelRefusal): ModelAnswerResult => ({
    answer: null,
    outcome: { source: 'offline', reason },
  });
  if (asksAboutTheLaw(input.message)) return offlineWith('law_question');
  const shown = input.passages.slice(0, MAX_PASSAGES).map((h) => h.passage);
  if (!shown.length) return offlineWith('no_answer');
  if (signal?.aborted) return offlineWith('aborted');
  const breaker = breakerFor(llm);
  if (!breaker.allow()) return offlineWith('breaker_open');

  const safe = safeHistory(input.history ?? []);
  const sent =
    llm.redact === false
      ? { message: input.message, history: safe }
      : redactConversation(input.message, safe);
  const messages = buildMessages(sent.message, shown, input.reach.name, sent.history);
  const reader = new ReplyReader(shown, leakShingles(messages[0]!.content), input);

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), llm.timeoutMs);
  const stop = () => controller.abort();
  signal?.addEventListener('abort', stop, { once: true });
  let raw = '';
  let sdk: OpenAiSdk | undefined;
  try {
    // Loaded on the first model answer, not at start-up: offline installations never need it.
    sdk = await import('openai');
    const client = new sdk.default({
      apiKey: llm.apiKey,
      ...(llm.baseUrl ? { baseURL: llm.baseUrl } : {}),
      maxRetries: 0,
      timeout: llm.timeoutMs,
    });
    const stream = await client.chat.completions.create(
      {
        model: llm.model,
        messages,
        stream: true,
        max_tokens: llm.maxTokens,
        temperature: 0.1,
        response_format: { type: 'json_schema', json_schema: REPLY_FORMAT },
      },
      { signal: controller.signal },
    );
    for await (const chunk of stream) {
      raw += chunk.choices[0]?.delta?.content ?? '';
      // A server that ignores the token cap is cut off.
      if (raw.length > llm.maxTokens * 8) {
        reader.overflow();
        break;
      }
      if (reader.feed(raw) === 'stop') break;
    }
    // An aborted stream may end quietly rather than throw: a timeout is still a timeout.
    if (controller.signal.aborted) throw new Error('aborted');
    controller.abort(); // whatever is left unread is not wanted
    breaker.success();
    return reader.finish(raw);
  } catch (error) {
    const reason: ModelRefusal = signal?.aborted
      ? 'aborted'
      : controller.signal.aborted
        ? 'timeout'
        : classify(error, sdk);
    if (reason === 'rate_limited' || reason === 'server_error') {
      const headers = sdk && error instanceof sdk.APIError ? error.headers : undefined;
      breaker.failure(headers?.get('retry-after'));
    } else if (reason === 'aborted' || reason === 'request_refused') breaker.release();
    else breaker.failure();
    return reader.failed(reason);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

// The OpenAI SDK's types want a mutable schema object.
const REPLY_FORMAT = structuredClone(REPLY_JSON_SCHEMA) as {
  name: string;
  strict: boolean;
  schema: Record<string, unknown>;
};

type OpenAiSdk = typeof OpenAiModule;

function classify(error: unknown, sdk: OpenAiSdk | undefined): ModelRefusal {
  if (!sdk) return 'network_error'; // the SDK itself could not be loaded: answer offline
  if (error instanceof sdk.APIConnectionTimeoutError) return 'timeout';
  if (error instanceof sdk.APIConnectionError) return 'network_error';
  if (error instanceof sdk.APIError && typeof error.status === 'number') {
    if (error.status === 429) return 'rate_limited';
    return error.status >= 500 ? 'server_error' : 'request_refused';
  }
  return 'bad_output';
}

/**
 * Earlier turns that may go to a model: a crisis message or instructions aimed at the bot never
 * do, nor the reply they got.
 */
function safeHistory(history: readonly Turn[]): Turn[] {
  const out: Turn[] = [];
  let skipReply = false;
  for (const t of history) {
    if (t.role === 'visitor') {
      skipReply = isCrisis(t.text) || isInjection(t.text);
      if (!skipReply) out.push(t);
    } else if (!skipReply) out.push(t);
  }
  return out;
}

/** Reads a reply as it arrives: checks each complete sentence, shows what passes at once. */
class ReplyReader {
  private checked = 0;
  private held: string[] = [];
  private shownText = '';
  private readonly citedOrder: number[] = [];
  private readonly claims = new Map<number, string[]>();
  private readonly seen = new Set<string>();
  private answering = false;
  private refused: ModelRefusal | null = null;
  private firstDrop: ModelRefusal | null = null;
  private stopReason: 'crisis_signposted' | 'leaked_instructions' | 'too_long' | null = null;

  constructor(
    private readonly shown: readonly Passage[],
    private readonly shingles: ReadonlySet<string>,
    private readonly input: ModelAnswerInput,
  ) {}

  /** Checks the sentences complete in `raw` that were not checked yet. */
  feed(raw: string): 'go' | 'stop' {
    const sentences = completeSentences(raw);
    for (; this.checked < sentences.length; this.checked++) {
      if (this.checked >= MAX_SENTENCES) {
        this.stopReason = 'too_long';
        return 'stop';
      }
      const v = verifySentence(sentences[this.checked]!, this.shown, this.shingles);
      if (v.verdict === 'stop') {
        this.stopReason = v.reason;
        return 'stop';
      }
      if (v.verdict === 'drop') {
        this.firstDrop ??= v.reason;
        // The first sentence of substance is the answer: unsupported, nothing is shown.
        if (!this.answering) {
          this.refused = v.reason;
          return 'stop';
        }
        continue;
      }
      if (v.connector) {
        if (this.answering) this.show(v.text, []);
        else this.held.push(v.text);
        continue;
      }
      const key = analyze(v.text).sort().join(' ');
      if (this.seen.has(key)) {
        this.firstDrop ??= 'repeat';
        continue;
      }
      this.seen.add(key);
      if (!this.answering) {
        if (!this.answersTheQuestion(v.text, v.cites)) {
          this.refused = 'does_not_answer';
          return 'stop';
        }
        this.answering = true;
        for (const h of this.held) this.show(h, []);
        this.held = [];
      }
      this.show(v.text, v.cites);
    }
    return 'go';
  }

  /** The reply passed the character cap. */
  overflow(): void {
    this.stopReason = 'too_long';
  }

  finish(raw: string): ModelAnswerResult {
    if (this.stopReason === 'crisis_signposted') return this.crisis();
    if (!this.answering) {
      if (this.stopReason) return this.offline(this.stopReason);
      if (this.refused) return this.offline(this.refused);
      const parsed = parseReply(raw);
      if (parsed.kind === 'no_answer') return this.offline('no_answer');
      if (parsed.kind === 'invalid') return this.offline('bad_output');
      return this.offline('does_not_answer');
    }
    return this.answer(this.stopReason ?? this.firstDrop);
  }

  /** The request failed: what was already shown stands (it was verified), else offline. */
  failed(reason: ModelRefusal): ModelAnswerResult {
    if (this.stopReason === 'crisis_signposted') return this.crisis();
    return this.answering ? this.answer(reason) : this.offline(reason);
  }

  private show(text: string, cites: number[]) {
    const marked = cites.length
      ? withMarkers(
          text,
          cites.map((n) => this.markerOf(n, text)),
        )
      : text;
    const piece = this.shownText ? ` ${marked}` : marked;
    this.shownText += piece;
    this.input.emit?.({ type: 'sources', citations: this.citations() });
    this.input.emit?.({ type: 'delta', text: piece });
  }

  /** The citation number shown for passage n (numbered in order of first use). */
  private markerOf(n: number, claim: string): number {
    if (!this.citedOrder.includes(n)) this.citedOrder.push(n);
    this.claims.set(n, [...(this.claims.get(n) ?? []), claim]);
    return this.citedOrder.indexOf(n) + 1;
  }

  private citations(): Citation[] {
    return this.citedOrder.map((n) => {
      const p = this.shown[n - 1]!;
      return citationOf(p, bestQuote(p, (this.claims.get(n) ?? []).join(' ')));
    });
  }

  /** The first sentence of substance must be about what was asked, not only true. */
  private answersTheQuestion(text: string, cites: number[]): boolean {
    const asked = analyze(this.input.message).filter((t) => !isLightTerm(t));
    if (!asked.length) return true;
    const have = new Set<string>();
    for (const t of analyze([text, ...cites.map((n) => this.shown[n - 1]!.text)].join(' '))) {
      have.add(t);
      for (const [r, w] of relatedTerms(t)) if (w >= SAME_WEIGHT) have.add(r);
    }
    return asked.some((t) => have.has(t));
  }

  private answer(reason: ModelRefusal | null): ModelAnswerResult {
    const { reach } = this.input;
    const cited = this.citedOrder.map((n) => this.shown[n - 1]!);
    const score = (p: Passage) =>
      this.input.passages.find((h) => h.passage.id === p.id)?.score ?? 0;
    return {
      answer: {
        kind: 'answer',
        text: `${this.shownText}\n\n${replies.followUp(reach)}`,
        citations: this.citations(),
        answered: true,
        passages: cited.map((p) => ({ id: p.id, score: score(p) })),
        source: 'llm',
        ...(reason ? { modelOutcome: { reason } } : {}),
      },
      outcome: { source: 'llm', reason },
    };
  }

  /** The model saw distress in the message: the service's crisis reply, after anything shown. */
  private crisis(): ModelAnswerResult {
    const text = replies.crisis(this.input.ctx.service.crisisMessage, this.input.reach);
    const source = this.shownText ? 'llm' : 'offline';
    return {
      answer: {
        kind: 'crisis',
        text: this.shownText ? `${this.shownText}\n\n${text}` : text,
        citations: this.shownText ? this.citations() : [],
        answered: true,
        passages: [],
        source,
        modelOutcome: { reason: 'crisis_signposted' },
      },
      outcome: { source, reason: 'crisis_signposted' },
    };
  }

  private offline(reason: ModelRefusal): ModelAnswerResult {
    return { answer: null, outcome: { source: 'offline', reason } };
  }
}

/** "It stays private." + [1] → "It stays private [1]." */
function withMarkers(text: string, numbers: number[]): string {
  const marks = [...new Set(numbers)].map((n) => `[${n}]`).join('');
  const m = /([.!?]["'”’)]?)$/.exec(text);
  return m ? `${text.slice(0, m.index)} ${marks}${m[1]}` : `${text} ${marks}`;
}

/** The sentence of the passage that shares most words with what the model said it supports. */
function bestQuote(passage: Passage, claim: string): string {
  const want = new Set(analyze(claim));
  let best = { text: passage.text, score: -1 };
  for (const s of splitSentences(passage.text)) {
    const score = analyze(s.text).filter((t) => want.has(t)).length;
    if (score > best.score) best = { text: s.text, score };
  }
  return best.text;
}
