import { splitSentences } from '../text/sentences';

// Words a page copied from a website carries that are not guidance: site navigation, widgets,
// link prompts and obfuscated e-mail placeholders. Dropping them at ingest keeps them out of
// both the index and the quotes.

/** Whole lines or blocks that are navigation, compared after trimming and lower-casing. */
const NAV_LINES = new Set(
  [
    'display options',
    'print',
    'print this page',
    'share',
    'share this page',
    'back to top',
    'top of page',
    'skip to content',
    'skip to main content',
    'main menu',
    'menu',
    'search',
    'home',
    'close',
    'bookmark',
    'email this page',
    'text size',
    'font size',
    'contrast',
    'listen',
    'translate',
    'contents',
    'page contents',
    'table of contents',
    'on this page',
    'in this section',
    'related links',
    'related pages',
    'read more',
    'more information',
    'was this page helpful?',
    'rate this page',
    'feedback',
    'log in',
    'sign in',
    'register',
    'breadcrumb',
    'accept cookies',
    'cookie settings',
  ].map((s) => s.toLowerCase()),
);

/** Sentences that only make sense with a working link or script on the original page. */
const NOISE_SENTENCE = [
  /\bfollow (this|the) link\b/i,
  /\bclick (here|on the link|this link)\b/i,
  /^\s*(download|open|view) (the )?(pdf|document|file|leaflet)\b.*$/i,
  /\bwe use cookies\b/i,
  /\bthis (website|site) uses cookies\b/i,
];

/** Placeholders a script would have replaced, cut out wherever they stand in a line. */
const NOISE_PHRASE = [
  /this e-?mail address is being protected from spam ?bots\.?/gi,
  /you need javascript enabled to view it\.?/gi,
  /\[?email protected\]?/gi,
  // Link labels left at the end of a line: "…, read more".
  /(?:^|[,;:–-]\s*|\s)\b(?:read more|learn more|see more|more details)\s*(?:»|›|>)?\s*$/gi,
];

/** A line reduced to a label with nothing after it ("Email-", "Tel:") once noise is cut. */
const BARE_LABEL = /^[\p{L}\s]{1,24}[-:–]+\s*$/u;

export function isNavigationLine(line: string): boolean {
  const t = line
    .trim()
    .replace(/[\s>»|›/]+$/, '')
    .toLowerCase();
  if (!t) return false;
  if (NAV_LINES.has(t)) return true;
  // Breadcrumb trails: "Home > Local Offer > Mediation".
  if (/^home\s*[>»›/|]/.test(t)) return true;
  // A printed page's running footer, as text copied from a PDF keeps it: "Leaflet CG-04,
  // revised May 2025      Page 2 of 4", "- 3 -".
  return (
    t.length <= 120 &&
    (/(?:^|\s{2,}|[,|–-]\s*)page \d+(?: of \d+)?$/.test(t) || /^[-–]\s*\d+\s*[-–]$/.test(t))
  );
}

export function isNoiseSentence(sentence: string): boolean {
  return NOISE_SENTENCE.some((re) => re.test(sentence));
}

/**
 * Removes noise sentences from a block of text, keeping every other character as published.
 * Returns '' when nothing of substance is left.
 */
export function stripNoise(text: string): string {
  const lines = text.split('\n').map((line) => {
    if (isNavigationLine(line)) return '';
    const cut = NOISE_PHRASE.reduce((l, re) => l.replace(re, ''), line);
    const kept = splitSentences(cut).filter((s) => !isNoiseSentence(s.text));
    const joined = kept.map((s) => s.text).join(' ');
    if (joined !== line.trim() && BARE_LABEL.test(joined)) return '';
    return joined;
  });
  return lines
    .filter((l) => l.trim() !== '')
    .join('\n')
    .trim();
}
