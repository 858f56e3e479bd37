/**
 * Thrown for input the rules cannot work with (not a real date, a wrong option, a bad answer).
 * The message is plain English and safe to show to the person who typed the value.
 */
export class RulesInputError extends Error {
  override readonly name = 'RulesInputError';
  /** The input field the problem is in, e.g. `decisionDate`. */
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}
