// The chat's conversation vocabulary (data/conversation.json), checked once at load.
import { z } from 'zod';
import { askingPart } from '../text/asking-part';
import data from '../../data/conversation.json';
import {
  checkRules,
  concepts,
  ConceptsSchema,
  RuleSchema,
  StatedSearchSchema,
  type StatedSearch,
} from './concept-rules';

export type { StatedSearch };

export const CALCULATIONS = [
  'appeal',
  'adviser',
  'certificate',
  'arrange',
  'notice',
  'discrimination',
  'agreement',
] as const;
export type Calculation = (typeof CALCULATIONS)[number];

/**
 * Words to find a service's sentence about a route, and words one of which a sentence saying
 * what the route means for the family holds: of two sentences about discrimination claims, the
 * one saying no certificate is needed, not the one about the Christmas extension.
 */
const RouteSearchSchema = z
  .object({ search: z.string().min(3), prefers: z.array(z.string().min(2)).min(1) })
  .strict();
export type RouteSearch = z.infer<typeof RouteSearchSchema>;

export const ConversationFile = z.object({
  $comment: z.string().optional(),
  concepts: ConceptsSchema,
  calculations: z
    .array(
      RuleSchema.extend({
        id: z.enum(CALCULATIONS),
        /**
         * Holds only when no other calculation's rule does: "the adviser" named alone asks for
         * the 2 months to contact one, but "when must the adviser send the certificate?" asks
         * about the certificate.
         */
        fallback: z.boolean().optional(),
      }),
    )
    .min(1),
  dateRoles: z.object({
    decision: z.string(),
    received: z.string(),
    certificate: z.string(),
    adviser: z.string(),
    mediation: z.string(),
    told: z.string(),
  }),
  routeSearch: z.record(z.string(), z.union([z.string().min(3), RouteSearchSchema])),
  deadlineSearch: z.record(z.enum(CALCULATIONS), StatedSearchSchema),
  deadlineFacets: z.object({ $comment: z.string().optional() }).catchall(StatedSearchSchema),
  missedWindowSearch: StatedSearchSchema,
  notArrangedSearch: StatedSearchSchema,
  youngPersonSearch: StatedSearchSchema,
  matterSearch: z.object({ $comment: z.string().optional() }).catchall(StatedSearchSchema),
  practicalTopics: z.object({ $comment: z.string(), ids: z.array(z.string().min(2)).min(1) }),
  notRouteTopics: z.object({ $comment: z.string(), ids: z.array(z.string().min(2)).min(1) }),
  handover: z.object({ $comment: z.string(), rules: z.array(RuleSchema).min(1) }),
});
export type ConversationData = z.infer<typeof ConversationFile>;

const file = ConversationFile.parse(data);
checkRules(file.concepts, file.calculations, 'conversation.json');
checkRules(file.concepts, file.handover.rules, 'conversation.json');
const REQUIRED = [
  'asks_when',
  'not_arranged',
  'placement_only',
  'health_only',
  'declined',
  'route_ask',
  'follow_up_start',
  'pointing_back',
  'correction',
  'question',
  'mediation',
  'missed_window',
  'asks_limit',
  'names_deadline',
  'service_closed',
  'agreed',
  'carry_out',
  'health_or_social',
  'amend_bf',
  'school_named',
  'agree_make_plan',
  'agree_assess',
  'health_part',
];
for (const c of REQUIRED)
  if (!(c in file.concepts)) throw new Error(`conversation.json: the concept "${c}" is missing`);

export const talk = concepts(file.concepts);

/** A family asking for a person (pipeline/handover.ts): any of these rules holding. */
export const HANDOVER_RULES = file.handover.rules;

/** Which deadline a message asks about, from its words. */
export function calculationOf(message: string): Calculation | undefined {
  return calculationsOf(message)[0];
}

/**
 * The message names a deadline only by a rule marked `fallback` (the adviser mentioned, with
 * nothing of what about them): the dates' roles say better which deadline it is ("the adviser
 * said she'd let the council know today and they have 30 days" counts the 30 days).
 */
export function namedOnlyInPassing(message: string): boolean {
  const held = rulesHeld(message);
  return held.length > 0 && held.every((c) => c.fallback);
}

/** The calculation rules (data/conversation.json) whose concepts the message holds. */
const rulesHeld = (message: string) => file.calculations.filter((c) => talk.first([c], message));

/**
 * The deadlines a message names, the one it asks about first. "I rang the adviser yesterday, we
 * just want the certificate so we can appeal. How long do they get to send it?": the one the
 * asking clause is about wins (its rule holds there, with the most of its words, named first).
 * When the asking clause names none of them ("how many days till I should have it?"), all are
 * returned and the caller may choose by the dates the family gave.
 */
export function calculationsOf(message: string): Calculation[] {
  const held = rulesHeld(message);
  const matching = held.some((c) => !c.fallback) ? held.filter((c) => !c.fallback) : held;
  if (matching.length <= 1) return matching.map((c) => c.id);
  const asking = askingPart(message, undefined);
  // Those whose rule holds in the asking clause alone come first ("got the certificate today, how
  // long have I got to send the appeal in": the appeal is asked about, the certificate is story).
  const inAsking = matching.filter((c) => talk.first([c], asking));
  const pool = inAsking.length ? inAsking : matching;
  const said = (c: Rule) =>
    new Set(c.all.flat().filter((concept) => talk.has(concept, asking))).size;
  // None holding there: the ones with the most of their words in it ("how long do they get to
  // send it?": the certificate's waiting words). Then, first, the one named first after the
  // words that ask ("once I've got the certificate, how long to get the appeal in?" asks about
  // the appeal; "how long till I get the certificate so I can appeal", the certificate), then
  // the one named first anywhere in the clause.
  const most = inAsking.length ? 0 : Math.max(...pool.map(said));
  const cue = talk.find('asks_when', asking)[0]?.index ?? 0;
  const after = asking.slice(cue);
  return pool
    .filter((c) => said(c) >= most)
    .map((c, order) => ({
      c,
      at: Math.min(completedAt(c, after), cue + completedAt(c, asking) + after.length),
      order,
    }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ c }) => c.id)
    .filter((id, i, all) => all.indexOf(id) === i);
}

type Rule = (typeof file.calculations)[number];

/** Where in the text one of the rule's lists is first complete (its last concept's first phrase). */
function completedAt(rule: Rule, text: string): number {
  const firstAt = (concept: string) => talk.find(concept, text)[0]?.index ?? Infinity;
  return Math.min(...rule.all.map((list) => Math.max(...list.map(firstAt))));
}

/** Topics whose "how long" the service's own practice answers, not the law (topics.json ids). */
export const PRACTICAL_TOPICS: ReadonlySet<string> = new Set(file.practicalTopics.ids);

/** Topics whose questions a story's route reply does not answer (topics.json ids). */
export const NOT_ROUTE_TOPICS: ReadonlySet<string> = new Set(file.notRouteTopics.ids);

/** The quick-reply labels for what a date is. */
export const DATE_ROLE_LABELS = file.dateRoles;

/** Words to find a passage that supports a route, by @sen/rules' route outcome. */
export function routeSearch(outcome: string): RouteSearch | undefined {
  const found = file.routeSearch[outcome];
  return typeof found === 'string' ? { search: found, prefers: [] } : found;
}

/** Words to find the service's own sentence stating a deadline's time limit, and its periods. */
export const DEADLINE_SEARCH: Readonly<Partial<Record<Calculation, StatedSearch>>> =
  file.deadlineSearch;

/** Words to find the service's sentence saying what a deadline turned on (pipeline/deadline-facets.ts). */
export function facetSearch(facet: string): StatedSearch | undefined {
  return searchIn(file.deadlineFacets, facet);
}

/** The text says one of these (a deadline search's periods: "two months", "2 months"; a route's `prefers`). */
export function saysOneOf(states: readonly string[], text: string): boolean {
  const lower = text.toLowerCase();
  return states.some((p) => lower.includes(p.toLowerCase()));
}

/**
 * Words to find the service's sentence saying a decision of this kind (an @sen/rules appeal
 * matter) can go to mediation or appeal, and the words one of which it must say.
 */
export function matterSearch(matter: string): StatedSearch | undefined {
  return searchIn(file.matterSearch, matter);
}

/** A stated search by its key in a record that also holds a `$comment`. */
function searchIn(
  record: Record<string, StatedSearch | string | undefined>,
  key: string,
): StatedSearch | undefined {
  const found = key === '$comment' ? undefined : record[key];
  return typeof found === 'object' ? found : undefined;
}

/**
 * The text states the period as a limit ("within 30 days of being told"), not only refers back
 * to one stated elsewhere ("if it can't be set up within the 30 days", "those two months").
 */
export function statesPeriod(states: readonly string[], text: string): boolean {
  const lower = text.toLowerCase();
  return states.some((p) => {
    const period = p.toLowerCase();
    for (let at = lower.indexOf(period); at >= 0; at = lower.indexOf(period, at + 1))
      if (!/\b(?:the|those|these|that|this)\s+$/.test(lower.slice(Math.max(0, at - 8), at)))
        return true;
    return false;
  });
}

/** Words to find the sentence saying what follows a missed adviser window (R3), and its words. */
export const MISSED_WINDOW_SEARCH: Readonly<StatedSearch> = file.missedWindowSearch;

/** Words to find the sentence saying what follows when mediation is not arranged in time (R12). */
export const NOT_ARRANGED_SEARCH: Readonly<StatedSearch> = file.notArrangedSearch;

/** Words to find the sentence saying a young person acts in their own name, and its words. */
export const YOUNG_PERSON_SEARCH: Readonly<StatedSearch> = file.youngPersonSearch;

/** Words that never make a question and a sentence say the same thing. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(file.concepts['function_words'] ?? []);
