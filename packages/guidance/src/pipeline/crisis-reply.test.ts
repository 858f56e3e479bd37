// The crisis reply reaches a family in their language, names 999 first, and serves a parent in
// crisis themselves as well as a child.
import { beforeAll, describe, expect, it } from 'vitest';
import { answerOnce, type AnswerContext } from '../answer';
import { parseDocuments } from '../ingest/parse-document';
import { createGuidanceIndex } from '../search/guidance-index';
import { SAMPLE_DOCS, SAMPLE_SERVICE } from '../testing/sample-guidance';
import { loadSafetyExamples } from '../testing/safety-corpus';
import { LANGS, loadLanguageDetection } from './language';
import { CRISIS_NUMBERS, REPLY_CATALOGUES, replyCatalogueSchema } from './reply-catalogue';
import { crisisLanguage, matchingRule, SAFETY_RULE_FILES } from './safety';

/** The languages the chat offers families (issue 18). */
const OFFERED = ['en', 'pl', 'bn', 'ur', 'ar', 'so', 'tr', 'ro', 'pt', 'es'] as const;

/** What a service that has not mentioned Samaritans says (the database's default). */
const CHILD_ONLY =
  "If a child or young person is in danger right now, call 999. If you are worried about a child's safety, contact your local council's children's services.";

const ctx: AnswerContext = {
  index: createGuidanceIndex(parseDocuments(SAMPLE_DOCS)),
  service: { ...SAMPLE_SERVICE, crisisMessage: CHILD_ONLY },
  today: '2025-06-10',
};

beforeAll(() => loadLanguageDetection());

/** Where each number first appears; 999 must come before the rest. */
const firstNumbers = (text: string) =>
  CRISIS_NUMBERS.map((n) => text.indexOf(n)).filter((i) => i >= 0);

describe('data/languages/replies', () => {
  it('has a checked catalogue for every language the chat recognises or has safety rules for', () => {
    const languages = new Set<string>([...LANGS, ...Object.keys(SAFETY_RULE_FILES)]);
    expect([...REPLY_CATALOGUES.keys()].sort()).toEqual([...languages].sort());
    for (const lang of OFFERED) expect(REPLY_CATALOGUES.get(lang), lang).toBeDefined();
  });

  it('marks every translation nobody has checked, and keeps RTL languages RTL', () => {
    for (const [lang, c] of REPLY_CATALOGUES) {
      if (lang !== 'en') expect(c.reviewed, lang).toBe(false);
      expect(c.dir, lang).toBe(share(c.messages.crisis, RIGHT_TO_LEFT) > 0.5 ? 'rtl' : 'ltr');
    }
  });

  it('rejects a crisis reply that leaves out a number or names 999 after the others', () => {
    const en = REPLY_CATALOGUES.get('en')!;
    const with_ = (crisis: string) =>
      replyCatalogueSchema.safeParse({ ...en, messages: { ...en.messages, crisis } }).success;
    expect(with_(en.messages.crisis)).toBe(true);
    expect(with_(en.messages.crisis.replace('116 123', 'Samaritans'))).toBe(false);
    expect(with_(`Call Samaritans on 116 123. ${en.messages.crisis}`)).toBe(false);
    expect(
      replyCatalogueSchema.safeParse({
        ...en,
        messages: { ...en.messages, interpreter: 'Call us' },
      }).success,
    ).toBe(false);
  });
});

/** The share of a text's letters that are in `script`. */
const share = (text: string, script: RegExp) =>
  (text.match(script)?.length ?? 0) / (text.match(/\p{L}/gu)?.length ?? 1);
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}]/gu;
const LATIN = /\p{Script=Latin}/gu;
/** Every language with a reply catalogue and crisis examples, English aside. */
const WITH_EXAMPLES = [...REPLY_CATALOGUES.keys()].filter(
  (l) => l !== 'en' && loadSafetyExamples().some((e) => e.language === l && e.label === 'crisis'),
);

/** The configured crisis text every reply starts with when it leads in English. */
const CRISIS_EN = ctx.service.crisisMessage;

describe('the crisis reply', () => {
  it.each([
    ['Mój syn powiedział dziś, że chce się zabić', 'pl'],
    ['Oğlum bugün kendini öldürmek istediğini söyledi', 'tr'],
  ])('answers %j in its language, 999 first, then in English', async (message, lang) => {
    const a = await answerOnce(message, ctx);
    expect(a.kind).toBe('crisis');
    const own = REPLY_CATALOGUES.get(lang)!.messages.crisis;
    expect(a.text.startsWith(own)).toBe(true);
    expect(a.text.indexOf(CHILD_ONLY)).toBeGreaterThan(own.length);
    expect(Math.min(...firstNumbers(a.text))).toBe(a.text.indexOf('999'));
  });

  it('has crisis examples in every language with a catalogue', () =>
    expect(WITH_EXAMPLES.length).toBe(REPLY_CATALOGUES.size - 1));

  it.each(WITH_EXAMPLES)(
    'leads with the %s catalogue for every crisis example in that language',
    async (lang) => {
      const examples = loadSafetyExamples().filter(
        (e) => e.language === lang && e.label === 'crisis',
      );
      const readAsAnother: string[] = [];
      for (const e of examples) {
        const a = await answerOnce(e.text, ctx);
        expect(a.kind, e.text).toBe('crisis');
        // Typed in Latin letters (Roman Urdu, Banglish, Arabizi) in a language written in another
        // script: the reply leads in English, which such a family reads more surely than the script.
        const romanised =
          share(REPLY_CATALOGUES.get(lang)!.messages.crisis, LATIN) <= 0.5 &&
          /^[\p{Script=Latin}\P{L}]+$/u.test(e.text);
        const lead = romanised ? CRISIS_EN : REPLY_CATALOGUES.get(lang)!.messages.crisis;
        if (a.text.startsWith(lead)) continue;
        // A message read as a neighbour whose own rules caught it too (Slovak as Czech, Nepali
        // as Hindi, Taglish as English) leads in that neighbour's language.
        const got = crisisLanguage(e.text);
        const theirs = got === 'en' ? CRISIS_EN : REPLY_CATALOGUES.get(got)!.messages.crisis;
        expect(a.text.startsWith(theirs), e.text).toBe(true);
        expect(matchingRule(e.text, 'crisis', got), e.text).toBeDefined();
        readAsAnother.push(e.text);
      }
      expect(readAsAnother.length / examples.length, readAsAnother.join(' | ')).toBeLessThan(0.1);
    },
  );

  it('gives a parent in crisis Samaritans, free and at any time, when the service text only speaks of a child', async () => {
    for (const message of [
      "I can't cope any more, I want to end it all",
      'I want to end it',
      "I've had enough of life, I don't want to wake up tomorrow",
    ]) {
      const a = await answerOnce(message, ctx);
      expect(a.kind, message).toBe('crisis');
      expect(a.text.startsWith(CHILD_ONLY)).toBe(true);
      expect(a.text).toMatch(/Samaritans free on 116 123, any time/);
      expect(a.text).toMatch(/Childline free on 0800 1111/);
      expect(Math.min(...firstNumbers(a.text))).toBe(a.text.indexOf('999'));
    }
  });

  it('does not repeat the adult lines when the service text already has them', async () => {
    const a = await answerOnce('I want to end it', { ...ctx, service: SAMPLE_SERVICE });
    expect(a.text.startsWith(SAMPLE_SERVICE.crisisMessage)).toBe(true);
    expect(a.text.match(/116 123/g)).toHaveLength(1);
  });

  it('reads the language from the rule that caught a message too short to tell', () => {
    expect(crisisLanguage('chcę umrzeć')).toBe('pl');
    expect(crisisLanguage('I want to die')).toBe('en');
    expect(crisisLanguage('quiero morir', 'ro')).toBe('es');
  });
});
