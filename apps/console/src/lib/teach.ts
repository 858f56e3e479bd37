// Teaching the chat from the review queue: the form's checks, run before anything is sent (the
// API checks the same again), and the limits the API applies.
export const MAX_TEACH_QUESTION = 500;
export const MAX_TEACH_ANSWER = 600;
export const MAX_VOCABULARY_WORDS = 12;

export type TeachField = 'question' | 'passage' | 'answer';

export interface TeachForm {
  question: string;
  passageId: string | null;
  answer: string;
}

export function teachProblems(form: TeachForm): Partial<Record<TeachField, string>> {
  const out: Partial<Record<TeachField, string>> = {};
  const q = form.question.trim();
  if (!q) out.question = 'Write the question to teach.';
  else if (q.length > MAX_TEACH_QUESTION)
    out.question = `The question must be at most ${MAX_TEACH_QUESTION} characters.`;
  if (!form.passageId) out.passage = 'Choose the passage that answers it.';
  if (form.answer.trim().length > MAX_TEACH_ANSWER)
    out.answer = `The short answer must be at most ${MAX_TEACH_ANSWER} characters.`;
  return out;
}

/** Words or phrases typed one per line (or separated by commas), without blanks and repeats. */
export function vocabularyWords(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[\n,;]+/)
    .map((w) => w.replace(/\s+/g, ' ').trim())
    .filter((w) => w && !seen.has(w.toLowerCase()) && !!seen.add(w.toLowerCase()));
}

export function vocabularyProblem(words: string[]): string | undefined {
  if (words.length < 2) return 'Give at least two different words or phrases, one per line.';
  if (words.length > MAX_VOCABULARY_WORDS)
    return `Give at most ${MAX_VOCABULARY_WORDS} words or phrases.`;
  return undefined;
}
