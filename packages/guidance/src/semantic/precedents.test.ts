import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { answerOnce } from '../answer';
import { loadGuidanceFolder } from '../cli/load-folder';
import { parseDocuments } from '../ingest/parse-document';
import { createGuidanceIndex } from '../search/guidance-index';
import { centred, precedentSupport, precedentsFileSchema } from './precedents';
import { cosine } from './sentence-vector';
import { semanticSettings } from './settings';

const file = precedentsFileSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/precedents.json', import.meta.url), 'utf8')),
);
const services = new URL('../../test/services/', import.meta.url);
const heldOut = (
  JSON.parse(readFileSync(new URL('held-out.json', services), 'utf8')) as { services: string[] }
).services;

describe('data/precedents.json', () => {
  it('holds many labelled questions from many services, none of them held out', () => {
    expect(file.items.length).toBeGreaterThanOrEqual(1000);
    const sources = new Set(file.items.map((p) => p.source));
    expect(sources.size).toBeGreaterThanOrEqual(20);
    for (const source of sources) expect(heldOut, source).not.toContain(source);
  });

  it('stores the vectors its texts read as now (else run: npx tsx scripts/build-precedents.ts)', () => {
    // The vocabulary folds phrases before a text is read for meaning: a change to it, or to the
    // word vectors, changes the vectors, and the stored ones must be rebuilt.
    const mean = Float32Array.from(file.mean);
    for (const p of file.items.filter((_, i) => i % 50 === 0)) {
      const stored = new Int8Array(Buffer.from(p.vectors, 'base64'));
      const question = Float32Array.from(stored.subarray(0, 100));
      const norm = Math.sqrt(question.reduce((s, x) => s + x * x, 0));
      expect(cosine(centred(p.q, mean), question) / norm, p.q).toBeGreaterThan(0.99);
    }
  });
});

describe('precedentSupport', () => {
  afterEach(() => {
    semanticSettings.precedentsWithout = [];
  });

  it('mostly reads the sentence that says what other services answered as the likelier answer', () => {
    // Sentences of my own; no question shares a content word with its answer. It is a nudge to
    // the rules' score, not a classifier: two of these eight miss ("we are skint …" reads nearest
    // the neutrality sentence, "dreading it …" the interpreter one), six are right.
    const sentences = {
      neutral: 'Our mediators are impartial: they do not favour the family or the council.',
      length: 'A meeting usually lasts about three hours, with breaks whenever you need one.',
      papers: 'Bring any letters, reports and the latest version of the plan with you.',
      languages: 'We book a professional interpreter for any language at no cost.',
      cost: 'Using our service is free for families.',
      venue:
        "Meetings are held at a community centre near you, never at the council's offices or your child's school.",
    };
    const cases: [string, keyof typeof sentences][] = [
      ['the mediator wont just back them will he? everyone else does', 'neutral'],
      ['whose side is the mediator on', 'neutral'],
      ['how long will i be stuck in there', 'length'],
      ['dreading it. what do i need to have with me on the day?', 'papers'],
      ["my mum's english isnt great, can someone translate for her?", 'languages'],
      ['we are skint, do we have to pay anything', 'cost'],
      ['is it going to cost us money', 'cost'],
      ['please say its not at the town hall', 'venue'],
    ];
    const right = cases.filter(([question, answer]) => {
      const support = precedentSupport(question);
      const best = Object.entries(sentences).sort(([, a], [, b]) => support(b) - support(a))[0]!;
      return best[0] === answer;
    });
    expect(right.length).toBeGreaterThanOrEqual(6);
  });

  it('leaves out the sources named in precedentsWithout', () => {
    const question = file.items[0]!.q;
    const answer = file.items[0]!.answers[0]!;
    const withOwn = precedentSupport(question)(answer);
    semanticSettings.precedentsWithout = [file.items[0]!.source];
    expect(precedentSupport(question)(answer)).toBeLessThan(withOwn);
  });
});

describe('the rules’ choice with precedents (questions of read services, their own left out)', () => {
  const weight = semanticSettings.precedents;
  afterEach(() => {
    semanticSettings.precedents = weight;
    semanticSettings.precedentsWithout = [];
  });

  async function askOn(service: string, question: string) {
    const dir = new URL(`${service}/`, services);
    const index = createGuidanceIndex(
      parseDocuments(await loadGuidanceFolder(new URL('pages', dir).pathname)),
    );
    const details = JSON.parse(readFileSync(new URL('service.json', dir), 'utf8')) as object;
    return answerOnce(question, {
      index,
      service: { ...details, crisisMessage: 'Call 999.' },
      today: '2026-12-03',
    });
  }

  // (The ninth's "the mediator wont just side with the council will they?" was here: with the
  // precedents of the services written to learn from, the rules still choose "They won't take
  // sides" with its own questions left out, but the answer gate withholds it as unsure.)
  it.each([
    [
      'tenth',
      "please tell me this won't be at the council offices. last time i was there for a meeting i was in bits",
      "We never hold meetings at the council's offices",
    ],
    [
      'tenth',
      'our solicitor is helping with the appeal - can she come to mediation with me or does the council get a say in that?',
      'Nobody else needs to agree to you bringing your supporter',
    ],
  ])('%s: %s', async (service, question, quote) => {
    semanticSettings.precedentsWithout = [service];
    const quotes = async () => (await askOn(service, question)).citations.map((c) => c.quote);
    expect((await quotes()).join(' ')).toContain(quote);
    semanticSettings.precedents = 0;
    expect((await quotes()).join(' ')).not.toContain(quote);
  });
});
