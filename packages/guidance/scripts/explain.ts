// Shows how retrieval reads a question: each concept (question word) with its weight and the
// index terms it matches (typos, listed relatives, words near in meaning), then the best hits.
// npx tsx scripts/explain.ts DIR "question" ['{"unknownWords":false}']
import { loadGuidanceFolder } from '../src/cli/load-folder';
import { parseDocuments } from '../src/ingest/parse-document';
import { composeFromGuidance } from '../src/pipeline/compose';
import { createGuidanceIndex } from '../src/search/guidance-index';
import { semanticSettings } from '../src/semantic/settings';

const [dir, question, settings] = process.argv.slice(2);
Object.assign(semanticSettings, JSON.parse(settings ?? '{}'));
const index = createGuidanceIndex(parseDocuments(await loadGuidanceFolder(dir!)));
const { hits, concepts } = index.search(question!);
for (const c of concepts)
  console.log(
    `${c.word.padEnd(14)} idf ${c.idf.toFixed(2)} ${c.known ? 'known' : '     '} ${[...c.terms].map(([t, w]) => `${t}:${w.toFixed(2)}`).join(' ')}`,
  );
for (const h of hits.slice(0, 4))
  console.log(`${h.score.toFixed(2)} cov ${h.coverage.toFixed(2)} ${h.passage.text.slice(0, 100)}`);
console.log('→', composeFromGuidance(question!, index)?.body ?? '(nothing)');
