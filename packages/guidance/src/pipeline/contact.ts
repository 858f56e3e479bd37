import type { Citation } from '../types';
import type { Detail, ServiceDetails } from './service-details';
import { replies, type Reach } from './replies';

type Field = 'phone' | 'email' | 'address' | 'website' | 'fax';

const ASKS: Record<Field, RegExp> = {
  phone:
    /\b((tele)?phone|contact|helpline|tel) (number|no)\b|\bnumber (to|i can|we can|for) (call|ring|phone)|\b(your|ur|the service'?s?) (phone|number)\b|\b(can|could|may|want to|need to|like to|supposed to|meant to) (?:(?:i|we) )?(call|ring|phone|telephone) (you|the service|your team|the office)\b|\bwhat('s| is) the number\b|\bnumber (do|should|can|could|would|shall) (i|we) (call|ring|phone|dial|use)\b|\bhow (do|can|could) (i|we) (call|phone|ring)\b|\bhelpline\b|\bwho (do|should|can|could) (i|we) (call|phone|ring|telephone)\b/i,
  email: /\be-?mail\b/i,
  address:
    /\b(address|postcode|post code|where are you|where (is|are) (your|the) (office|service)|located|location|visit (you|the office)|write to (you|the service|them|us)|(send|post) (a |my |the )?(letters?|post|mail|documents?|papers?|forms?)( to (you|the service))?$|where (do|can|should) (i|we) (send|post|write))\b/i,
  fax: /\bfax\b/i,
  website: /\b(website|web ?site|web ?page|url)\b/i,
};
const ANY =
  /\b(contact (details|info|information)|how (do|can|could) (i|we) (contact|reach|get (in touch|hold of)|speak to|talk to)( with)? (you|the service|the (mediation )?service|someone|them|your team|a person|a human)|get in touch)\b/i;
const HOURS =
  /\b((opening|office|business|working) (hours|times)|when (are|is) (you|the (office|service|line|phone ?line|helpline)) open|(are|is) (you|the office|the (phone ?)?line|the service) open|what time\b.{0,30}\b(open|close|shut|finish)|open (on|at) (weekends?|saturdays?|sundays?|bank holidays?|evenings?)|(call(ing)?|ring(ing)?|phon(e|ing)|get(ting)? hold of|reach(ing)?|speak(ing)? to|talk(ing)? to) (you|someone|anyone|a person|the (office|service|team))\b.{0,25}\b(after work|after (5|five|6|six)|in the evenings?|at the weekends?|on (a )?(saturday|sunday|weekend|evening)s?|at lunch ?time)|(after work|in the evenings?|at the weekends?)\b.{0,25}\b(call(ing)?|ring(ing)?|phon(e|ing)|get(ting)? hold of|reach(ing)?) (you|someone|anyone|a person))\b/i;

export type ContactIntent = { kind: 'office_hours' } | { kind: 'contact'; fields: Field[] };

/** A request for the service's own details, not a question that merely mentions contacting. */
export function contactIntent(message: string): ContactIntent | undefined {
  if (HOURS.test(message)) return { kind: 'office_hours' };
  if (
    /\b(how long|how soon|how quickly|how much time|how many (days|weeks|months)|time ?limit|too late|deadline|before (i|we|you) (appeal|register)|within|last day|by when)\b/i.test(
      message,
    )
  )
    return undefined;
  const fields = (Object.keys(ASKS) as Field[]).filter((f) => ASKS[f].test(message));
  if (fields.length) return { kind: 'contact', fields };
  if (ANY.test(message))
    return { kind: 'contact', fields: ['phone', 'email', 'address', 'website'] };
  // "phone?" or "your phone pls": a bare word in a very short message.
  if (/\b(phone|number|tel)\b/i.test(message) && message.split(/\s+/).length <= 4)
    return { kind: 'contact', fields: ['phone'] };
  return undefined;
}

export interface ContactReply {
  text: string;
  citations: Citation[];
  answered: boolean;
}

export function answerContact(
  intent: ContactIntent,
  details: ServiceDetails,
  reach: Reach,
): ContactReply {
  if (intent.kind === 'office_hours') {
    const hours = details.officeHours;
    if (!hours) return { text: replies.noHours(reach), citations: [], answered: false };
    return {
      // The hours may be a sentence of their own, with its own full stop.
      text: `Our opening hours: ${hours.value.replace(/[.\s]+$/, '')}. You can call us on ${reach.phone}.`,
      citations: citeAll([hours]),
      answered: true,
    };
  }
  const lines: string[] = [];
  const used: Detail[] = [];
  const missing: string[] = [];
  const say = (field: Field, found: (d: Detail) => string, label: string) => {
    if (!intent.fields.includes(field)) return;
    const d = details[field];
    if (d) {
      lines.push(found(d));
      used.push(d);
    } else missing.push(label);
  };
  say('phone', (d) => `You can call ${reach.name} on ${d.value}.`, 'a phone number');
  say('email', (d) => `You can email us at ${d.value}.`, 'an e-mail address');
  say('address', (d) => `Our postal address is ${d.value}.`, 'a postal address');
  say('website', (d) => `Our website is ${d.value}.`, 'a website');
  say('fax', (d) => `Our fax number is ${d.value}.`, 'a fax number');
  const answered = used.length > 0;
  if (missing.length) {
    // What the family can use instead, with where it was published: the phone line, and the
    // website when they wanted to write.
    const instead: string[] = [];
    const offer = (field: Field, text: (d: Detail) => string) => {
      const d = details[field];
      if (!d || intent.fields.includes(field)) return;
      instead.push(text(d));
      used.push(d);
    };
    offer('phone', (d) => `You can call us on ${d.value}.`);
    if (intent.fields.includes('email')) offer('website', (d) => `Our website is ${d.value}.`);
    lines.push(`Our published details don't include ${missing.join(' or ')}.`, ...instead);
  }
  return { text: lines.join(' '), citations: citeAll(used), answered };
}

function citeAll(details: Detail[]): Citation[] {
  const seen = new Set<string>();
  return details.flatMap((d) =>
    d.citation && !seen.has(d.citation.quote) && seen.add(d.citation.quote) ? [d.citation] : [],
  );
}
