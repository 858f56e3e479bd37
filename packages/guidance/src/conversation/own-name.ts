// A young person asking whether they can act for themselves ("i'm 19, can i appeal this myself or
// does it have to be my mum?"). From the end of the school year in which they turn 16 until they
// turn 25, the rights to ask for mediation and to appeal are the young person's own (Children and
// Families Act 2014 s.80; SEND Code of Practice 8.13): whatever else the answer says (a route, a
// deadline, a sentence of the guidance), it says that too, with the service's own sentence for it.
import type { GuidanceIndex } from '../search/guidance-index';
import type { Citation } from '../types';
import { statedPassage } from './guidance-support';
import { saysOneOf, talk, YOUNG_PERSON_SEARCH } from './words';

/** The writer's own age: "i'm 19", "I am 20", "i just turned 18" (not "I'm 19 weeks pregnant"). */
const OWN_AGE =
  /\b(?:i'?m|im|i am|i turned|i've just turned|ive just turned|i just turned)\s+(\d{2})\b(?!\s*(?:weeks?|months?|days?|hours?|mins?|minutes?|%|\/|:))/i;

export const YOUNG_PERSON_RIGHTS =
  'From the end of the school year in which you turn 16 until you turn 25, these rights are your own: you can ask for mediation, get a mediation certificate and appeal to the SEND Tribunal in your own name. A parent or anyone else can still help you if you want them to.';

export interface OwnNameNote {
  text: string;
  citations: Citation[];
}

/**
 * The note for a young person of 16 to 24 asking whether they can act themselves (undefined
 * when the message is not that), with the service's sentence for it unless already quoted.
 */
export function ownNameNote(
  message: string,
  index: GuidanceIndex,
  quoted: readonly Citation[],
): OwnNameNote | undefined {
  const age = Number(OWN_AGE.exec(message)?.[1] ?? NaN);
  if (!(age >= 16 && age <= 24) || !talk.has('own_behalf', message)) return undefined;
  // The service already quoted saying so: the law's line alone (it gives the ages).
  if (quoted.some((c) => saysOneOf(['own name', 'own right', 'in their own'], c.quote)))
    return { text: YOUNG_PERSON_RIGHTS, citations: [] };
  const said = statedPassage(YOUNG_PERSON_SEARCH, index, message, { preferStated: false });
  const cited = said?.citations.find((c) => saysOneOf(YOUNG_PERSON_SEARCH.states, c.quote));
  const fresh = cited && !quoted.some((q) => q.quote.includes(cited.quote));
  return {
    text: fresh
      ? `${YOUNG_PERSON_RIGHTS}\nOur guidance also says: ${cited.quote}`
      : YOUNG_PERSON_RIGHTS,
    citations: fresh ? [cited] : [],
  };
}
