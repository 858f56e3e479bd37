import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DOCS } from '../testing/sample-guidance';
import { runAsk } from './ask';

const run = promisify(execFile);

// Floors at the scores measured when this round's work landed: a change that loses answers
// fails here (see the package README for the figures and what each set is). Lowered by one, each
// when a general change gave a question another sentence while it gained more elsewhere: the
// answer gate (pipeline/answer-gate.ts: held out 15 more declined honestly and 18 fewer wrong
// answers for 5 right) and the answer words (pipeline/answer-words.ts: held out +5, of which the
// seventh, nineteenth, twenty-fourth and twenty-sixth services and fresh-meaning lost one each),
// and the questions of a message found as families type them (pipeline/questions.ts: ten sets
// gained one, and the seventh, thirteenth, sixteenth, thirty-seventh and thirty-eighth lost one;
// then the questions after a story of up to 45 words split too: held out +3, nineteenth -2), and
// the override ranker, answer gate and answer words trained on the 19 services held out until
// December 2026 (scripts/training-sets.ts FORMERLY_HELD_OUT; on the services still held out right
// +2 of 990, declined honestly +6 of 225, wrong answers under a quote -14; the thirty-second,
// thirty-ninth, families-holdout and, of the read sets, families-3, the ninth, tenth and thirteenth
// lost one, the thirty-fourth two and the fortieth three), and the precedents
// (semantic/precedents.ts: held out +12 of 990 and +5 of the 360 of the six newest services; the
// thirty-first, thirty-fifth, forty-sixth, families-6, twentieth and twenty-sixth lost one), and
// the precedents drawn from four more services written to learn from (scripts/training-sets.ts
// WRITTEN_FOR_TRAINING: held out +3 of 990, the eight newest services -1 of 480; the fortieth,
// forty-third, forty-seventh, seventh and eighteenth lost one). The read services' floors are
// with their own questions among the precedents, as the product runs.
const FAMILIES_1 = 61;
const FAMILIES_2 = 53;
const FAMILIES_HOLDOUT = 37;
const SECOND_SERVICE = 80;
const FRESH_MEANING = 22;
const THIRD_SERVICE = 53;
const FOURTH_SERVICE = 39;
const FIFTH_SERVICE = 63;
const FAMILIES_3 = 45;
const SIXTH_SERVICE = 41;
const FAMILIES_4 = 48;
const SEVENTH_SERVICE = 41;
const EIGHTH_SERVICE = 50;
const NINTH_SERVICE = 57;
const FAMILIES_5 = 45;
const FAMILIES_6 = 40;
const TENTH_SERVICE = 50;
const ELEVENTH_SERVICE = 40;
const TWELFTH_SERVICE = 51;
const THIRTEENTH_SERVICE = 54;
const FOURTEENTH_SERVICE = 45;
const FIFTEENTH_SERVICE = 44;
const SIXTEENTH_SERVICE = 52;
const SEVENTEENTH_SERVICE = 48;
const EIGHTEENTH_SERVICE = 47;
const NINETEENTH_SERVICE = 43;
const TWENTIETH_SERVICE = 45;
const TWENTY_FIRST_SERVICE = 39;
const TWENTY_SECOND_SERVICE = 43;
const TWENTY_THIRD_SERVICE = 39;
const TWENTY_FOURTH_SERVICE = 40;
const TWENTY_FIFTH_SERVICE = 36;
const TWENTY_SIXTH_SERVICE = 34;
const TWENTY_SEVENTH_SERVICE = 33;
const TWENTY_EIGHTH_SERVICE = 35;
const TWENTY_NINTH_SERVICE = 30;
const THIRTIETH_SERVICE = 35;
const THIRTY_FIRST_SERVICE = 30;
const THIRTY_SECOND_SERVICE = 38;
const THIRTY_THIRD_SERVICE = 40;
const THIRTY_FOURTH_SERVICE = 31;
const THIRTY_FIFTH_SERVICE = 44;
const THIRTY_SIXTH_SERVICE = 35;
const THIRTY_SEVENTH_SERVICE = 38;
const THIRTY_EIGHTH_SERVICE = 37;
const THIRTY_NINTH_SERVICE = 31;
const FORTIETH_SERVICE = 33;
const FORTY_FIRST_SERVICE = 40;
const FORTY_SECOND_SERVICE = 34;
const FORTY_THIRD_SERVICE = 37;
const FORTY_FOURTH_SERVICE = 32;
const FORTY_FIFTH_SERVICE = 30;
const FORTY_SIXTH_SERVICE = 31;
const FORTY_SEVENTH_SERVICE = 28;
const FORTY_EIGHTH_SERVICE = 31;
const FORTY_NINTH_SERVICE = 28;
const FIFTIETH_SERVICE = 30;
const FIFTY_FIFTH_SERVICE = 27;
const FIFTY_SIXTH_SERVICE = 34;
const FIFTY_SEVENTH_SERVICE = 33;
const FIFTY_EIGHTH_SERVICE = 28;
const FIFTY_NINTH_SERVICE = 29;
const SIXTIETH_SERVICE = 26;
const SIXTY_FIRST_SERVICE = 30;
const SIXTY_SECOND_SERVICE = 27;
const FIFTY_FIRST_SERVICE = 35;
const FIFTY_SECOND_SERVICE = 36;
const FIFTY_THIRD_SERVICE = 38;
const FIFTY_FOURTH_SERVICE = 38;
/** Two questions in one message, on three read services' pages (14/36 before splitting them). */
const TWO_PART = { fifth: 7, ninth: 5, twelfth: 4 };
const FAMILIES_7 = 46;
/** Of the 465 questions the held-out services' pages do not answer, declined with no quote. */
const HELD_OUT_DECLINED_HONESTLY = 262;
const here = dirname(fileURLToPath(import.meta.url));
const packageDir = resolve(here, '../..');
/** The services written blind and held out (test/services/held-out.json). */
const HELD_OUT_SERVICES = (
  JSON.parse(readFileSync(join(packageDir, 'test', 'services', 'held-out.json'), 'utf8')) as {
    services: string[];
  }
).services;

/** The shared evaluation folder sits beside the checkout; a CI clone may not have it. */
function findShared(): string | undefined {
  for (let dir = packageDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared');
    if (existsSync(join(candidate, 'eval', 'score.mjs')) && existsSync(join(candidate, 'guidance')))
      return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Each question file scored so far: its questions the pages do not answer (type decline), and
 * how many of them were declined with no quote (a quote under "I don't know" would be a guess).
 */
const declinedBySet = new Map<string, { honest: number; of: number }>();

function declinedHonestly(questionsFile: string, answersJsonl: string) {
  const cited = new Map<string, boolean>();
  for (const line of answersJsonl.split('\n').filter((l) => l.trim())) {
    const a = JSON.parse(line) as { id: string; citations?: unknown[] };
    cited.set(a.id, !!a.citations?.length);
  }
  const declines = readFileSync(questionsFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; type?: string })
    .filter((q) => q.type === 'decline');
  return { honest: declines.filter((q) => !cited.get(q.id)).length, of: declines.length };
}

async function capture(argv: string[], today = '2025-06-10') {
  let out = '';
  let err = '';
  const code = await runAsk(argv, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    today,
  });
  return { code, out, err };
}

const shared = findShared();
if (!shared)
  console.warn(
    '\n*** ask.test.ts: no shared/ folder with eval/score.mjs above this package: the dev-set evaluation is SKIPPED. ***\n',
  );

describe.skipIf(!shared)('ask over the shared published page, scored by score.mjs', () => {
  const score = async (
    questions: string,
    guidance = join(shared!, 'guidance'),
    // The sets written in December 2026 work out relative dates from that day.
    today = '2025-06-10',
  ) => {
    const { code, out, err } = await capture(['--guidance', guidance, '--jsonl', questions], today);
    expect(err).toBe('');
    expect(code).toBe(0);
    declinedBySet.set(questions, declinedHonestly(questions, out));
    const dir = await mkdtemp(join(tmpdir(), 'ask-'));
    const answers = join(dir, 'answers.jsonl');
    await writeFile(answers, out);
    try {
      return await run(process.execPath, [
        join(shared!, 'eval', 'score.mjs'),
        questions,
        answers,
        '--verbose',
      ]);
    } finally {
      await rm(dir, { recursive: true });
    }
  };

  // The first question of the process loads the word vectors and the ranker: 4.5 s alone on
  // this machine, over the default 5 s when the machine is busy.
  it('scores every dev question', { timeout: 60_000 }, async () => {
    const { stdout } = await score(join(shared!, 'eval', 'dev.jsonl')); // rejects unless exit 0
    expect(stdout).toMatch(/answer quality: (\d+)\/\1 /);
  });

  it('scores our own paraphrases, typos, other languages and long stories (all but a known few)', async () => {
    const questions = join(packageDir, 'test', 'shared-paraphrases.jsonl');
    const result = await score(questions).catch((e: { stdout: string }) => e);
    const [, passed, total] = /answer quality: (\d+)\/(\d+)/.exec(result.stdout)!;
    expect(Number(passed) / Number(total), result.stdout).toBeGreaterThanOrEqual(0.95);
  });

  it('scores a probe of questions unlike the dev set (other facts, two questions in one, indirect crises, wrapped injections)', async () => {
    const questions = join(packageDir, 'test', 'probe-unseen.jsonl');
    const result = await score(questions).catch((e: { stdout: string }) => e);
    const [, passed, total] = /answer quality: (\d+)\/(\d+)/.exec(result.stdout)!;
    expect(Number(passed) / Number(total), result.stdout).toBeGreaterThanOrEqual(0.95);
  });

  it('scores a second held-out probe written as families write (stories, "I was told …", misspellings), 18/40 before the mechanisms it measures', async () => {
    const questions = join(packageDir, 'test', 'probe-unseen-2.jsonl');
    const result = await score(questions).catch((e: { stdout: string }) => e);
    const [, passed] = /answer quality: (\d+)\/(\d+)/.exec(result.stdout)!;
    expect(Number(passed), result.stdout).toBeGreaterThanOrEqual(34);
  });

  it('scores a third held-out probe from other points of view (grandparent, foster carer, a 19-year-old, a SENCo writing for a parent, simple English), 22/40 before the fixes it led to', async () => {
    const questions = join(packageDir, 'test', 'probe-unseen-3.jsonl');
    const result = await score(questions).catch((e: { stdout: string }) => e);
    const [, passed] = /answer quality: (\d+)\/(\d+)/.exec(result.stdout)!;
    expect(Number(passed), result.stdout).toBeGreaterThanOrEqual(40);
  });

  it('scores a fourth held-out probe of direct one-fact questions in fresh words, 24/30 before the fixes it led to', async () => {
    const questions = join(packageDir, 'test', 'probe-unseen-4.jsonl');
    const result = await score(questions).catch((e: { stdout: string }) => e);
    const [, passed] = /answer quality: (\d+)\/(\d+)/.exec(result.stdout)!;
    expect(Number(passed), result.stdout).toBeGreaterThanOrEqual(29);
  });

  it('scores a fifth held-out probe of direct questions on the facts no earlier set asked (fax, hidden e-mail, each kind of setting, when mediation is available, its exceptions, Regulation 32), 23/30 before the fixes it led to', async () => {
    const questions = join(packageDir, 'test', 'probe-unseen-5.jsonl');
    const result = await score(questions).catch((e: { stdout: string }) => e);
    const [, passed] = /answer quality: (\d+)\/(\d+)/.exec(result.stdout)!;
    expect(Number(passed), result.stdout).toBeGreaterThanOrEqual(29);
  });

  // Written the way families write before this round's engine changes (scores before any change
  // in the package README). Follow-ups carry "history": the earlier messages of the same chat.
  const TODAY_2026 = '2026-12-03';
  const passedOf = async (questions: string, guidance?: string) => {
    const result = await score(questions, guidance, TODAY_2026).catch((e: { stdout: string }) => e);
    const [, passed, total] = /answer quality: (\d+)\/(\d+)/.exec(result.stdout)!;
    return { passed: Number(passed), total: Number(total), stdout: result.stdout };
  };

  it('scores families-1: stories, routes, dates in their roles, follow-ups, other languages (33/64 before)', async () => {
    const r = await passedOf(join(packageDir, 'test', 'families-1.jsonl'));
    expect(r.passed, r.stdout).toBeGreaterThanOrEqual(FAMILIES_1);
  });

  it('scores families-holdout, held out from tuning (19/40 before)', async () => {
    const r = await passedOf(join(packageDir, 'test', 'families-holdout.jsonl'));
    expect(r.passed, r.stdout).toBeGreaterThanOrEqual(FAMILIES_HOLDOUT);
  });

  it('scores a second service’s own pages (HTML, Markdown, text) and questions (42/86 before)', async () => {
    const dir = join(packageDir, 'test', 'services', 'second');
    const r = await passedOf(join(dir, 'questions.jsonl'), join(dir, 'pages'));
    expect(r.passed, r.stdout).toBeGreaterThanOrEqual(SECOND_SERVICE);
  });

  it('scores fresh-meaning: the sample page in words it does not use, and 10 questions it does not answer (17/30 before)', async () => {
    const r = await passedOf(join(packageDir, 'test', 'fresh-meaning.jsonl'));
    expect(r.passed, r.stdout).toBeGreaterThanOrEqual(FRESH_MEANING);
  });

  it('scores a third service, held out until December 2026, now training data (29/64 before)', async () => {
    const dir = join(packageDir, 'test', 'services', 'third');
    const r = await passedOf(join(dir, 'questions.jsonl'), join(dir, 'pages'));
    expect(r.passed, r.stdout).toBeGreaterThanOrEqual(THIRD_SERVICE);
  });

  it('scores families-2, written before this round’s changes (35/60 before)', async () => {
    const r = await passedOf(join(packageDir, 'test', 'families-2.jsonl'));
    expect(r.passed, r.stdout).toBeGreaterThanOrEqual(FAMILIES_2);
  });

  it('scores a fourth service, held out until December 2026, now training data (22/50 before)', async () => {
    const dir = join(packageDir, 'test', 'services', 'fourth');
    const r = await passedOf(join(dir, 'questions.jsonl'), join(dir, 'pages'));
    expect(r.passed, r.stdout).toBeGreaterThanOrEqual(FOURTH_SERVICE);
  });

  it('scores families-3, written before this round’s changes (31/50 before)', async () => {
    const r = await passedOf(join(packageDir, 'test', 'families-3.jsonl'));
    expect(r.passed, r.stdout).toBeGreaterThanOrEqual(FAMILIES_3);
  });

  it('scores a sixth service, held out until December 2026, now training data (7/50 before: it gave the local SENDIASS’s phone number as ours)', async () => {
    const dir = join(packageDir, 'test', 'services', 'sixth');
    const r = await passedOf(join(dir, 'questions.jsonl'), join(dir, 'pages'));
    expect(r.passed, r.stdout).toBeGreaterThanOrEqual(SIXTH_SERVICE);
  });

  it('scores families-4, written before this round’s changes (27/50 before)', async () => {
    const r = await passedOf(join(packageDir, 'test', 'families-4.jsonl'));
    expect(r.passed, r.stdout).toBeGreaterThanOrEqual(FAMILIES_4);
  });

  it('scores a seventh service, held out until December 2026, now training data (21/50 before)', async () => {
    const dir = join(packageDir, 'test', 'services', 'seventh');
    const r = await passedOf(join(dir, 'questions.jsonl'), join(dir, 'pages'));
    expect(r.passed, r.stdout).toBeGreaterThanOrEqual(SEVENTH_SERVICE);
  });

  it.each([
    [
      'eighth',
      'a formal council page with facts in tables and lists (31/70 before)',
      () => EIGHTH_SERVICE,
    ],
    [
      'ninth',
      'a chatty charity FAQ whose answers start "Yes," or "No," (31/70 before)',
      () => NINTH_SERVICE,
    ],
  ])(
    'scores an %s service, read question by question this round: %s',
    async (name, _what, floor) => {
      const dir = join(packageDir, 'test', 'services', name);
      const r = await passedOf(join(dir, 'questions.jsonl'), join(dir, 'pages'));
      expect(r.passed, r.stdout).toBeGreaterThanOrEqual(floor());
    },
  );

  it('scores families-5, written before this round’s changes (31/50 before)', async () => {
    const r = await passedOf(join(packageDir, 'test', 'families-5.jsonl'));
    expect(r.passed, r.stdout).toBeGreaterThanOrEqual(FAMILIES_5);
  });

  it('scores families-6, written blind before the answer gate and answer words and never read (36/50 before)', async () => {
    const r = await passedOf(join(packageDir, 'test', 'families-6.jsonl'));
    expect(r.passed, r.stdout).toBeGreaterThanOrEqual(FAMILIES_6);
  });

  it('scores families-7, dates, time limits and routes written blind this round and scored before any change (40/50), then read (46 after)', async () => {
    const r = await passedOf(join(packageDir, 'test', 'families-7.jsonl'));
    expect(r.passed, r.stdout).toBeGreaterThanOrEqual(FAMILIES_7);
  });

  it('scores a tenth service, a warm second-person page with facts only in tables, read question by question (25/60 before)', async () => {
    const dir = join(packageDir, 'test', 'services', 'tenth');
    const r = await passedOf(join(dir, 'questions.jsonl'), join(dir, 'pages'));
    expect(r.passed, r.stdout).toBeGreaterThanOrEqual(TENTH_SERVICE);
  });

  it('scores an eleventh service, held out until December 2026, now training data (19/50 before)', async () => {
    const dir = join(packageDir, 'test', 'services', 'eleventh');
    const r = await passedOf(join(dir, 'questions.jsonl'), join(dir, 'pages'));
    expect(r.passed, r.stdout).toBeGreaterThanOrEqual(ELEVENTH_SERVICE);
  });

  it('scores a twelfth service, a formal Midlands page with its expenses in a table, written blind and read question by question (27/60 before)', async () => {
    const dir = join(packageDir, 'test', 'services', 'twelfth');
    const r = await passedOf(join(dir, 'questions.jsonl'), join(dir, 'pages'));
    expect(r.passed, r.stdout).toBeGreaterThanOrEqual(TWELFTH_SERVICE);
  });

  it('scores a thirteenth service, a warm Pennine charity page with facts in tables, written blind and read question by question (31/60 before)', async () => {
    const dir = join(packageDir, 'test', 'services', 'thirteenth');
    const r = await passedOf(join(dir, 'questions.jsonl'), join(dir, 'pages'));
    expect(r.passed, r.stdout).toBeGreaterThanOrEqual(THIRTEENTH_SERVICE);
  });

  it.each([
    [
      'fourteenth',
      'a council step-by-step guide with bold-line FAQs (26/60 before)',
      FOURTEENTH_SERVICE,
    ],
    [
      'fifteenth',
      'a West Midlands charity with a details FAQ, an easy-read guide and a PDF leaflet (27/60 before)',
      FIFTEENTH_SERVICE,
    ],
    [
      'sixteenth',
      'a council Local Offer page with a definition-list FAQ, a steps page and a Word FAQ sheet (33/60 before)',
      SIXTEENTH_SERVICE,
    ],
    [
      'seventeenth',
      'an East Midlands charity with a cluttered WordPress page, a Markdown page and a PDF leaflet as text (31/60 before)',
      SEVENTEENTH_SERVICE,
    ],
    [
      'eighteenth',
      "a South West council Local Offer page with tabs and tables, a definition-list FAQ and a young people's guide pasted from a PDF (30/60 before)",
      EIGHTEENTH_SERVICE,
    ],
    [
      'nineteenth',
      'a North East council Local Offer page in the GOV.UK Design System, a Word document saved as HTML and an "Ask the mediator" column (23/60 before)',
      NINETEENTH_SERVICE,
    ],
    [
      'twentieth',
      'an East of England charity with a WordPress page with comments, a leaflet exported from PDF and a forum "You said, we did" page (30/60 before)',
      TWENTIETH_SERVICE,
    ],
    [
      'twentyfirst',
      'a West Midlands company with a Google Docs page, the captions of a recorded live Q&A and a static-site Markdown page (5/60 before)',
      TWENTY_FIRST_SERVICE,
    ],
    [
      'twentysecond',
      'a North East company with a PDF leaflet run through pdftotext, a WordPress page with an accordion FAQ and its JSON-LD, and a Notion page exported as Markdown (25/60 before)',
      TWENTY_SECOND_SERVICE,
    ],
    [
      'twentythird',
      'a Black Country company with a Google Docs page, an e-mail newsletter laid out in tables and a Hugo page’s Markdown source (25/60 before)',
      TWENTY_THIRD_SERVICE,
    ],
    [
      'twentyfourth',
      'a West Yorkshire company with a council Local Offer page in a GOV.UK-style design, an Easy Read text guide and an AsciiDoc page (17/60 before)',
      TWENTY_FOURTH_SERVICE,
    ],
    [
      'twentyfifth',
      'a West of England company with a reStructuredText page saved as text, a Confluence HTML export and a Word document converted to Markdown by pandoc (21/60 before)',
      TWENTY_FIFTH_SERVICE,
    ],
    [
      'twentysixth',
      'a Merseyside company with a WordPress page of Gutenberg blocks, a MediaWiki page’s wikitext saved as text and an MkDocs Material page (24/60 before)',
      TWENTY_SIXTH_SERVICE,
    ],
    [
      'twentyseventh',
      'an East Midlands charity with a LocalGov Drupal council page, a Docusaurus MDX page and an adviser’s e-mail reply saved as text (22/60 before)',
      TWENTY_SEVENTH_SERVICE,
    ],
  ] as const)(
    'scores the %s service, written blind and held out until December 2026, now data the learned models train on: %s',
    async (name, _what, floor) => {
      const dir = join(packageDir, 'test', 'services', name);
      const r = await passedOf(join(dir, 'questions.jsonl'), join(dir, 'pages'));
      expect(r.passed, r.stdout).toBeGreaterThanOrEqual(floor);
    },
  );

  it.each([
    [
      'twentyeighth',
      'a Fenland charity with a Wix page saved from the browser, an Obsidian note and a WhatsApp group chat exported as text (24/60 before)',
      TWENTY_EIGHTH_SERVICE,
    ],
    [
      'twentyninth',
      'a Tyneside service with a Squarespace page saved from the browser, a Notion page exported as Markdown and a recorded webinar’s WebVTT captions (25/60 before)',
      TWENTY_NINTH_SERVICE,
    ],
    [
      'thirtieth',
      'a Cornish service with a WordPress page saved from the browser, a Word page saved as filtered HTML and a printed leaflet run through pdftotext (29/60 before)',
      THIRTIETH_SERVICE,
    ],
    [
      'thirtyfirst',
      'a Cumbrian service with a council Local Offer page saved from Drupal, a Hugo page in Markdown and an e-mail newsletter saved as text (24/60 before)',
      THIRTY_FIRST_SERVICE,
    ],
    [
      'thirtysecond',
      'an East Midlands service with an Umbraco council page, a Jekyll page in Markdown and an adviser-call leaflet as plain text (37/60 before this round and after it)',
      THIRTY_SECOND_SERVICE,
    ],
    [
      'thirtythird',
      'a North West charity with a WordPress page saved from the browser (accordion FAQ, table), an MkDocs page in Markdown with admonitions and an easy-read leaflet as text (36/60 before this round and after it)',
      THIRTY_THIRD_SERVICE,
    ],
    [
      'thirtyfourth',
      'a South West mediation company with a council page saved from Drupal, a Markdown guide written to young people and an exported Q and A document as text (32/60 before this round and after it)',
      THIRTY_FOURTH_SERVICE,
    ],
    [
      'thirtyfifth',
      "an East of England council's in-house team with a GOV.UK-style council page full of site clutter, a PDF leaflet exported to text and a Markdown FAQ (43/60 before this round and after it)",
      THIRTY_FIFTH_SERVICE,
    ],
    [
      'thirtysixth',
      'a West Midlands community interest company with a Squarespace-style page (a table and an accordion), a staff e-mail template of questions and answers as text and a Markdown page written by young people (35/60 before this round and after it)',
      THIRTY_SIXTH_SERVICE,
    ],
    [
      'thirtyseventh',
      'a North East charity with a WordPress-style page (a table and expandable questions), an easy-read Markdown guide for parents and a printed leaflet exported to text with page headers (33/60 before this round)',
      THIRTY_SEVENTH_SERVICE,
    ],
    [
      'thirtyeighth',
      'a South West company with a council Local Offer directory listing full of clutter, a Markdown FAQ and terms of service in numbered clauses as text (32/60 before this round)',
      THIRTY_EIGHTH_SERVICE,
    ],
    [
      'thirtyninth',
      "a North West council's in-house team with a GOV.UK-style page of accordions, a WebVTT transcript of an explainer video and a Markdown page for young people (28/60 before the round it was written for)",
      THIRTY_NINTH_SERVICE,
    ],
    [
      'fortieth',
      'a Kent charity covering two councils differently, with a page exported from Word, an e-mail newsletter as text and a Markdown FAQ of collapsible blocks (36/60 before the round it was written for)',
      FORTIETH_SERVICE,
    ],
    [
      'fortyfirst',
      'a West Midlands social enterprise covering three boroughs differently, with a Local Offer directory page, a Markdown guide for young people and a phone menu transcript with a messaging policy as text (31/60 before this round)',
      FORTY_FIRST_SERVICE,
    ],
    [
      'fortysecond',
      'a Yorkshire council with two contracted providers, with a council news page and FAQ, a Markdown leaflet with tables and an e-mail newsletter for SENCOs as text (21/60 before this round: its textphone number was taken for the phone line)',
      FORTY_SECOND_SERVICE,
    ],
    [
      'fortythird',
      'an East of England coastal charity with a mobile library van, a text line and a Polish- and Lithuanian-speaking adviser, with a council directory page, a Markdown guide and a text leaflet (34/60 before this round)',
      FORTY_THIRD_SERVICE,
    ],
    [
      'fortyfourth',
      'a South West branch of a national provider mediating for two councils, one buying an early resolution call, with an HTML page with a details FAQ, a Markdown guide and a plain-text bulletin for professionals (30/60 before this round)',
      FORTY_FOURTH_SERVICE,
    ],
    [
      'fortyfifth',
      "a West London borough's in-house resolution team, firewalled from SEN casework, with evening sessions and a community-hub drop-in, with a council page, a Markdown guide and a winter bulletin as text (29/60 before this round)",
      FORTY_FIFTH_SERVICE,
    ],
    [
      'fortysixth',
      'a North West mediators’ co-operative covering three boroughs differently (one refers disagreement resolution elsewhere), with an HTML page, a Markdown guide and a winter bulletin as text (30/60 before this round)',
      FORTY_SIXTH_SERVICE,
    ],
    [
      'fortyseventh',
      'a South West county’s social enterprise with an advice van, village halls, a Traveller and Roma liaison worker, an early line for farming families and another provider for one district, with an HTML page, a Markdown guide and a winter bulletin as text (28/60 before this round)',
      FORTY_SEVENTH_SERVICE,
    ],
    [
      'fortyeighth',
      'a Midlands city and its neighbouring borough served by one commissioned company, each council working differently, with a Saturday library clinic, a line for young people at college or on apprenticeships and Ramadan-aware times, with an HTML page, a Markdown guide and a winter bulletin as text (29/60 before this round)',
      FORTY_EIGHTH_SERVICE,
    ],
    [
      'fortyninth',
      'a North East charity serving a coastal borough and a rural county that work differently, with a winter ferry and coast road, a hospital-school link, a volunteer evening line that does not count as contacting the adviser and a route for further education colleges, with an HTML page, a Markdown guide and a winter notice as text (29/60 before this round)',
      FORTY_NINTH_SERVICE,
    ],
    [
      'fiftieth',
      'a West Yorkshire council’s service run by a workers’ cooperative of mediators, text first, with a care-experienced lead, mediation in youth custody, a mosque community room, a quiet hour and interpreters on named days, with an HTML page, a Markdown guide and a winter notice as text (27/60 before this round)',
      FIFTIETH_SERVICE,
    ],
    [
      'fiftyfifth',
      'an East of England hub three councils share, each working differently (one needs a signed consent form before the 30 days start), with an outreach van in market towns, a monthly Saturday clinic, a children’s hospice link and farm and food-factory families, with an HTML page, a Markdown guide and a winter notice as text (25/60 before this round)',
      FIFTY_FIFTH_SERVICE,
    ],
    [
      'fiftysixth',
      'a West Midlands city’s service run by its parent carer forum, with mediation advisers at a law centre’s advice desk, WhatsApp that counts as contact and ordinary texts that do not, term-time hours, Deaf-led BSL sessions and a hospital child development centre, with an HTML page, a Markdown guide and a winter notice as text (33/60 before this round)',
      FIFTY_SIXTH_SERVICE,
    ],
    [
      'fiftyseventh',
      'a coast-and-islands service three councils and an ICB buy from a community interest company, with a ferry and a tidal causeway shaping meetings, ferry fares as expenses, a post box that counts only when emptied, a hospital school link and young people in custody, with an HTML page, a Markdown guide and a winter crossings notice as text (31/60 before this round)',
      FIFTY_SEVENTH_SERVICE,
    ],
    [
      'fiftyeighth',
      'a university city and its county buying one service from a national mediation company, with family hubs, an early years route for nurseries, childminders and portage, and advisers behind a council-wide front door where not every call counts as contacting them, with an HTML page, a Markdown guide and a winter notice as text (26/60 before this round)',
      FIFTY_EIGHTH_SERVICE,
    ],
    [
      'fiftyninth',
      'a London borough’s charity that runs SEND mediation beside the parent carer forum, with evening-only mediation in libraries after they close, a Deaf text line and BSL video calls, and a separate route for pupils in a pupil referral unit or alternative provision, with an HTML page, a Markdown guide and a winter notice as text (28/60 before this round)',
      FIFTY_NINTH_SERVICE,
    ],
    [
      'sixtieth',
      'a rural upland county’s service run by a community benefit society that is also a landlord, with a mediation bus, a farm calendar that keeps lambing week free, a Traveller and Gypsy liaison worker and one health table for two NHS trusts, with an HTML page, a Markdown guide and a winter and lambing notice as text (26/60 before this round)',
      SIXTIETH_SERVICE,
    ],
    [
      'sixtyfirst',
      'a university law school’s teaching clinic that runs SEND mediation for a city and a rural council, with the adviser line shut on Wednesday mornings for teaching, student observers only with written consent, campus parking that must be registered ahead, a Christmas closure with no voicemail while the phones are replaced and an exam-season park and ride, with an HTML page, a Markdown guide and a winter closure notice as text (30/60 before this round)',
      SIXTY_FIRST_SERVICE,
    ],
    [
      'sixtysecond',
      'a northern city’s service run by a social enterprise from a shopping-centre hub, text-first (a text counts at any hour, the phone line has no voicemail and is shut on Mondays), walk-in contact slips, validated parking, and faith-sensitive options (prayer breaks, a woman or man as mediator, meetings in a church, mosque or gurdwara hall), with an HTML page, a Markdown guide and a winter notice as text (26/60 before this round)',
      SIXTY_SECOND_SERVICE,
    ],
  ] as const)(
    'scores the %s service, written blind and held out from tuning: %s',
    async (name, _what, floor) => {
      const dir = join(packageDir, 'test', 'services', name);
      const r = await passedOf(join(dir, 'questions.jsonl'), join(dir, 'pages'));
      expect(r.passed, r.stdout).toBeGreaterThanOrEqual(floor);
    },
  );

  // After every held-out service above is scored (the tests of a file run in order).
  it('declines with no quote what the held-out services’ pages do not answer', () => {
    const sets = HELD_OUT_SERVICES.map((name) =>
      declinedBySet.get(join(packageDir, 'test', 'services', name, 'questions.jsonl')),
    );
    expect(
      sets.every(Boolean),
      'it sums the held-out services scored above: run the whole file',
    ).toBe(true);
    expect(sets.reduce((n, s) => n + s!.of, 0)).toBe(465);
    expect(sets.reduce((n, s) => n + s!.honest, 0)).toBeGreaterThanOrEqual(
      HELD_OUT_DECLINED_HONESTLY,
    );
  });

  it.each([
    [
      'fiftyfirst',
      'an East of England county’s in-house team with a contracted adviser, armed forces families, a Gypsy, Roma and Traveller liaison officer, a mobile library van and a fax line (29/60 before it was learned from)',
      FIFTY_FIRST_SERVICE,
    ],
    [
      'fiftysecond',
      'a South Coast council’s mediation bought from a national company, online first, with a booking portal, a rule against recording and a separate route for one academy trust (33/60 before it was learned from)',
      FIFTY_SECOND_SERVICE,
    ],
    [
      'fiftythird',
      'an inner London borough’s IASS and a mediation charity behind one front door, caseworkers by surname letter, a WhatsApp number with limits and a monthly Saturday surgery (35/60 before it was learned from)',
      FIFTY_THIRD_SERVICE,
    ],
    [
      'fiftyfourth',
      'a North West family mediation practice serving two councils, its separated-parent work kept apart, a football-stadium room, a hospice room and a rule against cold calls (35/60 before it was learned from)',
      FIFTY_FOURTH_SERVICE,
    ],
  ] as const)(
    'scores the %s service, written in December 2026 for the precedents and the learned models to learn from: %s',
    async (name, _what, floor) => {
      const dir = join(packageDir, 'test', 'services', name);
      const r = await passedOf(join(dir, 'questions.jsonl'), join(dir, 'pages'));
      expect(r.passed, r.stdout).toBeGreaterThanOrEqual(floor);
    },
  );

  it.each(Object.entries(TWO_PART))(
    'scores two questions in one message on the %s service’s pages, written blind (each part must be answered)',
    async (name, floor) => {
      const dir = join(packageDir, 'test', 'services', name);
      const r = await passedOf(join(dir, 'two-part-questions.jsonl'), join(dir, 'pages'));
      expect(r.passed, r.stdout).toBeGreaterThanOrEqual(floor);
    },
  );

  it('scores a fifth service the ranker is trained on (41/80 before training on it)', async () => {
    const dir = join(packageDir, 'test', 'services', 'fifth');
    const r = await passedOf(join(dir, 'questions.jsonl'), join(dir, 'pages'));
    expect(r.passed, r.stdout).toBeGreaterThanOrEqual(FIFTH_SERVICE);
  });
});

describe('ask with a folder of our own pages', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ask-guidance-'));
    for (const doc of SAMPLE_DOCS) {
      await mkdir(dirname(join(dir, doc.id)), { recursive: true });
      await writeFile(join(dir, doc.id), doc.body);
    }
    await writeFile(join(dir, 'notes.pdf'), 'ignored');
    await writeFile(
      join(dir, 'questions.jsonl'),
      [
        JSON.stringify({ id: 'a', q: 'Is mediation private?' }),
        '',
        JSON.stringify({ id: 'b', q: 'What is your phone number?' }),
        'not json',
        JSON.stringify({ id: 'c' }),
        JSON.stringify({ id: 'd', q: 'Decision letter dated 1 July 2025: last day to appeal?' }),
      ].join('\n'),
    );
  });
  afterAll(() => rm(dir, { recursive: true }));

  it('answers one question with its sources', async () => {
    const { code, out } = await capture(['--guidance', dir, 'is', 'mediation', 'private?']);
    expect(code).toBe(0);
    expect(out).toMatch(/stays private/);
    expect(out).toContain(
      'Sources:\n  [1] Riverside SEND Mediation: What happens in mediation\n      "What is said in mediation stays private and cannot be used later at the Tribunal."\n',
    );
  });

  it('answers a JSONL file line by line, reporting bad lines and losing none of the good ones', async () => {
    const { code, out, err } = await capture([
      '--guidance',
      dir,
      '--jsonl',
      join(dir, 'questions.jsonl'),
    ]);
    expect(code).toBe(1);
    const rows = out
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            id: string;
            answer: string;
            citations: { title: string; quote: string }[];
            kind: string;
          },
      );
    expect(rows.map((r) => [r.id, r.kind])).toEqual([
      ['a', 'answer'],
      ['b', 'contact'],
      ['d', 'deadline'],
    ]);
    expect(rows[0]!.citations[0]).toMatchObject({
      title: expect.any(String),
      quote: expect.stringMatching(/stays private/),
    });
    expect(rows[1]!.answer).toMatch(/01632 960 123/); // from the page itself: no service info given
    expect(rows[2]!.answer).toMatch(/1 September 2025/);
    expect(err).toMatch(/questions\.jsonl:4: skipped/);
    expect(err).toMatch(/questions\.jsonl:5: skipped: each line needs a "q" string/);
  });

  it('reads a follow-up with its history, as strings or as a chat log’s turns, and names a bad history', async () => {
    const file = join(dir, 'history.jsonl');
    const story = 'My decision letter is dated 1 July 2025.';
    await writeFile(
      file,
      [
        JSON.stringify({ id: 's', q: 'When is my deadline to appeal?', history: [story] }),
        JSON.stringify({
          id: 't',
          q: 'When is my deadline to appeal?',
          history: [
            { role: 'visitor', text: story },
            { role: 'bot', text: 'A reply the chat gave then: not read again.' },
          ],
        }),
        JSON.stringify({ id: 'u', q: 'When is my deadline?', history: [{ text: 3 }] }),
      ].join('\n'),
    );
    const { code, out, err } = await capture(['--guidance', dir, '--jsonl', file]);
    expect(code).toBe(1);
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; answer: string });
    expect(rows.map((r) => r.id)).toEqual(['s', 't']);
    for (const r of rows) expect(r.answer).toMatch(/1 September 2025/);
    expect(err).toMatch(/history\.jsonl:3: skipped: "history" must be a list of messages/);
  });

  it('explains bad usage', async () => {
    expect((await capture([])).code).toBe(2);
    expect((await capture(['--guidance', join(dir, 'nope'), 'hi'])).err).toMatch(/is not a folder/);
    expect((await capture(['--guidance', dir, '--jsonl', join(dir, 'missing.jsonl')])).err).toMatch(
      /cannot read/,
    );
    expect((await capture(['--guidance', dir, '--today', 'soon', 'q'])).err).toMatch(
      /--today must be a date/,
    );
    expect((await capture(['--bogus'])).err).toMatch(/Unknown option --bogus/);
    expect((await capture(['hello'])).err).toMatch(/give --guidance DIR/);
    const help = await capture(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/--jsonl FILE/);
  });

  it('runs as a command', async () => {
    const tsx = join(packageDir, 'node_modules', '.bin', 'tsx');
    const { stdout } = await run(tsx, [join(here, 'ask.ts'), '--guidance', dir, 'Is it free?']);
    expect(stdout).toMatch(/free and impartial/);
  }, 20_000);
});
