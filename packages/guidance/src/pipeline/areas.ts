// "Do you cover Camden?", "Which boroughs do you work with?": answered from the local
// authorities the service lists (staff keep them in the console), when the caller gives them.
// Without the list, or when the message names none of them, the question goes on and ends in
// "call us" rather than in a guess.

import type { Reach } from './replies';

/** "London Borough of Camden", "Camden Council" → "camden": the name a family writes. */
function coreName(area: string): string {
  return area
    .toLowerCase()
    .replace(
      /\b(the )?(royal |london )?borough of\b|\bcity of\b|\b(county |city |borough )?council\b/g,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ASKS_WHICH =
  /\b(which|what) (boroughs?|areas?|councils?|local authorit(y|ies)|parts of)\b|\b(boroughs?|areas?|councils?|local authorit(y|ies)) (do|does) (you|the service|it) (cover|work|serve)/i;
// Asked of the service ("do you cover …", "is … covered"), not a place in a story ("a letter
// from Camden Council", "we live in Camden and the school …"), which is answered as asked.
const ABOUT_COVERAGE =
  /\b(you|your service|the service)\b.{0,20}\b(cover|covers|work (in|with|for)|serve|operate|available|help (families|people|parents|us)? ?(in|from))\b|\bcovered\b|\bin your area\b/i;

export function answerAreas(
  message: string,
  areas: readonly string[] | undefined,
  reach: Reach,
): string | undefined {
  if (!areas?.length) return undefined;
  // Every message passes through here: the names are looked for only in a coverage question.
  if (ABOUT_COVERAGE.test(message)) {
    const named = areas.filter((a) => {
      const core = coreName(a);
      return core.length > 2 && new RegExp(`\\b${escape(core)}\\b`, 'i').test(message);
    });
    if (named.length) {
      return `Yes: we work with families in ${list(named)}. You can ask here, or call ${reach.name} on ${reach.phone}.`;
    }
  }
  if (ASKS_WHICH.test(message)) {
    return `We work with families in these local authorities: ${list(areas)}. If yours is not one of them, call ${reach.name} on ${reach.phone} and we'll tell you who can help.`;
  }
  return undefined;
}

function list(names: readonly string[]): string {
  return names.length < 2
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
