// What happened, read from a family's own story ("the council refused to assess my son", "they
// want to stop his plan"), as one of the situations the law knows. The situations, the words
// families use for each part of them and the stories each must recognise are data
// (data/situations.json); the method is concept-rules.ts.
import { z } from 'zod';
import data from '../../data/situations.json';
import { checkRules, concepts, ConceptsSchema, RuleSchema } from './concept-rules';

export const SituationsFile = z.object({
  $comment: z.string().optional(),
  concepts: ConceptsSchema,
  situations: z
    .array(
      RuleSchema.extend({
        /** Answers to @sen/rules' route questions that this situation settles. */
        route: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
        /** A line of plain explanation added to the route. */
        note: z.string().optional(),
        /** The story is itself a request for direction ("no idea what to do"): always route. */
        always: z.boolean().optional(),
        /** Words to find a passage of any service's guidance that supports the route. */
        search: z.string().optional(),
        /** Stories that must be read as this situation (tested). */
        examples: z.array(z.string().min(5)).min(3),
      }),
    )
    .min(1),
});
export type SituationsData = z.infer<typeof SituationsFile>;

export interface Situation {
  id: string;
  route: Record<string, string | string[]>;
  note?: string;
  search?: string;
  always?: boolean;
}

export interface SituationReader {
  read(message: string): Situation | undefined;
  byId(id: string): Situation | undefined;
}

/** Builds a reader; throws a clear error when the data names a concept it does not define. */
export function situationReader(file: SituationsData): SituationReader {
  checkRules(file.concepts, file.situations, 'situations.json');
  const words = concepts(file.concepts);
  const shape = (hit: (typeof file.situations)[number] | undefined): Situation | undefined =>
    hit && {
      id: hit.id,
      route: hit.route,
      ...(hit.note ? { note: hit.note } : {}),
      ...(hit.search ? { search: hit.search } : {}),
      ...(hit.always ? { always: true } : {}),
    };
  return {
    // In the file's order: the more particular situations come first.
    read: (message) => shape(words.first(file.situations, message)),
    byId: (id) => shape(file.situations.find((s) => s.id === id)),
  };
}
export const situations: SituationReader = situationReader(SituationsFile.parse(data));

/**
 * The story says an appeal would be only about the school or college named (the situation's
 * route names no section but section I), which needs no mediation certificate.
 */
export function onlyAboutPlacement(message: string): boolean {
  const sections = situations.read(message)?.route['sections'];
  return (
    Array.isArray(sections) &&
    sections.length > 0 &&
    sections.every((section) => section === 'plan_placement_i')
  );
}
