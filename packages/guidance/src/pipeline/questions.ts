import { isLightTerm } from '../search/synonyms';
import { analyze } from '../text/analyze';
import { splitSentences } from '../text/sentences';

/** "…, and do I need …", "… or is it …": a second question joined to the first. */
const JOINED =
  /,?\s+(?:and|also|plus|and also|or)\s+(?=(?:is|are|do|does|can|could|will|would|what|what's|whats|how|who|when|where|should|must|has|have)\b)/i;

/**
 * The separate questions of a message that asks more than one ("Is it free and is it
 * confidential?", "Who can use it? And does the council have to come?"), each with the
 * message's other sentences as its context. Empty when there is only one question, or when the
 * questions close a long story (they are then one question about it).
 */
export function subQuestions(message: string): string[] {
  const sentences = splitSentences(message).map((s) => s.text);
  const asked = sentences.filter((s) => /\?\s*$/.test(s));
  const context = sentences.filter((s) => !/\?\s*$/.test(s)).join(' ');
  if (!asked.length || context.split(/\s+/).length > 25) return [];
  const parts = asked
    .flatMap((s) => s.split(JOINED))
    .map((p) => p.replace(/^(?:and|also|plus|oh and)\b,?\s*/i, '').trim())
    .filter((p) => p.split(/\s+/).length >= 2);
  if (parts.length < 2 || parts.length > 3) return [];
  return parts.map((p) => (context ? `${context} ${p}` : p));
}

/**
 * A part that names nothing of its own ("… or does it have to be me?", "or is it just me?"): it
 * leans on the other part, so what it finds alone only counts where the other part found it too.
 */
export function namesNothing(part: string): boolean {
  return analyze(part).every(isLightTerm);
}
