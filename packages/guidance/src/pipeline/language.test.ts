import { readFileSync } from 'node:fs';
import { francAll } from 'franc-min';
import { detect as tinyldDetect } from 'tinyld';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  detectLanguage,
  guessLanguage,
  interpreterLine,
  LANGS,
  loadLanguageDetection,
  type Lang,
} from './language';

beforeAll(() => loadLanguageDetection());

const samplesSchema = z.object({
  note: z.string(),
  samples: z
    .array(
      z
        .object({
          text: z.string().min(1),
          lang: z.enum(LANGS as [string, ...string[]]),
          /** A message too short or too mixed to tell: it falls back to the widget's language. */
          kind: z.enum(['short', 'mixed']).optional(),
        })
        .strict(),
    )
    .min(200),
});

const { samples } = samplesSchema.parse(
  JSON.parse(
    readFileSync(new URL('../../data/languages/detection-samples.json', import.meta.url), 'utf8'),
  ),
);
const scored = samples.filter((s) => !s.kind);
const long = scored.filter((s) => s.text.split(/\s+/).length >= 5);

const ISO3: Record<string, string> = {
  eng: 'en',
  spa: 'es',
  pol: 'pl',
  por: 'pt',
  ron: 'ro',
  tur: 'tr',
  som: 'so',
  ben: 'bn',
  urd: 'ur',
  arb: 'ar',
  guj: 'gu',
  tam: 'ta',
  fra: 'fr',
  deu: 'de',
  ita: 'it',
  pes: 'fa',
  hin: 'hi',
  rus: 'ru',
  cmn: 'zh',
};
const DETECTORS: Record<string, (text: string) => string> = {
  'detectLanguage (franc-min when sure of English or Somali, else tinyld)': (t) =>
    detectLanguage(t),
  'tinyld alone': (t) => tinyldDetect(t) || 'und',
  'franc-min alone (our languages only)': (t) =>
    ISO3[francAll(t, { only: Object.keys(ISO3), minLength: 3 })[0]?.[0] ?? ''] ?? 'und',
};

const accuracy = (detect: (t: string) => string, set: typeof samples) =>
  set.filter((s) => detect(s.text) === s.lang).length / set.length;

describe('detectLanguage on short chat messages (data/languages/detection-samples.json)', () => {
  it('prints the accuracy of each detector, overall and per language', () => {
    const lines = Object.entries(DETECTORS).map(([name, detect]) => {
      const per = [...new Set(scored.map((s) => s.lang))]
        .map(
          (l) =>
            `${l} ${(
              100 *
              accuracy(
                detect,
                scored.filter((s) => s.lang === l),
              )
            ).toFixed(0)}%`,
        )
        .join(', ');
      return `${name}: ${(100 * accuracy(detect, long)).toFixed(1)}% of ${long.length} messages of 5+ words, ${(100 * accuracy(detect, scored)).toFixed(1)}% of ${scored.length}\n  ${per}`;
    });
    console.log(`Language detection:\n${lines.join('\n')}`);
    expect(samples.length).toBeGreaterThanOrEqual(200);
  });

  it('is right on at least 95 % of messages of five words or more', () => {
    const wrong = long.filter((s) => detectLanguage(s.text) !== s.lang);
    expect(
      1 - wrong.length / long.length,
      wrong.map((s) => s.text).join(' | '),
    ).toBeGreaterThanOrEqual(0.95);
  });

  it('tells Urdu from Arabic', () => {
    for (const s of scored.filter((x) => x.lang === 'ur' || x.lang === 'ar'))
      expect(detectLanguage(s.text), s.text).toBe(s.lang);
  });

  it('gives a short or mixed Latin-script message the widget’s language', () => {
    for (const s of samples.filter((x) => x.kind && /\p{Script=Latin}/u.test(x.text))) {
      const got = detectLanguage(s.text, 'ro');
      expect(['ro', s.lang], s.text).toContain(got);
    }
    expect(detectLanguage('hola', 'pl')).toBe('pl');
    expect(detectLanguage('ok thanks', 'tr')).toBe('tr');
    expect(guessLanguage('EHCP?')).toBeUndefined();
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Does the service cost anything?', 'en'],
    ['Can the LA refuse to do an assessment?', 'en'],
    ['disability discrimination claim, do I need mediation?', 'en'],
    ['¿Cuánto cuesta la mediación? Mi hijo tiene necesidades especiales.', 'es'],
    ['Mon fils a un plan EHC. Est-ce que la médiation est gratuite ?', 'fr'],
    ['Mój syn ma orzeczenie. Czy mogę prosić o mediację?', 'pl'],
    ['هل الوساطة مجانية؟', 'ar'],
    ['میرے بیٹے کے لیے کیا مدد ہے؟', 'ur'],
    ['আমার ছেলের জন্য সাহায্য দরকার', 'bn'],
    ['我的孩子需要帮助', 'zh'],
    ['شکریہ', 'ur'],
    ['Dịch vụ hòa giải có miễn phí không?', 'other'],
  ] as [string, Lang][])('%j is %s', (text, lang) => expect(detectLanguage(text)).toBe(lang));

  it('offers an interpreter in the family’s language with the phone number', () => {
    expect(interpreterLine('es', '01632 960 123')).toMatch(/intérprete/);
    expect(interpreterLine('es', '01632 960 123')).toContain('01632 960 123');
    expect(interpreterLine('ta', '1')).toContain('1');
    expect(interpreterLine('other', '1')).toBeUndefined();
    expect(interpreterLine('en', '1')).toBeUndefined();
  });
});

describe('the language the family chose in the widget', () => {
  it('reads a message too short to tell its own language as written in it', async () => {
    const { chosenLanguage, detectLanguage } = await import('./language');
    expect(detectLanguage('ok?', chosenLanguage('pl'))).toBe('pl');
    expect(chosenLanguage('xx')).toBe('en');
    expect(chosenLanguage(undefined)).toBe('en');
  });
});
