// "What's the number for my local IASS?", "who can advise me?", "independent advice near me":
// answered with the family's own council's SEND Information, Advice and Support Service, which
// staff keep per local authority. The council is the one named in the message, else the one the
// caller knows (the partner page, the callback form), else one named earlier in the chat; when
// none is known the chat asks which, with the councils as quick replies, and reads the next
// message as the answer. The phrasings are data (data/local-advice.json), matched word by word.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Turn } from '../llm/redact';
import type { Reach } from './replies';

/** One council the service lists, with its IASS as staff entered it (any part may be missing). */
export interface LocalAdviceCouncil {
  name: string;
  iass?: {
    name?: string | null;
    phone?: string | null;
    url?: string | null;
    email?: string | null;
  };
}

export interface LocalAdviceContext {
  councils: readonly LocalAdviceCouncil[];
  /** The family's council when the caller knows it (the partner page's context, the callback form). */
  known?: string;
}

export interface LocalAdviceReply {
  text: string;
  answered: boolean;
  quickReplies?: string[];
}

const DataSchema = z.object({
  names: z.array(z.string().min(1)).min(1),
  requests: z.array(z.string().min(1)).min(1),
  notWith: z.array(z.string().min(1)),
  askCouncil: z.string().min(1),
  askCouncilHint: z.string().min(1),
  otherCouncil: z.string().min(1),
});
type Data = z.infer<typeof DataSchema>;

let data: (Data & { names_: string[][]; requests_: string[][]; notWith_: string[][] }) | undefined;

function loaded() {
  if (!data) {
    const raw = DataSchema.parse(
      JSON.parse(readFileSync(new URL('../../data/local-advice.json', import.meta.url), 'utf8')),
    );
    data = {
      ...raw,
      names_: raw.names.map(words),
      requests_: raw.requests.map(words),
      notWith_: raw.notWith.map(words),
    };
  }
  return data;
}

/** Lower-case words of a text ("SENDIASS's number?" → ["sendiass", "s", "number"]). */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .split(/[^\p{L}\p{N}*]+/u)
    .filter(Boolean);
}

/** Up to this many words may stand where a phrase has `*`. */
const GAP = 3;

/** Whether `phrase` (words, `*` for a short gap) occurs in `text`. */
function has(text: readonly string[], phrase: readonly string[]): boolean {
  const match = (t: number, p: number): boolean => {
    if (p === phrase.length) return true;
    if (phrase[p] === '*') {
      for (let skip = 0; skip <= GAP && t + skip <= text.length; skip++) {
        if (match(t + skip, p + 1)) return true;
      }
      return false;
    }
    return t < text.length && text[t] === phrase[p] && match(t + 1, p + 1);
  };
  for (let start = 0; start < text.length; start++) if (match(start, 0)) return true;
  return false;
}

/** Whether a message asks for local independent advice (the IASS by name, or in other words). */
export function asksForLocalAdvice(message: string): boolean {
  const d = loaded();
  const w = words(message);
  if (d.names_.some((p) => has(w, p))) return true;
  return d.requests_.some((p) => has(w, p)) && !d.notWith_.some((p) => has(w, p));
}

/** "London Borough of Camden", "Camden Council" → ["camden"]: the words a family writes. */
function coreWords(name: string): string[] {
  return words(
    name.replace(
      /\b(the )?(royal |london )?borough of\b|\bcity of\b|\b(county |city |borough )?council\b/gi,
      ' ',
    ),
  );
}

/** The council a text names, when it names exactly one the service lists (longest name first). */
function councilIn(
  text: string,
  councils: readonly LocalAdviceCouncil[],
): LocalAdviceCouncil | undefined {
  const w = words(text);
  const named = councils.filter((c) => {
    const core = coreWords(c.name);
    return core.length > 0 && core.join(' ').length > 2 && has(w, core);
  });
  // "City of London" and "London" style overlaps: prefer the longest name that matched.
  return named.sort((a, b) => coreWords(b.name).length - coreWords(a.name).length)[0];
}

function byName(name: string | undefined, councils: readonly LocalAdviceCouncil[]) {
  if (!name) return undefined;
  const n = name.trim().toLowerCase();
  return councils.find((c) => c.name.toLowerCase() === n) ?? councilIn(name, councils);
}

function hasDetails(c: LocalAdviceCouncil): boolean {
  return !!(c.iass?.phone || c.iass?.url || c.iass?.email);
}

function details(c: LocalAdviceCouncil, reach: Reach): LocalAdviceReply {
  const i = c.iass;
  if (!i || !hasDetails(c)) {
    return {
      text: `We don't have the details of ${c.name}'s information, advice and support service (IASS) yet. ${reach.iassText} ${c.name}'s Local Offer website lists it, or call ${reach.name} on ${reach.phone} and we'll find it for you.`,
      answered: false,
    };
  }
  const lines = [
    `For families in ${c.name}, the local information, advice and support service (IASS) is ${i.name?.trim() || `${c.name} SENDIASS`}. It gives free, impartial information and advice about special educational needs and disability, separately from the council and from us.`,
    '',
    ...(i.phone ? [`Phone: ${i.phone}`] : []),
    ...(i.url ? [`Website: ${i.url}`] : []),
    ...(i.email ? [`Email: ${i.email}`] : []),
    '',
    `You can also call ${reach.name} on ${reach.phone} about mediation.`,
  ];
  return { text: lines.join('\n'), answered: true };
}

/** The question back when the council is not known, with the councils as quick replies. */
function askWhich(local: LocalAdviceContext): LocalAdviceReply {
  const d = loaded();
  // Councils whose details staff entered come first: those are the answers that help.
  const ordered = [...local.councils].sort(
    (a, b) => Number(hasDetails(b)) - Number(hasDetails(a)) || a.name.localeCompare(b.name),
  );
  return {
    text: `${d.askCouncil} ${d.askCouncilHint}`,
    answered: false,
    quickReplies: [...ordered.slice(0, 7).map((c) => c.name), d.otherCouncil],
  };
}

/** Whether the chat's last turn was the question "which council?". */
function askedWhich(history: readonly Turn[] | undefined): boolean {
  const lastBot = [...(history ?? [])].reverse().find((t) => t.role === 'bot');
  return !!lastBot && lastBot.text.startsWith(loaded().askCouncil);
}

/**
 * The reply to a request for local independent advice, or to the council named after the chat
 * asked which; undefined for any other message (or when the service lists no councils).
 */
export function answerLocalAdvice(
  message: string,
  local: LocalAdviceContext | undefined,
  history: readonly Turn[] | undefined,
  reach: Reach,
): LocalAdviceReply | undefined {
  if (!local?.councils.length) return undefined;
  if (askedWhich(history)) {
    const named = councilIn(message, local.councils);
    if (named) return details(named, reach);
    // "Another council", "Kent": a short answer to the question, not a new question.
    if (words(message).length <= 4 && !asksForLocalAdvice(message)) {
      return {
        text: `${reach.iassText} Every council has one: your council's Local Offer website lists it, or call ${reach.name} on ${reach.phone} and we'll tell you how to reach yours.`,
        answered: true,
      };
    }
  }
  if (!asksForLocalAdvice(message)) return undefined;
  const council =
    councilIn(message, local.councils) ??
    byName(local.known, local.councils) ??
    [...(history ?? [])]
      .reverse()
      .filter((t) => t.role === 'visitor')
      .map((t) => councilIn(t.text, local.councils))
      .find(Boolean);
  return council ? details(council, reach) : askWhich(local);
}
