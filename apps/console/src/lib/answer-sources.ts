// The reports page's tables on who wrote the bot's answers (the offline engine or the model)
// and why a model's answer was refused, failed, skipped or trimmed (reason codes from the API).
import { percent, type ReportTable } from './report-csv';

export interface AnswerSourcesReport {
  bySource: { source: string | null; count: number }[];
  modelReasons: { source: string | null; reason: string; count: number }[];
}

const SOURCE_LABELS: Record<string, string> = {
  offline: 'Offline engine (published sentences)',
  llm: 'Model (each sentence checked)',
};

/** What each reason code means to staff; an unknown code is shown as it is. */
export const MODEL_REASON_LABELS: Record<string, string> = {
  law_question: 'Deadline or route question (answered by the rules, not the model)',
  breaker_open: 'Model paused after repeated failures',
  timeout: 'Model too slow',
  aborted: 'Family left before the model finished',
  rate_limited: 'Model provider busy (rate limited)',
  server_error: 'Model provider error',
  request_refused: 'Model provider refused the request',
  network_error: 'Model provider unreachable',
  bad_output: 'Model reply unreadable',
  no_answer: 'Model found no answer in the guidance',
  leaked_instructions: 'Model repeated its instructions',
  crisis_signposted: 'Model saw distress (crisis reply shown)',
  too_long: 'Model answer too long',
  does_not_answer: 'Model answer off the question',
  uncited: 'Sentence without a source',
  bad_citation: 'Sentence citing a passage it was not shown',
  unsupported_fact: 'Number, amount, contact detail or day not in the guidance',
  unsupported_quote: 'Quote not in the guidance',
  period_or_date: 'Period or date not from the rules',
  low_coverage: 'Claim the cited guidance does not support',
  advice: 'Advice removed',
  repeat: 'Repeated sentence removed',
};

/** Two tables: answers by who wrote them (with shares), and the model's reason codes. */
export function answerSourceTables(r: AnswerSourcesReport): ReportTable[] {
  const total = r.bySource.reduce((n, x) => n + x.count, 0);
  return [
    {
      title: 'Chat answers by who wrote them',
      columns: ['Written by', 'Answers (share)'],
      rows: r.bySource.map((x) => ({
        label: x.source
          ? (SOURCE_LABELS[x.source] ?? x.source)
          : 'Not recorded (before this was kept)',
        value: `${x.count} (${percent(x.count, total)})`,
      })),
    },
    {
      title: 'Why model answers were not shown in full',
      columns: ['Reason', 'Answers'],
      rows: r.modelReasons.map((x) => ({
        label: `${MODEL_REASON_LABELS[x.reason] ?? x.reason}${x.source === 'llm' ? ' (rest of the answer shown)' : ''}`,
        value: x.count,
      })),
    },
  ];
}
