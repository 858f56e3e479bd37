import { beforeAll, describe, expect, it } from 'vitest';
import { answerOnce, type AnswerContext } from './answer';
import { parseDocuments } from './ingest/parse-document';
import { loadLanguageDetection } from './pipeline/language';
import { catalogueFor } from './pipeline/reply-catalogue';
import { createGuidanceIndex } from './search/guidance-index';
import { SAMPLE_DOCS, SAMPLE_SERVICE } from './testing/sample-guidance';

// Families who write in another language: the deadline from a date written in words, and the
// commonest facts from the English guidance, each after a line in their own language.
const ctx: AnswerContext = {
  index: createGuidanceIndex(parseDocuments(SAMPLE_DOCS)),
  service: SAMPLE_SERVICE,
  today: '2026-12-03',
};
const ask = (q: string) => answerOnce(q, ctx);

beforeAll(() => loadLanguageDetection());

describe('a deadline asked in another language, the date in words', () => {
  it.each([
    // Spanish: "I got the council's letter on the thirtieth of September; can I still appeal?"
    [
      'recibí la carta del ayuntamiento el treinta de septiembre, ¿hasta cuándo puedo apelar?',
      /30 November 2026/,
    ],
    // Polish: "the council's letter is dated the twenty-fifth of October; until when can I appeal?"
    [
      'list z rady jest datowany na dwudziestego piątego października. Do kiedy mogę się odwołać?',
      /4 January 2027/,
    ],
    // Romanian: "the council's letter dated twenty-five November; until when must I contact the mediation adviser?"
    [
      'scrisoarea consiliului datată douăzeci și cinci noiembrie. Până când trebuie să contactez consilierul de mediere?',
      /25 January 2027/,
    ],
    // When the certificate comes (R4: 3 working days after declining), asked with the verb for
    // getting it: Polish "today I told the adviser I don't want mediation; by when will I get
    // the certificate?", and Lithuanian the same.
    [
      'Dziś powiedziałam doradcy, że nie chcę mediacji. Do kiedy dostanę certyfikat?',
      /8 December 2026/,
    ],
    [
      'Šiandien pasakiau patarėjui, kad nenoriu mediacijos. Iki kada gausiu sertifikatą?',
      /8 December 2026/,
    ],
    // After the meeting (R11), the words that ask before what is asked ("until when … will you
    // send the certificate"): Polish "our mediation is on Monday 14 December; if we don't agree,
    // by when will you send me the certificate?", and Czech the same with the verb for sending.
    [
      'Nasza mediacja jest w poniedziałek 14 grudnia. Jeśli się nie dogadamy, do kiedy wyślecie mi certyfikat?',
      /Thursday 17 December 2026/,
    ],
    [
      'Naše mediace bude v pondělí 14. prosince. Když se nedohodneme, do kdy nám pošlete certifikát?',
      /Thursday 17 December 2026/,
    ],
    // A day named by its name beside a numbered date, the role of neither said in English: the
    // named day is asked about, the numbered one is the family's. Slovak "I'll ring on Monday 21
    // December and say we don't want mediation; by when will I get the certificate? Does Christmas
    // Eve count?" (R4: 3 working days, Christmas Eve one of them), and Polish the same.
    [
      'V pondelok 21. decembra vám zavolám a poviem, že mediáciu nechceme. Do kedy dostanem certifikát? Počíta sa Štedrý deň?',
      /issued by Thursday 24 December 2026/,
    ],
    [
      'Zadzwonię do was w poniedziałek 21 grudnia i powiem, że nie chcemy mediacji. Do kiedy dostanę certyfikat? Czy Wigilia się liczy?',
      /issued by Thursday 24 December 2026/,
    ],
    // The adviser named in Czech, with "how long" that asks about a time limit, not a meeting's
    // length: "the council's decision is dated 2 November; how long do I have to contact the
    // mediation adviser?" (R2).
    [
      'Dopis od rady je ze dne 2. listopadu. Jak dlouho mám na kontaktování poradce pro mediaci?',
      /2 January 2027/,
    ],
  ])('%s', async (q, date) => {
    const a = await ask(q);
    expect(a.kind).toBe('deadline');
    expect(a.text).toMatch(date);
    expect(a.text).toContain(SAMPLE_SERVICE.phone!);
  });
});

describe('coming to the meeting, asked in another language', () => {
  it.each([
    // French and German: "Can the council refuse to come to the mediation?"
    'Bonjour, mon fils a 12 ans. Est-ce que le conseil peut refuser de venir à la médiation ?',
    'Kann der Rat sich weigern, zur Mediation zu kommen?',
  ])('%s', async (q) => {
    const body = [
      '# Who takes part',
      'Disagreement resolution is voluntary for everyone, so a school can say no to it.',
      'If you ask for mediation, the council must attend, with someone who can agree changes on the day.',
      '# Costs',
      'Mediation is free for families.',
    ].join('\n\n');
    const index = createGuidanceIndex(
      parseDocuments([{ id: 'w.md', title: 'Who takes part', format: 'markdown', body }]),
    );
    const a = await answerOnce(q, { ...ctx, index });
    expect(a.text).toMatch(/the council must attend/);
  });
});

describe('the day the family tells the adviser no, written before its clause', () => {
  it.each([
    // French: "On Tuesday 22 December I'll tell the adviser I don't want mediation. Until when
    // must I receive the certificate?"
    "Bonjour. Le mardi 22 décembre, je vais dire au conseiller que je ne veux pas de médiation. Jusqu'à quand dois-je recevoir le certificat ?",
    // Romanian: the same, the date in brackets after "tomorrow".
    'Bună ziua. Mâine (marți, 22 decembrie) vreau să-i spun consilierului că nu vreau mediere. Până când trebuie să primesc certificatul?',
  ])('%s', async (q) => {
    const a = await ask(q);
    expect(a.kind).toBe('deadline');
    // Three working days after Tuesday 22 December: Christmas Day and Boxing Day's bank
    // holiday on the Monday do not count.
    expect(a.text).toMatch(/certificate should be issued by Tuesday 29 December 2026/);
  });
});

describe('the commonest facts asked in another language', () => {
  it.each([
    ['czy mediacja jest bezpłatna?', /free/i],
    [
      'میڈی ایشن سروس کا فون نمبر کیا ہے؟',
      new RegExp((SAMPLE_SERVICE.phone ?? '').replace(/\s/g, '\\s?')),
    ],
    ['Wiilkaygu waa 22 jir. Ma jiraa xad da’ ah oo adeeggan ah?', /25/],
  ])('%s', async (q, fact) => {
    const a = await ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(fact);
  });
});

describe('a message in another language read only as whom or what it is about', () => {
  // Polish: "Hello, my son has autism and an EHC plan, the school and the council, mediation…":
  // the glossary reads child, autism, EHC plan, school, council, mediation and nothing asked, so
  // any quote would answer a question the family did not ask.
  it('offers an interpreter, with no quote', async () => {
    const a = await ask('Dzień dobry, mój syn ma autyzm i plan EHC. Szkoła, rada, mediacja…');
    expect(a.citations).toEqual([]);
    expect(a.text).toMatch(/tłumacza/);
    expect(a.text).toMatch(/01632 960 123/);
  });

  it('still answers when it asks something the glossary reads', async () => {
    // "Is mediation free for my son?"
    const a = await ask('Czy mediacja dla mojego syna jest bezpłatna?');
    expect(a.citations.length).toBeGreaterThan(0);
  });
});

describe('a language the chat has fixed replies for but does not read further', () => {
  // Tagalog and Vietnamese are detected only as "another language"; their catalogues (written
  // for the crisis reply) still give the interpreter's offer in the family's own words.
  it.each([
    ['tl', 'Magandang araw po, libre po ba ang mediation para sa anak ko na may autism?'],
    ['vi', 'Xin chào, con trai tôi bị tự kỷ, buổi hòa giải có mất phí không ạ?'],
  ])('leads a %s message with its own line about an interpreter', async (lang, message) => {
    const { messages } = catalogueFor(lang)!;
    const lines = [messages.interpreter, messages.guidanceInEnglish].map((t) =>
      t.replace('{phone}', '01632 960 123'),
    );
    const a = await ask(message);
    expect(
      lines.some((l) => a.text.startsWith(l)),
      a.text,
    ).toBe(true);
  });
});
