// Use of the widget per partner site over a period, from @sen/db's conversation list (counts
// only: no message text is read). @sen/db has no per-site aggregate, so this pages through the
// list; the read budget bounds the work, and `complete: false` says when it ran out.
import { listConversations, type Db } from '@sen/db';

export interface SiteUsage {
  siteId: string | null;
  conversations: number;
  messages: number;
  unanswered: number;
  downVotes: number;
}

export async function siteUsage(
  db: Db,
  range: { from?: Date; to?: Date; siteId?: string },
  maxConversations = 20_000,
): Promise<{ sites: SiteUsage[]; complete: boolean }> {
  const bySite = new Map<string | null, SiteUsage>();
  let cursor: string | undefined;
  let read = 0;
  for (;;) {
    const page = await listConversations(db, {
      ...range,
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    for (const c of page.items) {
      // listConversations filters on last activity; count only conversations started in range.
      if (range.from && c.createdAt < range.from) continue;
      const u = bySite.get(c.siteId) ?? {
        siteId: c.siteId,
        conversations: 0,
        messages: 0,
        unanswered: 0,
        downVotes: 0,
      };
      u.conversations += 1;
      u.messages += c.messageCount;
      u.unanswered += c.unanswered;
      u.downVotes += c.downVotes;
      bySite.set(c.siteId, u);
    }
    read += page.items.length;
    if (!page.nextCursor) return { sites: [...bySite.values()], complete: true };
    if (read >= maxConversations) return { sites: [...bySite.values()], complete: false };
    cursor = page.nextCursor;
  }
}
