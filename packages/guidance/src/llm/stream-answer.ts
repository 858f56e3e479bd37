import type { Answer, AnswerEvent, Citation } from '../types';

/**
 * Runs an answer that may emit `sources` and `delta` events while it works (a model's verified
 * sentences) and yields them as they come, then the rest of the final answer's text and
 * `done`. An answer that emitted nothing is replayed whole by `replay`. What was streamed is
 * always the start of the text in `done`, so what is stored is what the family saw.
 */
export async function* streamAnswer(
  run: (emit: (event: AnswerEvent) => void) => Promise<Answer>,
  replay: (answer: Answer) => Iterable<AnswerEvent>,
): AsyncIterable<AnswerEvent> {
  const queue: AnswerEvent[] = [];
  let wake: (() => void) | null = null;
  let finished = false;
  let result: { answer: Answer } | { error: unknown } | undefined;
  const work = run((event) => {
    queue.push(event);
    wake?.();
  }).then(
    (answer) => (result = { answer }),
    (error: unknown) => (result = { error }),
  );
  void work.finally(() => {
    finished = true;
    wake?.();
  });

  let streamed = '';
  let sources: Citation[] | null = null;
  for (;;) {
    while (queue.length) {
      const event = queue.shift()!;
      if (event.type === 'delta') streamed += event.text;
      if (event.type === 'sources') sources = event.citations;
      yield event;
    }
    if (finished) break;
    await new Promise<void>((resolve) => {
      wake = resolve;
      if (queue.length || finished) resolve();
    });
    wake = null;
  }
  await work;
  if (!result || 'error' in result)
    throw result ? result.error : new Error('answer ended without a result');
  const { answer } = result;
  if (!streamed) {
    yield* replay(answer);
    return;
  }
  const final = answer.text.startsWith(streamed)
    ? answer
    : { ...answer, text: `${streamed}\n\n${answer.text}` };
  if (JSON.stringify(sources) !== JSON.stringify(final.citations))
    yield { type: 'sources', citations: final.citations };
  const rest = final.text.slice(streamed.length);
  if (rest) yield { type: 'delta', text: rest };
  yield { type: 'done', answer: final };
}
