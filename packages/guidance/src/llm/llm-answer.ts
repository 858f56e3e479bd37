import OpenAI from 'openai';
import { citationOf } from '../citation';
import type { Citation, LlmConfig, Passage } from '../types';
import { analyze } from '../text/analyze';
import { splitSentences } from '../text/sentences';
import { buildMessages } from './prompt';

export interface LlmResult {
  text: string;
  citations: Citation[];
  /** Passages the model cited, in citation order. */
  cited: Passage[];
}

export type LlmOutcome = { ok: true; result: LlmResult } | { ok: false; reason: string };

/**
 * Asks an OpenAI-compatible model to answer from the given passages, streamed, under a token cap
 * and a deadline. The whole reply is read before anything is shown, because a reply that cites a
 * passage it was not shown (or none) is dropped and the offline answer used instead.
 */
export async function askModel(
  question: string,
  passages: readonly Passage[],
  serviceName: string,
  config: LlmConfig,
  signal?: AbortSignal,
): Promise<LlmOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), config.timeoutMs);
  const stop = () => controller.abort();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const client = new OpenAI({
      apiKey: config.apiKey,
      ...(config.baseUrl ? { baseURL: config.baseUrl } : {}),
      maxRetries: 0,
      timeout: config.timeoutMs,
    });
    const stream = await client.chat.completions.create(
      {
        model: config.model,
        messages: buildMessages(question, passages, serviceName),
        stream: true,
        max_tokens: config.maxTokens,
        temperature: 0.1,
      },
      { signal: controller.signal },
    );
    let raw = '';
    for await (const chunk of stream) {
      raw += chunk.choices[0]?.delta?.content ?? '';
      if (raw.length > config.maxTokens * 8) break; // a server that ignores the cap
    }
    return check(raw, passages);
  } catch (error) {
    return {
      ok: false,
      reason: controller.signal.aborted
        ? 'timeout'
        : error instanceof Error
          ? error.message
          : 'error',
    };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

/** Keeps a reply only if it cites, and cites only, passages it was shown. */
export function check(raw: string, passages: readonly Passage[]): LlmOutcome {
  const text = raw.trim();
  if (!text || /^NO_ANSWER\b/.test(text)) return { ok: false, reason: 'no answer' };
  if (/<\/?(passages|question)>|Rules:\s*1\./i.test(text))
    return { ok: false, reason: 'echoed the prompt' };
  const numbers = [...text.matchAll(/\[(\d+(?:\s*,\s*\d+)*)\]/g)].flatMap((m) =>
    m[1]!.split(',').map((n) => Number(n.trim())),
  );
  if (!numbers.length) return { ok: false, reason: 'no citation' };
  if (numbers.some((n) => !Number.isInteger(n) || n < 1 || n > passages.length))
    return { ok: false, reason: 'cited a passage it was not shown' };

  // Renumber in order of first use, so [1] is the first source listed.
  const order: number[] = [];
  for (const n of numbers) if (!order.includes(n)) order.push(n);
  const renumbered = text.replace(/\[(\d+(?:\s*,\s*\d+)*)\]/g, (_, list: string) =>
    list
      .split(',')
      .map((n) => `[${order.indexOf(Number(n.trim())) + 1}]`)
      .join(''),
  );
  const sentences = splitSentences(text);
  // Every sentence of substance carries a citation, and shares a word with a passage it cites:
  // a cheap guard against a claim pinned on an unrelated passage.
  for (const s of sentences) {
    const refs = [...s.text.matchAll(/\[(\d+(?:\s*,\s*\d+)*)\]/g)].flatMap((m) =>
      m[1]!.split(',').map((n) => Number(n.trim())),
    );
    const claim = new Set(analyze(s.text.replace(/\[[\d,\s]+\]/g, '')));
    if (!refs.length) {
      if (claim.size >= 3) return { ok: false, reason: 'a sentence without a citation' };
      continue;
    }
    const grounded = refs.some((n) => analyze(passages[n - 1]!.text).some((t) => claim.has(t)));
    if (!grounded) return { ok: false, reason: 'a citation that does not support its sentence' };
  }
  const cited = order.map((n) => passages[n - 1]!);
  const citations = order.map((n, i) => {
    const p = cited[i]!;
    const claims = sentences
      .filter((s) => new RegExp(`\\[(?:\\d+\\s*,\\s*)*${n}(?:\\s*,\\s*\\d+)*\\]`).test(s.text))
      .map((s) => s.text);
    return citationOf(p, bestQuote(p, claims.join(' ')));
  });
  return { ok: true, result: { text: renumbered.replace(/\s+\n/g, '\n'), citations, cited } };
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
