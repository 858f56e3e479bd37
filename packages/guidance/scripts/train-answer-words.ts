// Learns the answer words (src/pipeline/answer-words.ts) from the labelled sets the override
// ranker and the answer gate learn from, and writes data/answer-words.json. Retrain the override
// ranker and the gate after it (they read it as a feature):
//   npx tsx scripts/train-answer-words.ts && npx tsx scripts/train-ranker.ts --override &&
//   npx tsx scripts/train-gate.ts
// Usage (from packages/guidance): npx tsx scripts/train-answer-words.ts [--check]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { learnAnswerWords } from '../src/pipeline/answer-words';
import { EXTENDED_SETS, answerWordsExamples, pkg } from './training-sets';

const examples = (await Promise.all(EXTENDED_SETS.map(answerWordsExamples))).flat();
const model = learnAnswerWords(
  examples,
  EXTENDED_SETS.map((s) => s.file),
);
const pairs = Object.values(model.pairs).reduce((n, row) => n + Object.keys(row).length, 0);
console.error(
  `${examples.length} questions with the answering sentence among the candidates: ${Object.keys(model.pairs).length} question words, ${pairs} pairs`,
);
if (!process.argv.includes('--check'))
  writeFileSync(join(pkg, 'data', 'answer-words.json'), `${JSON.stringify(model)}\n`);
