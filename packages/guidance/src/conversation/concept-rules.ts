// The one method behind the chat's readers of situations and of which deadline is asked: named
// lists of families' phrases (concepts), and rules that hold when every concept of one of their
// lists is present and none of their excluded ones. Rules and phrases are data; this is the code.
import { z } from 'zod';
import { phrases, plain, spellFixed, type PhraseMatcher } from './phrases';

export const ConceptsSchema = z.record(
  z.string().regex(/^[a-z_]+$/),
  z.array(z.string().min(1)).min(1),
);

export const RuleSchema = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  all: z.array(z.array(z.string()).min(1)).min(1),
  none: z.array(z.string()).optional(),
});
export type ConceptRule = z.infer<typeof RuleSchema>;

/** Words to find a service's sentence, and the words one of which it must say to be quoted. */
export const StatedSearchSchema = z
  .object({ search: z.string().min(3), states: z.array(z.string().min(2)).min(1) })
  .strict();
export type StatedSearch = z.infer<typeof StatedSearchSchema>;

export interface Concepts {
  /** True when the text holds a phrase of the concept; throws for a concept the data lacks. */
  has(concept: string, text: string): boolean;
  find(concept: string, text: string): { index: number; text: string }[];
  /** The first rule (in order) that holds for the text. */
  first<R extends ConceptRule>(rules: readonly R[], text: string): R | undefined;
}

export function concepts(data: Record<string, readonly string[]>): Concepts {
  const compiled = new Map<string, PhraseMatcher>(
    Object.entries(data).map(([k, v]) => [k, phrases(v)]),
  );
  const get = (id: string) => {
    const m = compiled.get(id);
    if (!m) throw new Error(`unknown concept "${id}"`);
    return m;
  };
  return {
    // Misspellings of the lists' words are read as those words ("the counsil refused"); `find`
    // keeps the text as written, since its places are places in that text.
    has: (id, text) => get(id).test(spellFixed(plain(text))),
    find: (id, text) => get(id).find(plain(text)),
    first(rules, text) {
      const t = spellFixed(plain(text));
      return rules.find(
        (r) =>
          r.all.some((list) => list.every((c) => get(c).test(t))) &&
          !(r.none ?? []).some((c) => get(c).test(t)),
      );
    },
  };
}

/** Throws a clear error when a rule names a concept the data does not define. */
export function checkRules(
  data: Record<string, unknown>,
  rules: readonly ConceptRule[],
  file: string,
) {
  for (const r of rules)
    for (const c of [...r.all.flat(), ...(r.none ?? [])])
      if (!(c in data)) throw new Error(`${file}: "${r.id}" names the unknown concept "${c}"`);
}
