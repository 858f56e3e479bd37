import { addMessage, createConversation, recordFeedback } from '@sen/db';
import { defineAccess } from '../../testing/access';

const READERS = ['caseworker', 'admin'] as const;

export default defineAccess({
  async setup(fx) {
    const now = fx.t.clock.now();
    const convo = await createConversation(fx.t.db, {
      siteId: null,
      tokenHash: `access-conversation-${now.getTime()}`,
      hostOrigin: null,
      now,
    });
    await addMessage(fx.t.db, {
      conversationId: convo.id,
      role: 'visitor',
      text: 'Is it free?',
      now,
    });
    const answer = await addMessage(fx.t.db, {
      conversationId: convo.id,
      role: 'assistant',
      text: 'I could not find that.',
      answered: false,
      now,
    });
    await recordFeedback(fx.t.db, {
      conversationId: convo.id,
      messageId: answer.id,
      rating: 'down',
      now,
    });
    return { conversationId: convo.id };
  },
  cases: [
    { path: 'conversations.list', allow: READERS, input: () => ({}) },
    { path: 'conversations.reviewQueue', allow: READERS, input: () => ({}) },
    {
      path: 'conversations.get',
      allow: READERS,
      input: (fx) => ({ id: fx.extra.conversationId }),
      note: 'transcripts hold personal data',
    },
    { path: 'conversations.feedback', allow: READERS, input: () => ({}) },
    {
      path: 'conversations.markHandled',
      allow: READERS,
      input: (fx) => ({ id: fx.extra.conversationId, outcome: 'handled' }),
    },
    {
      path: 'conversations.linkCase',
      allow: READERS,
      input: (fx) => ({ id: fx.extra.conversationId, caseId: null }),
    },
  ],
});
