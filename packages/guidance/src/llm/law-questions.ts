import { anyOf, lawQuestions } from './vocabulary';

const DEADLINE = anyOf(lawQuestions.deadline);
const ROUTE = anyOf(lawQuestions.route);

/**
 * A question about a time limit or which route to take. The law comes from @sen/rules (or the
 * published wording, quoted offline), never from a model: such a question is not sent to one.
 */
export function asksAboutTheLaw(message: string): boolean {
  return DEADLINE.test(message) || ROUTE.test(message);
}
