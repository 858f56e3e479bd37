import { readFileSync } from 'node:fs';
import { z } from 'zod';

// Words of this field in the languages London families write in (data/languages/glossary.json),
// each group with the English words a family would use for it, so a question in Polish, Urdu or
// Somali can be read as an English question and answered from English guidance. Data, not code:
// a service adds a word without a release of the engine's logic.

export const glossarySchema = z.object({
  $comment: z.string().optional(),
  entries: z
    .array(
      z.object({
        en: z.string().min(2),
        words: z.array(z.string().min(2)).min(1),
      }),
    )
    .min(1),
});

interface Glossary {
  exact: Map<string, string>;
  /** Words that stand for every word starting with them ("bezpłatn*"), longest first. */
  prefixes: [string, string][];
  /** Several-word keys ("tengo que"), matched in the folded text. */
  phrases: [string, string][];
}

let loaded: Glossary | undefined;

function glossary(): Glossary {
  if (loaded) return loaded;
  const data = glossarySchema.parse(
    JSON.parse(
      readFileSync(new URL('../../data/languages/glossary.json', import.meta.url), 'utf8'),
    ),
  );
  const g: Glossary = { exact: new Map(), prefixes: [], phrases: [] };
  for (const { en, words } of data.entries)
    for (const raw of words) {
      const w = fold(raw);
      if (w.endsWith('*')) g.prefixes.push([w.slice(0, -1), en]);
      else if (/\s/.test(w)) g.phrases.push([w, en]);
      else g.exact.set(w, en);
    }
  g.prefixes.sort((a, b) => b[0].length - a[0].length);
  loaded = g;
  return g;
}

/** Lower case, without accents or marks, ł as l: how families type on any keyboard. */
function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');
}

/** The English words for what a message in another language names, in order, each once. */
export function englishTerms(message: string): string[] {
  const g = glossary();
  const out: string[] = [];
  const add = (en: string | undefined) => {
    if (en && !out.includes(en)) out.push(en);
  };
  const folded = fold(message);
  for (const raw of folded.split(/[^\p{L}\p{N}']+/u)) {
    if (raw.length < 2) continue;
    add(g.exact.get(raw) ?? g.exact.get(raw.replace(/'/g, '')));
    if (!g.exact.has(raw))
      for (const [prefix, en] of g.prefixes)
        if (prefix.length >= 3 && raw.startsWith(prefix)) {
          add(en);
          break;
        }
  }
  const spaced = ` ${folded.replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
  for (const [phrase, en] of g.phrases) if (spaced.includes(` ${phrase} `)) add(en);
  return out;
}

/** The question a message in another language asks, in the English words of its terms. */
export function englishQuestion(message: string): string | undefined {
  const terms = englishTerms(message);
  return terms.length ? `${terms.join(' ')}?` : undefined;
}
