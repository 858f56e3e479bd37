// Widget conversations for staff: the list and review queue (counts only), one transcript, the
// rated answers, and linking a conversation to a case. Transcripts are what families typed, often
// about their child, so every read of one is audited (ids only) before the text is handed over.
import {
  conversationReview,
  getCase,
  getCaseByReference,
  getConversationWithMessages,
  listCallbacks,
  linkConversationToCase,
  listConversationsWithReview,
  recordAudit,
  type ConversationReviewFilter,
  type ReviewedConversationItem,
} from '@sen/db';
import { instantsOf } from '../lib/date-range';
import { callbackView } from './cases/case-detail';
import { badInput, notFound } from './service-error';
import { actorOf, type StaffCtx } from './staff-context';

type DayRange = { from?: string | undefined; to?: string | undefined };

function rangeOf(input: DayRange) {
  try {
    return instantsOf(input);
  } catch (error) {
    throw badInput((error as Error).message);
  }
}

const itemView = (c: ReviewedConversationItem) => ({
  id: c.id,
  siteId: c.siteId,
  siteName: c.siteName,
  caseId: c.caseId,
  createdAt: c.createdAt,
  lastMessageAt: c.lastMessageAt,
  messageCount: c.messageCount,
  unanswered: c.unanswered,
  downVotes: c.downVotes,
  upVotes: c.upVotes,
  /** Answers that were the crisis reply: the console flags the conversation. */
  crisisReplies: c.crisisReplies,
  /** Set when staff dealt with it after its last message. */
  handledAt: c.reviewHandledAt,
  reviewOutcome: c.reviewOutcome,
});

/**
 * Fails closed: the read is recorded before the text is handed over, and if the audit row cannot
 * be written the transcript is not shown (unlike ctx.audit, which never throws).
 */
async function readTranscript(ctx: StaffCtx, conversationId: string, why: string) {
  const convo = await getConversationWithMessages(ctx.db, conversationId);
  if (!convo) throw notFound('That conversation');
  await recordAudit(ctx.db, {
    at: ctx.clock.now(),
    actorKind: 'user',
    actorId: ctx.user.id,
    action: 'conversation.read',
    entityType: 'conversation',
    entityId: conversationId,
    detail: { view: why },
  });
  return convo;
}

export interface ConversationListInput extends DayRange {
  siteId?: string | undefined;
  answered?: 'answered' | 'unanswered' | undefined;
  rating?: 'up' | 'down' | undefined;
  needsReview?: boolean | undefined;
  crisis?: boolean | undefined;
  /** `open`: only those nobody has handled since their last message. */
  review?: 'open' | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** Conversations, newest activity first, with counts only (no message text). */
export async function listConversations(ctx: Pick<StaffCtx, 'db'>, input: ConversationListInput) {
  const range = rangeOf(input);
  const filter: ConversationReviewFilter = {
    ...(input.siteId ? { siteId: input.siteId } : {}),
    ...range,
    ...(input.answered ? { answered: input.answered } : {}),
    ...(input.rating ? { rating: input.rating } : {}),
    ...(input.needsReview ? { needsReview: true } : {}),
    ...(input.crisis ? { crisis: true } : {}),
    ...(input.review ? { review: input.review } : {}),
    limit: input.limit,
    ...(input.cursor ? { cursor: input.cursor } : {}),
  };
  const page = await listConversationsWithReview(ctx.db, filter);
  return { items: page.items.map(itemView), nextCursor: page.nextCursor };
}

/** One transcript with ratings, comments and callback requests. Audited as a read. */
export async function readConversation(ctx: StaffCtx, conversationId: string) {
  const convo = await readTranscript(ctx, conversationId, 'transcript');
  const [review, callbacks] = await Promise.all([
    conversationReview(ctx.db, convo.id),
    listCallbacks(ctx.db, { conversationId: convo.id }),
  ]);
  return {
    id: convo.id,
    siteId: convo.siteId,
    caseId: convo.caseId,
    hostOrigin: convo.hostOrigin,
    hostPage: convo.hostPage,
    createdAt: convo.createdAt,
    lastMessageAt: convo.lastMessageAt,
    handledAt: review?.reviewHandledAt ?? null,
    reviewOutcome: review?.reviewOutcome ?? null,
    /** Answers that were the crisis reply (kind 'crisis'). */
    crisisReplies: convo.messages.filter((m) => m.role === 'assistant' && m.kind === 'crisis')
      .length,
    messages: convo.messages.map((m) => ({
      id: m.id,
      role: m.role,
      text: m.text,
      kind: m.kind,
      answered: m.answered,
      citations: m.citations,
      createdAt: m.createdAt,
      feedback: m.feedback,
    })),
    /** What the family asked for in the callback form (its words, best time to call). */
    callbacks: callbacks.map(callbackView),
  };
}

interface FeedbackItem {
  conversationId: string;
  messageId: string;
  siteName: string | null;
  rating: 'up' | 'down';
  comment: string | null;
  question: string | null;
  answer: string;
  answered: boolean | null;
  at: Date;
}

/**
 * Rated answers with the question before each and the family's comment, across the
 * conversations of one page of the list (each transcript read is audited).
 */
export async function ratedAnswers(
  ctx: StaffCtx,
  input: DayRange & {
    siteId?: string | undefined;
    rating?: 'up' | 'down' | undefined;
    limit: number;
    cursor?: string | undefined;
  },
) {
  const range = rangeOf(input);
  const page = await listConversationsWithReview(ctx.db, {
    ...(input.siteId ? { siteId: input.siteId } : {}),
    ...range,
    ...(input.rating ? { rating: input.rating } : {}),
    limit: input.limit,
    ...(input.cursor ? { cursor: input.cursor } : {}),
  });
  const items: FeedbackItem[] = [];
  for (const c of page.items) {
    if (c.messageCount < 2) continue;
    const convo = await readTranscript(ctx, c.id, 'feedback');
    convo.messages.forEach((m, i) => {
      if (!m.feedback || (input.rating && m.feedback.rating !== input.rating)) return;
      const asked = convo.messages
        .slice(0, i)
        .reverse()
        .find((x) => x.role === 'visitor');
      items.push({
        conversationId: convo.id,
        messageId: m.id,
        siteName: c.siteName,
        rating: m.feedback.rating,
        comment: m.feedback.comment,
        question: asked?.text ?? null,
        answer: m.text,
        answered: m.answered,
        at: m.createdAt,
      });
    });
  }
  return { items, nextCursor: page.nextCursor };
}

/** Links a conversation to a case (by reference, as staff read it, or id), or unlinks it. */
export async function linkToCase(
  ctx: StaffCtx,
  input: { id: string; caseReference?: string | undefined; caseId?: string | null | undefined },
) {
  let caseId: string | null = null;
  if (input.caseReference) {
    const found = await getCaseByReference(ctx.db, input.caseReference);
    if (!found) throw notFound(`Case ${input.caseReference.toUpperCase()}`);
    caseId = found.id;
  } else if (input.caseId) {
    if (!(await getCase(ctx.db, input.caseId))) throw notFound('That case');
    caseId = input.caseId;
  }
  await linkConversationToCase(ctx.db, input.id, caseId, actorOf(ctx));
  return { ok: true as const, caseId };
}
