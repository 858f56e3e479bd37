import { describe, expect, it } from 'vitest';
import { completeSentences, parseReply, REPLY_JSON_SCHEMA } from './reply-schema';

describe('the structured reply', () => {
  const reply = JSON.stringify({
    no_answer: false,
    sentences: [
      { text: 'It is "private", {really} [not a list].', cites: [1] },
      { text: 'It is free.', cites: [2, 3] },
    ],
  });

  it('yields each sentence as soon as its object closes, whatever its text holds', () => {
    const seen: number[] = [];
    for (let i = 1; i <= reply.length; i++) seen.push(completeSentences(reply.slice(0, i)).length);
    const firstAt = seen.indexOf(1) + 1;
    expect(reply.slice(0, firstAt)).toMatch(/\[1\]\}$/);
    expect(completeSentences(reply)).toEqual([
      { text: 'It is "private", {really} [not a list].', cites: [1] },
      { text: 'It is free.', cites: [2, 3] },
    ]);
  });

  it('reads a whole reply, no_answer in either shape, and refuses anything else', () => {
    expect(parseReply(reply).kind).toBe('sentences');
    expect(parseReply('{"no_answer":true}')).toEqual({ kind: 'no_answer' });
    expect(parseReply('{"no_answer":true,"sentences":[]}')).toEqual({ kind: 'no_answer' });
    expect(parseReply('NO_ANSWER')).toEqual({ kind: 'invalid' });
    expect(parseReply('{"sentences":[{"text":"x"}]}')).toEqual({ kind: 'invalid' });
  });

  it('asks for strict JSON with every property required', () => {
    expect(REPLY_JSON_SCHEMA.strict).toBe(true);
    expect(REPLY_JSON_SCHEMA.schema.required).toEqual(['no_answer', 'sentences']);
  });
});
