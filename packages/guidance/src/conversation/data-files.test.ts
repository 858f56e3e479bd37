// The chat's vocabulary is data (packages/guidance/data): each file must keep its shape, and
// every phrase must compile and match itself, so a reviewer can add one without reading code.
import { describe, expect, it } from 'vitest';
import conversation from '../../data/conversation.json';
import dates from '../../data/dates.json';
import situationsData from '../../data/situations.json';
import topics from '../../data/topics.json';
import { DatesFile } from '../pipeline/dates';
import { phrases } from './phrases';
import { SituationsFile } from './situations';
import { ConversationFile } from './words';

describe('data files', () => {
  it('conversation.json has its schema', () => {
    expect(ConversationFile.safeParse(conversation).error).toBeUndefined();
  });
  it('dates.json has its schema', () => {
    expect(DatesFile.safeParse(dates).error).toBeUndefined();
  });
  it('situations.json has its schema', () => {
    expect(SituationsFile.safeParse(situationsData).error).toBeUndefined();
  });

  it('every phrase matches itself as written (no phrase is dead)', () => {
    const lists = [
      ...Object.values(conversation.concepts),
      ...Object.values(situationsData.concepts),
      ...Object.values(dates.roles),
    ];
    const dead = lists
      .flat()
      .filter((p) => /[\p{L}\p{N}]/u.test(p) && !phrases([p]).test(`x ${p.replace(/\*/g, '')} x`));
    expect(dead).toEqual([]);
  }, 30_000); // about a thousand patterns compiled one by one

  it('every topic conversation.json names is a topic of topics.json', () => {
    const ids = new Set(topics.topics.map((t) => t.id));
    expect(conversation.practicalTopics.ids.filter((id) => !ids.has(id))).toEqual([]);
    expect(conversation.notRouteTopics.ids.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('a schema error names what is wrong', () => {
    const bad = SituationsFile.safeParse({ concepts: {}, situations: [{ id: 'Bad Id' }] });
    expect(bad.success).toBe(false);
  });
});
