import { describe, expect, it } from 'vitest';
import { answerOnce, type AnswerContext } from '../answer';
import { parseDocuments } from '../ingest/parse-document';
import { createGuidanceIndex } from '../search/guidance-index';
import { SAMPLE_DOCS, SAMPLE_SERVICE } from '../testing/sample-guidance';
import type { PublishedFile } from '../types';
import { answerFileRequest, asksForFile } from './files';

const FILES: PublishedFile[] = [
  {
    title: 'Mediation notice (Regulation 32)',
    description: 'What we send you after mediation, as a PDF.',
    url: 'https://desk.example/files/mediation-notice',
  },
  {
    title: 'Request form for a callback',
    url: 'https://desk.example/files/callback-form',
  },
];
const reach = { name: 'Test Mediation', phone: '020 7946 0000', iassText: '' };
const ctx: AnswerContext = {
  index: createGuidanceIndex(parseDocuments(SAMPLE_DOCS)),
  service: SAMPLE_SERVICE,
  today: '2025-06-10',
  files: FILES,
};

describe('links to published files', () => {
  it('recognises requests for a document and not questions that mention one', () => {
    for (const q of [
      'Where can I download the mediation notice?',
      'can i get a copy of the regulation 32 notice',
      'Do you have a leaflet?',
      'what documents do you have',
    ])
      expect(asksForFile(q), q).toBe(true);
    for (const q of [
      'What is a mediation certificate?',
      'I got a letter from the council',
      'How long do I have to appeal?',
    ])
      expect(asksForFile(q), q).toBe(false);
  });

  it('answers with the matching file as a link and the phone for a paper copy', async () => {
    const a = await answerOnce('Where can I download the mediation notice?', ctx);
    expect(a.kind).toBe('file');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('https://desk.example/files/mediation-notice');
    expect(a.text).not.toContain('callback-form');
    expect(a.text).toContain(SAMPLE_SERVICE.phone);
    expect(a.citations).toEqual([
      {
        title: 'Mediation notice (Regulation 32)',
        quote: 'What we send you after mediation, as a PDF.',
        url: 'https://desk.example/files/mediation-notice',
      },
    ]);
  });

  it('lists every file for a general request', () => {
    const r = answerFileRequest('Which documents can I download?', FILES, reach);
    expect(r?.citations.map((c) => c.url)).toEqual(FILES.map((f) => f.url));
  });

  it('leaves the question to the pages when nothing matches or nothing is published', async () => {
    expect(
      answerFileRequest('Where can I get the appeal form for the tribunal?', FILES, reach),
    ).toBeUndefined();
    const without = await answerOnce('Where can I download the mediation notice?', {
      ...ctx,
      files: [],
    });
    expect(without.kind).not.toBe('file');
  });

  it('still puts safety first', async () => {
    const a = await answerOnce('Where can I download the notice? I want to kill myself', ctx);
    expect(a.kind).toBe('crisis');
  });
});

describe('a published file found by its name or the name a family uses for it', () => {
  // As the sample service publishes it: the names families use are in the description.
  const NOTICE: PublishedFile = {
    title: 'Regulation 32 mediation notice (sample)',
    description:
      'Also called the mediation notice or the reg 32 notice: your right to mediation, how to reach our mediation adviser and the time limits.',
    url: 'https://desk.example/files/regulation-32-mediation-notice',
  };
  const withNotice: AnswerContext = { ...ctx, files: [NOTICE, FILES[1]!] };

  it.each([
    'the regulation 32 notice',
    'Regulation 32 notice',
    'the mediation notice',
    'reg 32 notice please',
    'Where can I download the mediation notice?',
  ])('answers %j with a link to the notice', async (q) => {
    const a = await answerOnce(q, withNotice);
    expect(a.kind, q).toBe('file');
    expect(a.text).toContain(NOTICE.url);
    expect(a.citations.map((c) => c.url)).toEqual([NOTICE.url]);
  });

  it('leaves questions about a notice, and names of files not published, to the pages', () => {
    const files = [NOTICE];
    for (const q of [
      'What does the mediation notice mean?',
      'I got a notice from the council',
      'the tribunal appeal form',
    ])
      expect(answerFileRequest(q, files, reach), q).toBeUndefined();
  });
});
