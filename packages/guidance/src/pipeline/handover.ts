// "Can someone call me back?", "I want to speak to a real person": a family asking for a person
// is told how to reach one (the phone line, and the widget's callback form), not searched for
// in the guidance, which answered such requests with "that's outside what we can help with".

const PERSON = String.raw`(a |an |to a |someone|somebody|anyone|the )?(real |actual |live )?(person|human|human being|people|adviser|advisor|mediator|member of (staff|the team)|someone|somebody|anyone)`;
// Asked for, not asked about: "I need to speak to someone" is a request; "Do I need to speak to
// an adviser first?" asks what the rules require, and is answered from the guidance.
const REQUEST = String.raw`\b(can|could|may) (i|we|someone|somebody)\b|\b(i|we)('d| would) (like|love|prefer) to\b|^(i|we) (want|need|wish) to\b|[.!?,]\s*(i|we) (want|need|wish) to\b|\bplease\b|\blet me\b|\bhow (do|can) (i|we)\b`;

const ASKS_FOR_A_PERSON = [
  /\b(call|ring|phone) (me|us) back\b|\bcall ?back\b|\b(get|have) (someone|somebody|a person|an adviser|a mediator) (to )?(call|ring|phone|contact) (me|us)\b/i,
  // "Can you ring me instead?", "could someone phone us?": asked of the service, not about it.
  /\b(can|could|would|will) (you|you lot|you guys|someone|somebody|one of you|an adviser|a mediator) (please )?(call|ring|phone) (me|us)\b/i,
  new RegExp(`(${REQUEST}).{0,30}\\b(speak|talk|chat)( (to|with))? ${PERSON}\\b`, 'i'),
  /\b(real|actual|live) (person|human)\b|\bhuman being\b/i,
];

// A question about a person is not a request for one: "Can I speak to the mediator before the
// meeting?" is about mediation, and is answered from the guidance.
const ABOUT_MEDIATION = /\b(before|after|during|at) (the )?(mediation|meeting|session)\b/i;

// Asked when a call back comes, not for one: "I left a voicemail, when will someone ring me
// back?" is answered from the pages (how soon the service rings back), with the phone line.
const WHEN_CALLED_BACK =
  /\b(when|how (long|soon|quick(ly)?|fast)|what time)\b[^.?!]{0,40}\b(call|ring|phone)(ed|ing|s)?\b[^.?!]{0,12}\b(me|us|back)\b/i;

export function asksForAPerson(message: string): boolean {
  if (message.length > 200 || ABOUT_MEDIATION.test(message) || WHEN_CALLED_BACK.test(message))
    return false;
  return ASKS_FOR_A_PERSON.some((re) => re.test(message));
}
