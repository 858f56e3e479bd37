// The rendered answer, as a screen reader meets it: which parts are marked as English.
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { englishFrame } from '../../strings';
import type { Chat } from '../lib/chat.svelte';
import { locale } from '../lib/locale.svelte';
import type { ChatMessage } from '../lib/messages';
import MessageItem from './message-item.svelte';

const POLISH_LEAD =
  'Nasze informacje są po angielsku; poniżej jest to, co mówią. Prosimy zadzwonić pod numer 020 7946 0000, a zapewnimy tłumacza.';
const QUOTE = 'Mediation is free for families. You do not have to pay for it.';

const answer: ChatMessage = {
  id: 'm1',
  role: 'assistant',
  // As the engine answers a question in Polish from the English guidance.
  text: `${POLISH_LEAD}\nOur guidance is in English; here is what it says.\n\nIn English, our published guidance says:\n${QUOTE}`,
  citations: [
    { quote: QUOTE, title: 'Mediation: costs', url: 'https://desk.test/costs', asOf: '' },
    { quote: 'You can ask at any time.', title: 'Asking for mediation', url: '', asOf: '' },
  ],
  status: 'done',
  kind: 'answer',
  answered: true,
  messageId: 'c1:1',
  quickReplies: ['Section I of the plan'],
};

/** Each element marked with a language, in document order: its `lang` and its text. */
function markedParts(message: ChatMessage, lang: string): [string, string][] {
  locale.lang = lang;
  const chat = { session: null, messages: [message], busy: false, phone: '' } as unknown as Chat;
  const { body } = render(MessageItem, {
    props: { message, chat, t: englishFrame, go: () => undefined },
  });
  // Server-rendered HTML (no DOM in these tests); the marked elements hold text and links only.
  const html = body.replace(/<!--[\s\S]*?-->/g, '');
  return (
    [...html.matchAll(/<(span|blockquote|button)\b[^>]*\blang="([^"]*)"[^>]*>([\s\S]*?)<\/\1>/g)]
      .map((m): [string, string] => [m[2]!, m[3]!.replace(/<[^>]*>/g, '').trim()])
      // A blank line between paragraphs is an element of its own, with nothing to read.
      .filter(([, text]) => text)
  );
}

describe('an answer in a chat in another language', () => {
  afterEach(() => {
    locale.lang = 'en';
  });

  it('marks the family’s language line as it; the English lines, quotes, page titles and quick replies as English', () => {
    expect(markedParts(answer, 'pl')).toEqual([
      ['pl', POLISH_LEAD],
      ['en', 'Our guidance is in English; here is what it says.'],
      ['en', 'In English, our published guidance says:'],
      ['en', QUOTE],
      ['en', QUOTE],
      ['en', 'Mediation: costs'],
      ['en', 'You can ask at any time.'],
      ['en', 'Asking for mediation'],
      ['en', 'Section I of the plan'],
    ]);
  });
});
