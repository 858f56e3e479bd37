import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { queryRows } from '../raw-sql';
import type { ReportPeriod } from './reports';

export interface AnswerSources {
  period: { from: string; to: string };
  /** Answers by the engine that wrote them ('offline', 'llm'; null for answers stored before this was recorded). */
  bySource: { source: string | null; count: number }[];
  /** Why a configured model's answer was refused, failed, skipped or trimmed, by the answer's source. */
  modelReasons: { source: string | null; reason: string; count: number }[];
}

/**
 * The share of the bot's answers each engine wrote in a period, and the model's refusal and
 * failure reason codes (counts only: no text of any message leaves here).
 */
export async function answerSources(db: Db, period: ReportPeriod): Promise<AnswerSources> {
  const from = period.from.toISOString();
  const to = period.to.toISOString();
  const inPeriod = sql`role = 'assistant' and created_at >= ${from}::timestamptz and created_at < ${to}::timestamptz`;
  const [bySource, reasons] = await Promise.all([
    queryRows<{ source: string | null; count: unknown }>(
      db,
      sql`select source, count(*) as count from messages where ${inPeriod} group by 1 order by 2 desc, 1`,
    ),
    queryRows<{ source: string | null; reason: string; count: unknown }>(
      db,
      sql`select source, model_reason as reason, count(*) as count from messages
          where ${inPeriod} and model_reason is not null group by 1, 2 order by 3 desc, 2`,
    ),
  ]);
  return {
    period: { from, to },
    bySource: bySource.map((r) => ({ source: r.source, count: Number(r.count) })),
    modelReasons: reasons.map((r) => ({
      source: r.source,
      reason: r.reason,
      count: Number(r.count),
    })),
  };
}
