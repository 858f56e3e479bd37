import { z } from 'zod';

/** Most sentences a reply may have; the prompt asks for at most four short ones. */
export const MAX_SENTENCES = 4;
/** Longest sentence kept: a longer one is a paragraph pretending to be a sentence. */
export const MAX_SENTENCE_CHARS = 300;

/**
 * The structured output asked of the model (OpenAI `response_format: json_schema`, strict).
 * Strict mode wants every property required and no `anyOf` at the root, so "no answer" is a
 * flag beside an empty list; `{"no_answer": true}` alone is read the same way.
 */
export const REPLY_JSON_SCHEMA = {
  name: 'grounded_answer',
  strict: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['no_answer', 'sentences'],
    properties: {
      no_answer: {
        type: 'boolean',
        description: 'true when the passages do not answer the question; sentences is then empty',
      },
      sentences: {
        type: 'array',
        maxItems: MAX_SENTENCES,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['text', 'cites'],
          properties: {
            text: { type: 'string', description: 'one plain-English sentence, no [n] markers' },
            cites: {
              type: 'array',
              items: { type: 'integer' },
              description: 'numbers of the passages this sentence rests on',
            },
          },
        },
      },
    },
  },
} as const;

export const ModelSentence = z.object({
  text: z.string(),
  cites: z.array(z.number().int()),
});
export type ModelSentence = z.infer<typeof ModelSentence>;

const Reply = z.union([
  z.object({ no_answer: z.literal(true) }).loose(),
  z.object({ no_answer: z.literal(false).optional(), sentences: z.array(ModelSentence) }),
]);

/** A whole reply, or why it cannot be read. */
export type ParsedReply =
  { kind: 'sentences'; sentences: ModelSentence[] } | { kind: 'no_answer' } | { kind: 'invalid' };

export function parseReply(raw: string): ParsedReply {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'invalid' };
  }
  const r = Reply.safeParse(json);
  if (!r.success) return { kind: 'invalid' };
  return 'sentences' in r.data && r.data.no_answer !== true
    ? { kind: 'sentences', sentences: r.data.sentences as ModelSentence[] }
    : { kind: 'no_answer' };
}

/**
 * The sentence objects complete so far in a reply still arriving, so the first can be checked
 * (and shown) before the rest is written. Reads the JSON text once, tracking strings and depth;
 * an object is taken when it closes inside the top-level `sentences` array.
 */
export function completeSentences(partial: string): ModelSentence[] {
  const key = partial.search(/"sentences"\s*:\s*\[/);
  if (key < 0) return [];
  const start = partial.indexOf('[', key) + 1;
  const out: ModelSentence[] = [];
  let depth = 0;
  let inString = false;
  let objectStart = -1;
  for (let i = start; i < partial.length; i++) {
    const ch = partial[i]!;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (depth === 0 && ch === '{') objectStart = i;
      depth++;
    } else if (ch === '}' || ch === ']') {
      if (depth === 0) break; // the end of the sentences array
      depth--;
      if (depth === 0 && ch === '}' && objectStart >= 0) {
        try {
          const s = ModelSentence.safeParse(JSON.parse(partial.slice(objectStart, i + 1)));
          out.push(s.success ? s.data : { text: '', cites: [] });
        } catch {
          out.push({ text: '', cites: [] });
        }
        objectStart = -1;
      }
    }
  }
  return out;
}
