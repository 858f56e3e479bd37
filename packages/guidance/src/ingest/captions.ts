import type { Block } from './blocks';

// A recording's captions published as text (WebVTT, or SubRip): a webinar or a live Q&A where
// the service answers families' questions aloud. Each cue holds a few seconds of speech, so a
// sentence runs across cues and a cue's number and timing line sit in the middle of it. Read as
// what was said: one paragraph per speaker's turn, with cue numbers, timings, notes, voice tags
// and sound labels ("[laughs]") left out; a short turn that asks, answered by someone else,
// heads the answer as a page's FAQ question would.

const WEBVTT = /^\uFEFF?WEBVTT(?:[ \t-]|$)/;
/** "00:03:12.480 --> 00:03:17.020" (WebVTT) or "00:03:12,480 --> 00:03:17,020" (SubRip). */
const TIMING = /^\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}/;
const SUBRIP_START = /^\uFEFF?\s*\d+\s*\n\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s*-->/;
/** A turn's speaker: a WebVTT voice tag, "SPEAKER 2:", or a name of up to four capitalised words. */
const SPEAKER =
  /^\s*(?:<v(?:\.[\w.-]+)*\s+([^>]+)>|(SPEAKER\s*\d+|Speaker\s*\d+|\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})\s*:\s)/u;
/** What the captioner heard that is not speech: "[laughs]", "[inaudible]", "(crosstalk)". */
const SOUND =
  /\[[^\]\n]{1,40}\]|\((?:laughs?|laughter|inaudible|crosstalk|music|pause|coughs?|silence)\)/gi;
const TAG = /<\/?[^>\n]*>/g;
/** A question read out with a line of its story; longer, it is a turn that happens to ask. */
const MAX_QUESTION_WORDS = 40;

/** Whether a text page is a captions file rather than prose. */
export function isCaptions(body: string): boolean {
  const text = body.replace(/\r\n?/g, '\n');
  return (
    (WEBVTT.test(text) && text.split('\n').some((l) => TIMING.test(l))) || SUBRIP_START.test(text)
  );
}

interface Turn {
  speaker?: string;
  text: string;
}

export function captionBlocks(body: string): Block[] {
  const cues = body.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  let title: string | undefined;
  const turns: Turn[] = [];
  cues.forEach((cue, i) => {
    const lines = cue.split('\n');
    // "WEBVTT - Live Q&A: deadlines" and its header lines ("Kind: captions").
    if (i === 0 && WEBVTT.test(lines[0]!)) {
      title =
        lines[0]!
          .replace(WEBVTT, '')
          .replace(/^[\s-–:]+/, '')
          .trim() || undefined;
      return;
    }
    if (/^\s*(?:NOTE|STYLE|REGION)\b/.test(lines[0]!)) return;
    const timing = lines.findIndex((l) => TIMING.test(l));
    if (timing < 0) return;
    for (const raw of lines.slice(timing + 1)) {
      const speaker = SPEAKER.exec(raw);
      const text = (speaker ? raw.slice(speaker[0].length) : raw)
        .replace(SOUND, ' ')
        .replace(TAG, '')
        .replace(/\s+/g, ' ')
        .trim();
      const last = turns.at(-1);
      if (speaker || !last) turns.push({ speaker: (speaker?.[1] ?? speaker?.[2])?.trim(), text });
      else if (text) last.text = last.text ? `${last.text} ${text}` : text;
    }
  });

  const blocks: Block[] = title ? [{ type: 'heading', level: 1, text: title }] : [];
  turns.forEach((turn, i) => {
    if (!turn.text) return;
    const next = turns.slice(i + 1).find((t) => t.text);
    // "Priya asks, how do I work out my appeal deadline? I've seen three answers." read out
    // by the host and answered by the adviser: the question of an FAQ, said aloud.
    const asksAnother =
      turn.text.includes('?') &&
      turn.text.split(/\s+/).length <= MAX_QUESTION_WORDS &&
      !!next &&
      next.speaker !== turn.speaker;
    blocks.push(
      asksAnother
        ? { type: 'heading', level: title ? 2 : 1, text: turn.text }
        : { type: 'paragraph', text: turn.text },
    );
  });
  return blocks;
}
