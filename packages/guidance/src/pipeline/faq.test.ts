import { describe, expect, it } from 'vitest';
import { parseDocument } from '../ingest/parse-document';
import { createGuidanceIndex } from '../search/guidance-index';
import { semanticSettings } from '../semantic/settings';
import { answerFromFaq } from './faq';

const page = `# Questions families ask

## How soon can a meeting happen?

We aim to hold the meeting within four weeks of everyone agreeing to take part.

## Does disagreement resolution cost anything?

No. It is free for families.

## What is mediation?

Mediation is a private conversation between you and the council, led by an independent mediator.
`;

const index = createGuidanceIndex(
  parseDocument({ id: 'faq', title: 'FAQ', format: 'markdown', body: page }),
);

describe("the service's own FAQ", () => {
  it('answers a question near a heading with what the page says under it, cited exactly', () => {
    const a = answerFromFaq('how soon can you get a meeting to happen', index);
    expect(a?.body).toBe(
      'We aim to hold the meeting within four weeks of everyone agreeing to take part.',
    );
    expect(page).toContain(a!.citations[0]!.quote);
  });

  it('leaves a question that only shares the topic word with a heading', () => {
    // "mediation" is all it shares with "What is mediation?": not the same question.
    expect(answerFromFaq('Can my son use mediation himself at 19?', index)).toBeUndefined();
  });

  it('answers a story on the same topic as a heading, which outweighs the words they share', () => {
    const charges = createGuidanceIndex(
      parseDocument({
        id: 'charges',
        title: 'FAQ',
        format: 'markdown',
        body: '# Your questions\n\n## Is there a charge?\n\nNo. Families never pay for our help.\n\n## Where do meetings happen?\n\nIn a community centre near you.\n',
      }),
    );
    const story = 'i gave up my job to care for him and money is tight, do we pay anything';
    expect(answerFromFaq(story, charges)?.body).toBe('No. Families never pay for our help.');
    // By the words alone, the story is too far from "Is there a charge?".
    const before = semanticSettings.faqTopic;
    semanticSettings.faqTopic = 0;
    try {
      expect(answerFromFaq(story, charges)).toBeUndefined();
    } finally {
      semanticSettings.faqTopic = before;
    }
  });

  it('leaves a page without question headings alone', () => {
    const plain = createGuidanceIndex(
      parseDocument({ id: 'p', title: 'P', format: 'markdown', body: '# About\n\nWe are free.' }),
    );
    expect(answerFromFaq('is it free?', plain)).toBeUndefined();
  });

  it("reads an advice column's quoted question as a heading, answering with the reply, not the letter", () => {
    const column = createGuidanceIndex(
      parseDocument({
        id: 'column',
        title: 'Ask the mediator',
        format: 'markdown',
        body: `# Ask the mediator

## "What if the council does not come?"

Dear mediator, I asked for mediation after the council refused to assess my daughter. What happens if nobody from the council comes?

The mediator replies: the council has a duty to take part once you ask for mediation.
`,
      }),
    );
    const a = answerFromFaq('what if the council does not come to the mediation', column);
    expect(a?.body).toBe(
      'The mediator replies: the council has a duty to take part once you ask for mediation.',
    );
  });
});
