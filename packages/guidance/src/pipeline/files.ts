import type { Citation, PublishedFile } from '../types';
import type { Reach } from './replies';

// "Where can I download the mediation notice?", "can I get a copy of the form", "is there a
// leaflet", or just the file's name ("the regulation 32 notice"): asking for a document, not
// asking what a document means.
const WANTS =
  /\b(download|print(ed)?|a copy|copies|get (hold of )?(the|a|your)|find (the|a|your)|where (can|do|could|should) (i|we) (get|find|see)|is there an?|have you got an?|do you have an?|send me (the|a)|link (to|for))\b/i;
const THINGS =
  /\b(notices?|forms?|leaflets?|booklets?|factsheets?|fact sheets?|documents?|pdfs?|templates?|letters? template|guides?|files?|poster|information sheet)\b/i;
const ANY_FILE =
  /\b(what|which) (files|documents|forms|leaflets)\b|\b(list|all) (of )?(your|the) (files|documents|forms|leaflets)\b/i;

const STOP = new Set(
  'a an the of to for and or in on at by with from about on my our your me i we you can could do does is are be where what which how get find download copy print send link there have has got please pdf file document'.split(
    ' ',
  ),
);
const words = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9 ]+/g, ' ')
      .split(/\s+/)
      .map((w) => w.replace(/(?<=[a-z]{3})s$/, ''))
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );

export interface FileReply {
  text: string;
  citations: Citation[];
  answered: boolean;
}

/** True when the message asks where to get a document (a notice, form, leaflet). */
export function asksForFile(message: string): boolean {
  return (WANTS.test(message) && THINGS.test(message)) || ANY_FILE.test(message);
}

// "What does the mediation notice say?", "why did I get a notice": about a document, not for it.
const ABOUT_IT =
  /\b(what|why|when|how|who|mean(s|ing)?|explain|say|says|said|tell me about|received|got)\b/i;

/**
 * True when the message is just a published file's name, as a family might type it: "the
 * regulation 32 notice", "mediation notice please". Every word they typed (besides "the",
 * "notice" and the like) is in one file's title or description, so the names families use are
 * data: staff put them in the file's description ("also called the reg 32 notice").
 */
export function namesFile(message: string, files: readonly PublishedFile[]): boolean {
  if (!THINGS.test(message) || ABOUT_IT.test(message)) return false;
  const asked = words(message.replace(THINGS, ' '));
  if (asked.size === 0) return false;
  return files.some((f) => {
    const known = new Set([...words(f.title), ...words(f.description ?? '')]);
    return [...asked].every((w) => known.has(w));
  });
}

/**
 * The published files the message asks for: those sharing a word with it (title first, then
 * description); all of them for a general "what documents do you have". Undefined when the
 * message does not ask for a document, names one the service does not publish, or none are
 * published, so the question goes on to the published pages.
 */
export function answerFileRequest(
  message: string,
  files: readonly PublishedFile[] | undefined,
  reach: Reach,
): FileReply | undefined {
  if (!files?.length || !(asksForFile(message) || namesFile(message, files))) return undefined;
  const asked = words(message.replace(THINGS, ' '));
  const scored = files
    .map((f) => {
      const title = words(f.title);
      const desc = words(f.description ?? '');
      let score = 0;
      for (const w of asked) score += title.has(w) ? 2 : desc.has(w) ? 1 : 0;
      return { f, score };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
  const best = scored.length
    ? scored.filter((x) => x.score === scored[0]!.score).map((x) => x.f)
    : [];
  // Nothing named: a general request lists every file.
  const general = asked.size === 0 || ANY_FILE.test(message);
  const chosen = best.length ? best : general ? [...files] : [];
  // A specific document we do not publish: the pages may still say where to get it.
  if (!chosen.length) return undefined;
  const lines = chosen.map((f) => `- ${f.title}: ${f.url}`);
  const intro =
    chosen.length === 1
      ? `You can download "${chosen[0]!.title}" here: ${chosen[0]!.url}`
      : `You can download these from us:\n${lines.join('\n')}`;
  return {
    text: `${intro}\n\nIf you cannot open it or would like a paper copy, call ${reach.name} on ${reach.phone}.`,
    citations: chosen.map(citationOfFile),
    answered: true,
  };
}

/** A file as a source the widget shows as a link: its own published title and description. */
function citationOfFile(f: PublishedFile): Citation {
  return { title: f.title, quote: f.description?.trim() || f.title, url: f.url };
}
