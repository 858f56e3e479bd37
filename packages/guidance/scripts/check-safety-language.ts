// Checks safety data for one or more languages before it is wired into the chat: reads every rule
// file in data/safety/rules from disk (so a new language's file counts before safety.ts imports
// it), measures all of them on every labelled example in data/safety/examples, and checks the
// language's reply catalogue (data/languages/replies) against its schema.
//
//   npx tsx scripts/check-safety-language.ts tl vi
//
// Prints, for each language named: crisis recall on its own examples with every miss, false
// alarms that its rules raise on any language's ordinary examples, and on the questions of the
// services written to learn from (ordinary family questions; a hit there is a false alarm unless
// the question really is about danger). Exits 1 when a named language misses a crisis or a file
// does not parse.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileRule, fold, type CompiledRule } from '../src/pipeline/phrase-rules';
import { replyCatalogueSchema } from '../src/pipeline/reply-catalogue';
import { safetyRulesFileSchema, type SafetyCategory } from '../src/pipeline/safety-schema';
import { loadSafetyExamples, readJsonFiles, SAFETY_DATA_DIR } from '../src/testing/safety-corpus';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const named = process.argv.slice(2);
if (named.length === 0) {
  console.error('usage: npx tsx scripts/check-safety-language.ts <language code> [...]');
  process.exit(2);
}

type Rule = CompiledRule & { category: SafetyCategory; language: string };
let failed = false;

const rules: Rule[] = readJsonFiles(join(SAFETY_DATA_DIR, 'rules')).flatMap(({ file, data }) => {
  const parsed = safetyRulesFileSchema.safeParse(data);
  if (!parsed.success) {
    console.error(`rules/${file}: ${parsed.error.message}`);
    failed = true;
    return [];
  }
  return parsed.data.rules.map((r) => ({
    ...compileRule(r, parsed.data.fragments),
    category: r.category,
    language: parsed.data.language,
  }));
});

const firing = (text: string, language?: string) => {
  const folded = fold(text);
  return rules.filter((r) => (!language || r.language === language) && r.test(folded));
};

const examples = loadSafetyExamples();

/** Ordinary questions families wrote about the services the engine learns from. */
function trainingQuestions(): string[] {
  const services = join(PACKAGE, 'test', 'services');
  const heldOut = new Set<string>(
    (JSON.parse(readFileSync(join(services, 'held-out.json'), 'utf8')) as { services: string[] })
      .services,
  );
  return readdirSync(services)
    .filter((s) => !heldOut.has(s) && existsSync(join(services, s, 'questions.jsonl')))
    .flatMap((s) =>
      readFileSync(join(services, s, 'questions.jsonl'), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { q: string }).q),
    );
}
const questions = trainingQuestions();

for (const language of named) {
  console.log(`\n== ${language}`);
  if (!rules.some((r) => r.language === language)) {
    console.log(`  no rules/${language}.json (or it did not parse)`);
    failed = true;
  }
  const own = examples.filter((e) => e.language === language);
  const crises = own.filter((e) => e.label === 'crisis');
  const missed = crises.filter((e) => !firing(e.text).some((r) => r.category === 'crisis'));
  console.log(`  crisis recall: ${crises.length - missed.length}/${crises.length}`);
  for (const m of missed) console.log(`    MISSED [${m.kind}] ${m.text}`);
  if (crises.length === 0 || missed.length) failed = true;

  const ordinary = examples.filter((e) => e.label === 'none');
  const alarmed = ordinary.filter((e) => firing(e.text, language).length > 0);
  const ownOrdinary = ordinary.filter((e) => e.language === language);
  const alarmedAtAll = ownOrdinary.filter((e) => firing(e.text).length > 0);
  console.log(
    `  ordinary examples in ${language}: ${ownOrdinary.length}, alarmed by any language's rules: ${alarmedAtAll.length}`,
  );
  for (const a of alarmedAtAll)
    console.log(
      `    ALARM [${a.kind}] ${a.text}  <- ${firing(a.text)
        .map((r) => r.id)
        .join(', ')}`,
    );
  console.log(
    `  ordinary examples in any language alarmed by ${language} rules: ${alarmed.length}`,
  );
  for (const a of alarmed)
    console.log(
      `    ALARM (${a.language}) ${a.text}  <- ${firing(a.text, language)
        .map((r) => r.id)
        .join(', ')}`,
    );
  const hits = questions.filter((q) => firing(q, language).length > 0);
  console.log(
    `  family questions (${questions.length}) alarmed by ${language} rules: ${hits.length}`,
  );
  for (const q of hits)
    console.log(
      `    ${q}  <- ${firing(q, language)
        .map((r) => r.id)
        .join(', ')}`,
    );

  const repliesFile = join(PACKAGE, 'data', 'languages', 'replies', `${language}.json`);
  if (!existsSync(repliesFile)) {
    console.log(`  no replies/${language}.json`);
    failed = true;
  } else {
    const parsed = replyCatalogueSchema.safeParse(JSON.parse(readFileSync(repliesFile, 'utf8')));
    if (!parsed.success || parsed.data.language !== language) {
      console.log(`  replies/${language}.json: ${parsed.error?.message ?? 'wrong language code'}`);
      failed = true;
    } else console.log(`  replies/${language}.json: valid`);
  }
}
process.exit(failed ? 1 : 0);
