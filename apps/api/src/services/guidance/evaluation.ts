// Checking answers before families see them: one question ("test a question"), or a question set (the /work/shared/eval JSONL format)
// run against the published guidance and scored the way score.mjs does (eval-score.ts).
import { badInput, notFound } from '../service-error';
import type { GuidanceCtx } from './library';
import { collectAnswer, describeAnswer } from './answer-probe';
import { answerWithDraft } from './draft-preview';
import { EvalInputError, parseQuestionSet, scoreAnswer, summarise } from './eval-score';
import type { EvalQuestion } from './eval-score';
import { EVALUATION_BUDGET_MS } from './limits';

/**
 * The answer a family would get now (or, with `draftVersionId`, if that draft were published),
 * its citations, and the passages weighed with their scores.
 */
export async function probeQuestion(
  ctx: GuidanceCtx,
  question: string,
  draftVersionId?: string | undefined,
) {
  if (draftVersionId) {
    const r = await answerWithDraft(ctx.deps, draftVersionId, question);
    if (!r) throw notFound('That guidance version');
    return describeAnswer(ctx.db, r.answer, r.passages);
  }
  const answer = await collectAnswer(ctx.deps.guidance.answer(question, {}));
  return describeAnswer(ctx.db, answer);
}

/** The questions of a JSONL set, or bad input saying which line is wrong. */
export function readQuestionSet(jsonl: string): EvalQuestion[] {
  try {
    return parseQuestionSet(jsonl);
  } catch (error) {
    if (error instanceof EvalInputError) throw badInput(error.message);
    throw error;
  }
}

/** Asks every question as the widget would, scores each answer, and audits the run. */
export async function runEvaluation(ctx: GuidanceCtx, questions: readonly EvalQuestion[]) {
  const deadline = Date.now() + EVALUATION_BUDGET_MS;
  const results = [];
  let notRun = 0;
  for (const q of questions) {
    if (Date.now() > deadline) {
      // A slow model must not hold the request open for ever: the rest count as failed.
      notRun += 1;
      results.push({
        ...(await scoreAnswer(q, undefined)),
        reasons: ['not run: the evaluation reached its time limit'],
        answer: null,
        kind: null,
        citations: [],
      });
      continue;
    }
    const answer = await collectAnswer(ctx.deps.guidance.answer(q.q, {}));
    const scored = await scoreAnswer(q, { text: answer.text, citations: answer.citations });
    results.push({
      ...scored,
      answer: answer.text,
      kind: answer.kind,
      citations: answer.citations.map((c) => ({ title: c.title, quote: c.quote })),
    });
  }
  await ctx.audit({
    action: 'guidance.evaluation_run',
    detail: { questions: results.length, notRun },
  });
  return { ...summarise(results), notRun, results };
}
