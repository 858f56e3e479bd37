// Fixed wording for the replies that do not come from the guidance. Every one that turns a
// question away says who can help and how to reach the service.
import { catalogueFor } from './reply-catalogue';
import type { ServiceDetails } from './service-details';

export interface Reach {
  name: string;
  phone: string;
  iassText: string;
}

export const DEFAULT_IASS_TEXT =
  'Your local SEND Information, Advice and Support Service (IASS) gives free, impartial information and advice, and can help with appeals.';

export function reachOf(details: ServiceDetails, iassText: string | undefined): Reach {
  return {
    name: details.name?.value ?? 'us',
    phone: details.phone?.value ?? 'the number on our website',
    iassText: iassText?.trim() || DEFAULT_IASS_TEXT,
  };
}

/** The English catalogue's crisis lines after its first sentence (999): Samaritans, NSPCC, Childline. */
const ADULT_AND_CHILD_LINES = catalogueFor('en')!
  .messages.crisis.split(/(?<=\.)\s+/)
  .slice(1)
  .join(' ');

export const replies = {
  /**
   * The service's emergency text, which names 999 first. A parent in crisis themselves needs
   * more than "if a child is in danger": when the service's text leaves out Samaritans, the
   * catalogue's lines for adults and children follow it. A family writing in another language
   * gets the catalogue's reply in that language first, then the English.
   */
  crisis: (crisisMessage: string, r: Reach, lang = 'en') => {
    const english = crisisMessage.trim();
    const adultSupport = english.includes('116 123') ? [] : [ADULT_AND_CHILD_LINES];
    const own = lang === 'en' ? undefined : catalogueFor(lang)?.messages.crisis;
    return [
      own,
      english,
      ...adultSupport,
      `When you are safe and ready, you can call ${r.name} on ${r.phone} about your child's support.`,
    ]
      .filter(Boolean)
      .join('\n\n');
  },
  injection: (r: Reach) =>
    `I can't change how I work or share how I'm set up. I can answer questions about SEN mediation and disagreement resolution from our published guidance, or you can call us on ${r.phone}.`,
  injectionSetAside:
    "I can't change how I work or share how I'm set up, so I've left that part of your message out. On the rest of it:",
  legalAdvice: (r: Reach) =>
    `We give information, not advice, so we can't tell you what to do in your case or write an appeal for you. ${r.iassText} You can also call ${r.name} on ${r.phone} to talk about mediation, or ask us to call you back.`,
  noAnswer: (r: Reach) =>
    `I couldn't find an answer to that in our published guidance, and I don't want to guess. Please call ${r.name} on ${r.phone}, or leave your details and we'll call you back. ${r.iassText}`,
  outOfScope: (r: Reach) =>
    `That's outside what we can help with here: we help families with SEN mediation and disagreement resolution. ${r.iassText} Or call us on ${r.phone} and we'll point you the right way.`,
  otherLanguage: (translated: string | undefined, r: Reach) =>
    [
      translated,
      `We can help in your language. Call ${r.name} on ${r.phone} and ask for an interpreter, or leave your number and we'll call you back with an interpreter.`,
    ]
      .filter(Boolean)
      .join('\n\n'),
  inEnglish: 'In English, our published guidance says:',
  followUp: (r: Reach) => `If you'd like to talk it through, call ${r.name} on ${r.phone}.`,
  greeting: (r: Reach) =>
    `Hello. I can answer questions about SEN mediation and disagreement resolution from our published guidance, work out deadlines from the dates on your letters, and help you see which route fits. What would you like to know? You can also call us on ${r.phone}.`,
  thanks: (r: Reach) =>
    `You're welcome. If anything else comes up, ask here or call ${r.name} on ${r.phone}.`,
  more: (r: Reach) =>
    `What would you like to know? I can answer questions about SEN mediation and disagreement resolution, work out deadlines from the dates on your letters, and help you see which route fits. Or call ${r.name} on ${r.phone}.`,
  handover: (r: Reach) =>
    `You can talk to a person: call ${r.name} on ${r.phone}, or leave your details and we'll call you back.`,
  goodbye: (r: Reach) =>
    `Take care. You can come back here any time, or call ${r.name} on ${r.phone}.`,
  noHours: (r: Reach) =>
    `Our published guidance doesn't give opening times. Please call ${r.name} on ${r.phone}, or leave your details and we'll call you back.`,
};
