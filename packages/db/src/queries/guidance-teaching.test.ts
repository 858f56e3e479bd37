import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../testing/index';
import { listAudit } from './audit';
import { addMessage, createConversation, recordFeedback } from './conversations';
import { markConversationReviewed } from './conversation-review';
import {
  createGuidanceExample,
  listGuidanceExamples,
  undoGuidanceExample,
} from './guidance-examples';
import { guidanceRevision } from './guidance';
import { listReviewQuestions } from './review-questions';
import { addVocabularyTerm, listVocabularyTerms, removeVocabularyTerm } from './vocabulary-terms';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
const now = new Date('2026-03-02T10:00:00Z');
const later = (s: number) => new Date(now.getTime() + s * 1000);
const actor = { now, actorKind: 'system' as const };

let convoSeq = 0;
/** A conversation with the given exchanges: each question, then a reply answered or not. */
async function conversation(
  exchanges: { q: string; answered: boolean; kind?: string; rating?: 'up' | 'down' }[],
) {
  const convo = await createConversation(t.db, {
    siteId: null,
    tokenHash: `teach-${++convoSeq}`,
    hostOrigin: null,
    now,
  });
  const ids: string[] = [];
  let s = convoSeq * 100;
  for (const e of exchanges) {
    const v = await addMessage(t.db, {
      conversationId: convo.id,
      role: 'visitor',
      text: e.q,
      now: later(++s),
    });
    ids.push(v.id);
    const a = await addMessage(t.db, {
      conversationId: convo.id,
      role: 'assistant',
      text: 'reply',
      answered: e.answered,
      kind: e.kind ?? (e.answered ? 'answer' : 'no_answer'),
      now: later(++s),
    });
    if (e.rating)
      await recordFeedback(t.db, {
        conversationId: convo.id,
        messageId: a.id,
        rating: e.rating,
        now: later(++s),
      });
  }
  return { id: convo.id, questionIds: ids };
}

describe('taught examples', () => {
  it('are stored, audited with ids only, move the revision, and are undone the same way', async () => {
    const r0 = await guidanceRevision(t.db);
    const example = await createGuidanceExample(
      t.db,
      {
        question: '  Will it   cost us anything? ',
        passageId: 'about#2',
        passageText: 'Mediation is free for families.',
        answer: 'No, it is free.',
      },
      actor,
    );
    expect(example.question).toBe('Will it cost us anything?');
    expect(await guidanceRevision(t.db)).toBe(r0 + 1);
    expect((await listGuidanceExamples(t.db)).map((e) => e.id)).toContain(example.id);

    await undoGuidanceExample(t.db, example.id, { ...actor, now: later(5) });
    expect(await guidanceRevision(t.db)).toBe(r0 + 2);
    expect((await listGuidanceExamples(t.db)).map((e) => e.id)).not.toContain(example.id);
    const all = await listGuidanceExamples(t.db, { includeUndone: true });
    expect(all.find((e) => e.id === example.id)?.undoneAt).toEqual(later(5));
    await expect(undoGuidanceExample(t.db, example.id, actor)).rejects.toMatchObject({
      code: 'not_found',
    });

    const rows = (await listAudit(t.db, { entityType: 'guidance_example', entityId: example.id }))
      .items;
    expect(rows.map((r) => r.action).sort()).toEqual([
      'guidance.example_create',
      'guidance.example_undo',
    ]);
    expect(JSON.stringify(rows.map((r) => r.detail))).not.toContain('cost');
  });

  it('refuses an empty question or no passage', async () => {
    await expect(
      createGuidanceExample(t.db, { question: ' ', passageId: 'a#1', passageText: 'x' }, actor),
    ).rejects.toMatchObject({ code: 'invalid' });
    await expect(
      createGuidanceExample(
        t.db,
        { question: 'Is it free?', passageId: '', passageText: '' },
        actor,
      ),
    ).rejects.toMatchObject({ code: 'invalid' });
  });
});

describe('review questions', () => {
  it('lists unanswered and down-rated questions of open conversations, not refusals or handled ones', async () => {
    const open = await conversation([
      { q: 'Do you do home visits?', answered: false },
      { q: 'Is it free?', answered: true, rating: 'up' },
      { q: 'Who pays for the venue?', answered: true, rating: 'down' },
      { q: 'Should I appeal?', answered: false, kind: 'legal_advice' },
    ]);
    const handled = await conversation([{ q: 'Handled question?', answered: false }]);
    await markConversationReviewed(
      t.db,
      handled.id,
      { outcome: 'handled' },
      {
        ...actor,
        now: later(10_000),
      },
    );
    const found = await listReviewQuestions(t.db);
    const texts = found.map((q) => q.text);
    expect(texts).toContain('Do you do home visits?');
    expect(texts).toContain('Who pays for the venue?');
    expect(texts).not.toContain('Is it free?');
    expect(texts).not.toContain('Should I appeal?');
    expect(texts).not.toContain('Handled question?');
    const venue = found.find((q) => q.text === 'Who pays for the venue?')!;
    expect(venue).toMatchObject({
      conversationId: open.id,
      messageId: open.questionIds[2],
      unanswered: false,
      ratedDown: true,
    });
  });
});

describe('vocabulary terms', () => {
  it('are cleaned, audited, move the revision and can be removed', async () => {
    const r0 = await guidanceRevision(t.db);
    const term = await addVocabularyTerm(
      t.db,
      { words: [' EHCP ', 'education health and care plan', 'ehcp', 'the  plan'], note: ' ' },
      actor,
    );
    expect(term.words).toEqual(['EHCP', 'education health and care plan', 'the plan']);
    expect(term.note).toBeNull();
    expect(await guidanceRevision(t.db)).toBe(r0 + 1);
    expect((await listVocabularyTerms(t.db)).map((v) => v.id)).toContain(term.id);
    await removeVocabularyTerm(t.db, term.id, actor);
    expect((await listVocabularyTerms(t.db)).map((v) => v.id)).not.toContain(term.id);
    expect(await guidanceRevision(t.db)).toBe(r0 + 2);
    const rows = (await listAudit(t.db, { entityType: 'vocabulary_term', entityId: term.id }))
      .items;
    expect(rows.map((r) => r.action).sort()).toEqual([
      'guidance.vocabulary_add',
      'guidance.vocabulary_remove',
    ]);
  });

  it('needs two different words', async () => {
    await expect(addVocabularyTerm(t.db, { words: ['plan', 'Plan'] }, actor)).rejects.toMatchObject(
      { code: 'invalid' },
    );
  });
});
