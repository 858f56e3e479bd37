import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document';

const vtt = `WEBVTT - Live Q&A: deadlines and certificates

NOTE
Captions made automatically. Where the software could not tell who was speaking it
shows SPEAKER 1.

1
00:00:04.636 --> 00:00:09.731
Host: Hello everyone, and welcome to
tonight's live Q&A.

2
00:00:10.100 --> 00:00:15.200
[laughs] First one. Kerry says, my letter came late,
does my two months start from when I got it?

3
00:00:15.400 --> 00:00:21.000 align:start
<v Tariq Mahmood>So, no. The two months run from the date
printed on the letter, not from the day

4
00:00:21.100 --> 00:00:24.000
it landed on your doormat.

5
00:00:24.500 --> 00:00:28.000
SPEAKER 1: Can I add something? [inaudible] Keep the envelope.
`;

const passages = parseDocument({ id: 'qa.txt', title: 'Q&A', format: 'text', body: vtt });

describe('parseDocument: captions of a recorded Q&A (WebVTT)', () => {
  it('reads a sentence split across cues as one, without cue numbers, timings or voice tags', () => {
    const answer = passages.find((p) => p.text.startsWith('So, no.'))!;
    expect(answer.text).toBe(
      'So, no. The two months run from the date printed on the letter, not from the day it landed on your doormat.',
    );
    expect(passages.map((p) => p.text).join(' ')).not.toMatch(/-->|\b00:0|<v |WEBVTT|NOTE/);
  });

  it('leaves out what was heard but not said, and keeps each speaker’s turn apart', () => {
    expect(passages.map((p) => p.text)).toContain('Can I add something? Keep the envelope.');
    expect(passages.map((p) => p.text).join(' ')).not.toMatch(/\[(laughs|inaudible)\]/);
  });

  it('heads the answer with the question read out, as an FAQ would', () => {
    const answer = passages.find((p) => p.text.startsWith('So, no.'))!;
    expect(answer.headingPath).toEqual([
      'Live Q&A: deadlines and certificates',
      // The host's turn runs on from the welcome: no new speaker is named in between.
      "Hello everyone, and welcome to tonight's live Q&A. First one. Kerry says, my letter came late, does my two months start from when I got it?",
    ]);
  });

  it('reads SubRip captions the same way, and leaves ordinary text alone', () => {
    const srt = `1
00:00:01,000 --> 00:00:04,000
Mediation is free for families

2
00:00:04,100 --> 00:00:06,000
and you can stop at any time.
`;
    expect(
      parseDocument({ id: 's.txt', title: 's', format: 'text', body: srt }).map((p) => p.text),
    ).toEqual(['Mediation is free for families and you can stop at any time.']);
    const prose = 'WEBVTT is a captions format.\n\nWe publish captions for every video.';
    expect(
      parseDocument({ id: 'p.txt', title: 'p', format: 'text', body: prose }).map((p) => p.text),
    ).toEqual(['WEBVTT is a captions format.', 'We publish captions for every video.']);
  });
});
