// The families' questions behind the review queue: each question whose answer was "I couldn't
// find that" or was rated unhelpful, in conversations nobody has handled since. Staff teach the
// chat from these; the API groups the ones that recur.
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { queryRows } from '../raw-sql';
import { conversations, messageFeedback, messages } from '../schema/index';

export interface ReviewQuestion {
  /** The visitor's message. */
  messageId: string;
  conversationId: string;
  text: string;
  askedAt: Date;
  /** Why it is here: the reply did not answer, or the family rated it unhelpful (or both). */
  unanswered: boolean;
  ratedDown: boolean;
}

/**
 * Replies that are not a gap in the guidance: refusals of legal advice, instructions set aside
 * and crisis signposting must not be "taught" an answer.
 */
const NOT_TEACHABLE = ['legal_advice', 'injection', 'crisis'];

/** Newest first, at most `limit` (default 200). Reads family text: the caller audits the read. */
export async function listReviewQuestions(
  db: Db,
  opts: { limit?: number; siteId?: string } = {},
): Promise<ReviewQuestion[]> {
  const limit = Math.min(Math.max(opts.limit ?? 200, 1), 1000);
  const rows = await queryRows<{
    message_id: string;
    conversation_id: string;
    text: string;
    asked_at: string | Date;
    unanswered: boolean;
    rated_down: boolean;
  }>(
    db,
    sql`select v.id as message_id, v.conversation_id, v.text, v.created_at as asked_at,
        (a.answered = false) as unanswered, coalesce(f.rating = 'down', false) as rated_down
      from ${messages} v
      join ${conversations} c on c.id = v.conversation_id
      join lateral (
        select x.id, x.answered, x.kind from ${messages} x
        where x.conversation_id = v.conversation_id and x.role = 'assistant' and x.seq > v.seq
        order by x.seq limit 1
      ) a on true
      left join ${messageFeedback} f on f.message_id = a.id
      where v.role = 'visitor'
        and (a.answered = false or f.rating = 'down')
        and (a.kind is null or a.kind not in (${sql.join(
          NOT_TEACHABLE.map((k) => sql`${k}`),
          sql`, `,
        )}))
        and (c.review_handled_at is null or c.review_handled_at < c.last_message_at)
        ${opts.siteId ? sql`and c.site_id = ${opts.siteId}` : sql``}
      order by v.created_at desc, v.seq desc
      limit ${limit}`,
  );
  return rows.map((r) => ({
    messageId: r.message_id,
    conversationId: r.conversation_id,
    text: r.text,
    askedAt: new Date(r.asked_at),
    unanswered: r.unanswered === true,
    ratedDown: r.rated_down === true,
  }));
}
