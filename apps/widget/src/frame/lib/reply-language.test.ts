import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, ENGLISH } from '../../strings/catalogues';
import { linesByLanguage, readsAsEnglish } from './reply-language';

// The answer engine's own replies in each language (the lines it writes before the English).
// Read as files: the frame may not import @sen/guidance, but its test can hold it to its words.
const ENGINE_REPLIES = new URL(
  '../../../../../packages/guidance/data/languages/replies/',
  import.meta.url,
);
const engineReplies = readdirSync(ENGINE_REPLIES).map(
  (file) =>
    JSON.parse(readFileSync(new URL(file, ENGINE_REPLIES), 'utf8')) as {
      language: string;
      messages: Record<string, string>;
    },
);

const linesOf = (messages: Record<string, string>) =>
  Object.values(messages).flatMap((text) => text.split('\n'));

describe('readsAsEnglish', () => {
  it('reads no line of any other language as English: the chat’s texts and the engine’s', () => {
    const others = [...Object.values(CATALOGUES), ...engineReplies].filter(
      (c) => c.language !== 'en',
    );
    expect(engineReplies.length).toBeGreaterThan(10);
    for (const c of others) {
      for (const line of linesOf(c.messages))
        expect(readsAsEnglish(line), `${c.language}: ${line}`).toBe(false);
    }
  });

  it('needs a share of English words, not one, in a line of a-z letters', () => {
    // Dutch has "of" (or) and "in" of its own: one look-alike word is not English.
    expect(readsAsEnglish('Als u of een kind in direct gevaar bent, bel dan nu 999.')).toBe(false);
    expect(readsAsEnglish('The 2 months start from the date printed on the letter.')).toBe(true);
  });

  it('reads the engine’s English replies and the chat’s English fixed replies as English', () => {
    const english = engineReplies.find((c) => c.language === 'en')!;
    for (const line of linesOf(english.messages)) expect(readsAsEnglish(line), line).toBe(true);
    for (const key of ['crisis', 'interpreter', 'handover', 'noAnswer', 'outOfScope']) {
      expect(readsAsEnglish(ENGLISH.messages[key]!), key).toBe(true);
    }
  });
});

describe('linesByLanguage', () => {
  const pl = engineReplies.find((c) => c.language === 'pl')!.messages;
  const en = engineReplies.find((c) => c.language === 'en')!.messages;
  // As the engine answers a question in Polish from the English guidance (@sen/guidance answer.ts).
  const reply = [
    pl.guidanceInEnglish!.replace('{phone}', '020 7946 0000'),
    en.guidanceInEnglish!.replace('{phone}', '020 7946 0000'),
    '',
    'In English, our published guidance says:',
    'Mediation is free for families. You do not have to pay for it.',
  ].join('\n');

  it('marks the family’s language line in the chat’s language and the rest English', () => {
    expect(linesByLanguage(reply, 'pl').map((l) => l.lang)).toEqual(['pl', 'en', 'pl', 'en', 'en']);
    expect(
      linesByLanguage(reply, 'pl')
        .map((l) => l.text)
        .join(''),
    ).toBe(reply);
  });

  it('marks a reply wholly in English as English in a chat in another language', () => {
    const english = 'You can ask for mediation at any time.\nCall us on 020 7946 0000.';
    expect(linesByLanguage(english, 'ur').map((l) => l.lang)).toEqual(['en', 'en']);
  });
});
