// "Can someone call me back?", "I want to speak to a real person": a family asking for a person
// is told how to reach one (the phone line, and the widget's callback form), not searched for
// in the guidance, which answered such requests with "that's outside what we can help with".
// What counts as asking is data (data/conversation.json `handover`: families' phrases as
// concepts, and rules combining them), so staff and reviewers can read and extend it.
import { HANDOVER_RULES, talk } from '../conversation/words';
import { asksOpeningHoursOnly } from './contact';

/** Past this, a message is a story with a question of its own, not a request for a person. */
const REQUEST_CHARS = 200;

/**
 * Asking when a person can be reached ("is there any time at the weekend I can speak to a real
 * person?") is a question for the opening hours, which say it, not a request for a callback.
 */
export function asksForAPerson(message: string): boolean {
  return (
    message.length <= REQUEST_CHARS &&
    !!talk.first(HANDOVER_RULES, message) &&
    !asksOpeningHoursOnly(message)
  );
}
