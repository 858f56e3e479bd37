import { addMessage, createConversation, createGuidanceExample } from '@sen/db';
import { defineAccess, STAFF } from '../../testing/access';
import { publishPage, SAMPLE_PAGE } from '../../testing/fixtures';

const EDITORS = ['caseworker', 'admin'] as const;
const PASSAGE = 'access-taught#1';

export default defineAccess({
  async setup(fx) {
    const now = fx.t.clock.now();
    await publishPage(fx.t.db, now, 'access-taught', 'Access taught', SAMPLE_PAGE);
    const convo = await createConversation(fx.t.db, {
      siteId: null,
      tokenHash: `access-taught-${now.getTime()}`,
      hostOrigin: null,
      now,
    });
    await addMessage(fx.t.db, {
      conversationId: convo.id,
      role: 'visitor',
      text: 'Can we meet at our house?',
      now,
    });
    await addMessage(fx.t.db, {
      conversationId: convo.id,
      role: 'assistant',
      text: 'I could not find that.',
      answered: false,
      kind: 'no_answer',
      now,
    });
    // One example per role that may undo one, so each undo finds its own.
    const exampleFor = async (who: string) =>
      (
        await createGuidanceExample(
          fx.t.db,
          { question: `Access question ${who}?`, passageId: PASSAGE, passageText: 'x' },
          { now, actorKind: 'system' },
        )
      ).id;
    return {
      taughtExample_caseworker: await exampleFor('caseworker'),
      taughtExample_admin: await exampleFor('admin'),
    };
  },
  cases: [
    {
      path: 'taught.questions',
      allow: EDITORS,
      input: () => ({}),
      note: "families' questions are transcript text",
    },
    { path: 'taught.passages', allow: STAFF, input: () => ({ query: 'mediation' }) },
    {
      path: 'taught.teach',
      allow: EDITORS,
      input: () => ({ question: 'Can the meeting be at our house?', passageId: PASSAGE }),
    },
    {
      path: 'taught.undo',
      allow: EDITORS,
      input: (fx, caller) => ({
        id: fx.extra[`taughtExample_${caller}`] ?? (fx.extra.taughtExample_admin as string),
      }),
    },
  ],
});
