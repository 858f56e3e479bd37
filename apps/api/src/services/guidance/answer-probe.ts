// "Test a question": the answer the widget would give now, with its citations and the passages
// the pipeline weighed (with their text, so staff can see why an answer was or was not found).
import { listPublishedGuidance, type Db } from '@sen/db';
import type { Answer, AnswerEvent } from '@sen/guidance';

export interface ProbedPassage {
  id: string;
  score: number;
  title: string | null;
  headingPath: string[];
  text: string | null;
}

export interface ProbeResult {
  kind: Answer['kind'];
  text: string;
  answered: boolean;
  source: Answer['source'];
  citations: { title: string; quote: string; url: string | null; asOf: string | null }[];
  passages: ProbedPassage[];
}

/** Runs an answer stream to its end and returns the final answer. */
export async function collectAnswer(events: AsyncIterable<AnswerEvent>): Promise<Answer> {
  for await (const event of events) {
    if (event.type === 'done') return event.answer;
  }
  throw new Error('the answer stream ended without an answer');
}

/** The answer with each considered passage's text looked up among the published passages. */
export async function describeAnswer(
  db: Db,
  answer: Answer,
  known?: Map<string, { title: string; headingPath: string[]; text: string }>,
): Promise<ProbeResult> {
  const byId = known ?? (await publishedPassageMap(db));
  return {
    kind: answer.kind,
    text: answer.text,
    answered: answer.answered,
    source: answer.source,
    citations: answer.citations.map((c) => ({
      title: c.title,
      quote: c.quote,
      url: c.url ?? null,
      asOf: c.asOf ?? null,
    })),
    passages: answer.passages.slice(0, 20).map((p) => {
      const found = byId.get(p.id);
      return {
        id: p.id,
        score: Math.round(p.score * 1000) / 1000,
        title: found?.title ?? null,
        headingPath: found?.headingPath ?? [],
        text: found?.text ?? null,
      };
    }),
  };
}

export async function publishedPassageMap(db: Db) {
  const map = new Map<string, { title: string; headingPath: string[]; text: string }>();
  for (const p of await listPublishedGuidance(db)) {
    for (const s of p.sections) {
      map.set(s.passageId, { title: p.document.title, headingPath: s.headingPath, text: s.text });
    }
  }
  return map;
}
