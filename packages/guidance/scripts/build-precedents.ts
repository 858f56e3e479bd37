// Writes data/precedents.json: every answerable labelled question of the sets the models learn
// from and of those written to learn from (scripts/training-sets.ts PRECEDENT_SETS; never a
// held-out set) with the sentences of its own service's pages that answer it (those holding a
// `cite` phrase), and the mean sentence vector of those pages and questions (what every sentence
// shares, taken out before comparing). Read by src/semantic/precedents.ts.
//   npx tsx scripts/build-precedents.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { centred, packVectors } from '../src/semantic/precedents';
import { sentenceVector } from '../src/semantic/sentence-vector';
import { withHeading } from '../src/pipeline/sentence-features';
import {
  PRECEDENT_SETS,
  citedBy,
  indexOf,
  isDecline,
  pkg,
  questionsOf,
  sourceOf,
} from './training-sets';

const labelled: { source: string; q: string; answers: string[] }[] = [];
const sum = new Float64Array(100);
let counted = 0;
const add = (text: string) => {
  const v = sentenceVector(text);
  for (let d = 0; d < v.length; d++) sum[d]! += v[d]!;
  counted++;
};
const pagesSeen = new Set<string>();
for (const set of PRECEDENT_SETS) {
  const index = await indexOf(set);
  const units = index.passages.flatMap((passage) =>
    index.units(passage.id).map((unit) => withHeading({ unit, hit: { passage } as never })),
  );
  if (!pagesSeen.has(set.guidance)) {
    pagesSeen.add(set.guidance);
    units.forEach(add);
  }
  for (const q of questionsOf(set)) {
    add(q.q);
    if (isDecline(q) || (q.type ?? 'answer') !== 'answer' || !q.cite || q.history) continue;
    const cited = citedBy(q);
    const answers = [...new Set(units.filter((u) => cited(u)))].slice(0, 3);
    if (answers.length) labelled.push({ source: sourceOf(set), q: q.q, answers });
  }
}
const mean = [...sum].map((x) => Math.round((x / counted) * 1e5) / 1e5);
const meanVector = Float32Array.from(mean);
const items = labelled.map((p) => ({
  ...p,
  vectors: packVectors([p.q, ...p.answers].map((text) => centred(text, meanVector))),
}));
writeFileSync(
  join(pkg, 'data', 'precedents.json'),
  `${JSON.stringify(
    {
      $comment:
        'Written by scripts/build-precedents.ts from the labelled sets the models learn from and those written to learn from (never a held-out set): each answerable question with the sentences (and their heading) of its own service pages that answer it, and the mean sentence vector of those pages and questions. Read by src/semantic/precedents.ts. Do not edit by hand: rebuild.',
      mean,
      items,
    },
    null,
    0,
  )}\n`,
);
console.log(
  `${items.length} precedents from ${pagesSeen.size} services' pages, ${counted} texts in the mean`,
);
