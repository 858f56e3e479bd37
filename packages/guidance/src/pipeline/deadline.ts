import {
  adviserContactDeadline,
  appealDeadline,
  certificateDueDate,
  type CalendarOverrides,
  type DeadlineResult,
  disabilityClaimDeadline,
  formatDate,
  mediationArrangeBy,
  mediationNoticeBy,
} from '@sen/rules';
import type { Citation } from '../types';
import { findDates, type FoundDate } from './dates';

/** Words that make a message a question about a date to meet. */
const ASKS_WHEN =
  /\b(deadline|(last|final|closing) (possible )?(day|date)|latest( possible)?( day| date)?|by when|how long|until when|time ?limit|run(s|ning)? out|expire|too late|in time|cut[- ]?off|still (got|have|in) time|time left|enough time|when (do|does|must|should|can|will|is|are|would|did|has|have)|when'?s|what date|which date|what day|which day|how many (days|weeks|months)|by what date|date (by|to|for))\b/i;

type Calculation = 'appeal' | 'adviser' | 'certificate' | 'arrange' | 'notice' | 'discrimination';

/** Which rule the question is about, from its words; undefined when none fits. */
function calculationOf(message: string): Calculation | undefined {
  const m = message.toLowerCase();
  if (
    /\bnotice\b|\bhow much warning\b|\b(tell|told|let|inform|informed)\b.{0,25}\b(the )?(date|time|venue|place|where it is)\b/.test(
      m,
    ) &&
    /\bmediation\b/.test(m)
  )
    return 'notice';
  if (/\bdiscriminat/.test(m)) return 'discrimination';
  if (
    /\b(appeal|tribunal|sendist|register|lodge)\b/.test(m) &&
    !/\b(contact|call|ring|speak to|get hold of)\b.{0,30}\badvis[oe]r\b/.test(m)
  )
    return 'appeal';
  if (/\badvis[oe]r\b/.test(m)) return 'adviser';
  if (
    /\bcert(ificate)?\b/.test(m) &&
    /\b(get|receive|issue|send|sent|arrive|expect|due|give)\b/.test(m)
  )
    return 'certificate';
  if (
    /\bmediation\b/.test(m) &&
    /\b(take place|happen|held|arrange|organise|organize|set up|within|by)\b/.test(m)
  )
    return 'arrange';
  if (/\bappeal/.test(m)) return 'appeal';
  return undefined;
}

export interface DeadlineReply {
  text: string;
  citations: Citation[];
  answered: boolean;
}

/**
 * Answers "when is the last day to …" from `@sen/rules` when the message has a date in it.
 * Returns undefined when the message is not such a question, so retrieval can answer it.
 */
export function answerDeadline(
  message: string,
  today: string,
  calendar: CalendarOverrides | undefined,
  phone: string,
): DeadlineReply | undefined {
  if (!ASKS_WHEN.test(message)) return undefined;
  const dates = findDates(message, today);
  if (!dates.length) return undefined;
  // "When's the deadline? The decision letter was dated 3 March": the deadlines a decision
  // letter starts are the appeal and, before it, contacting the mediation adviser.
  const named = calculationOf(message);
  const fromLetter = !named && dates.some((d) => d.role === 'decision');
  const calc = named ?? (fromLetter ? 'appeal' : undefined);
  if (!calc) return undefined;
  const options = { today, ...(calendar ? { calendar } : {}) };
  const pick = (...roles: FoundDate['role'][]) =>
    roles.map((r) => dates.find((d) => d.role === r)).find(Boolean);
  const dated = pick('decision') ?? pick('unknown', 'told');
  const decision = dated ?? pick('received');
  const receivedOnly = !dated && !!decision;
  const certificate = pick('certificate');

  let result: DeadlineResult;
  let lead: string;
  let used: FoundDate[];
  try {
    switch (calc) {
      case 'appeal': {
        if (!decision) {
          return {
            text:
              'The appeal deadline is the later of two dates: 2 months after the date on the decision letter, and 1 month after the date on the mediation certificate. ' +
              `Tell me the date on the decision letter and I can work it out, or call us on ${phone}.`,
            citations: [],
            answered: false,
          };
        }
        const placementOnly =
          /\b(only|just|solely|purely)\b.{0,60}\b(school|college|placement|institution|setting)\b/i.test(
            message,
          );
        result = appealDeadline({
          decisionDate: decision.date,
          ...(certificate ? { certificateDate: certificate.date } : {}),
          ...(placementOnly ? { placementOnly } : {}),
          ...options,
        });
        lead = `The last day to register an appeal with the SEND Tribunal is ${result.dateText}${result.byFivePm ? ' (it must arrive by 5pm)' : ''}.`;
        used = certificate ? [decision, certificate] : [decision];
        break;
      }
      case 'adviser': {
        const d = decision ?? dates[0]!;
        result = adviserContactDeadline({ decisionDate: d.date, ...options });
        lead = `The last day to contact the mediation adviser is ${result.dateText}.`;
        used = [d];
        break;
      }
      case 'certificate': {
        const d = pick('mediation', 'told', 'unknown', 'decision') ?? dates[0]!;
        const reason = /\b(declin|don'?t want|do not want|not want|refus)/i.test(message)
          ? 'declined'
          : /\bmediation\b/i.test(message)
            ? 'mediation_ended'
            : 'declined';
        result = certificateDueDate({ from: d.date, reason, ...options });
        lead = `The mediation certificate should be issued by ${result.dateText}.`;
        used = [d];
        break;
      }
      case 'arrange': {
        const d = pick('told', 'unknown', 'decision', 'mediation') ?? dates[0]!;
        result = mediationArrangeBy({
          from: d.date,
          healthOnly: /\bhealth only\b|\bonly (about )?health\b/i.test(message),
          ...options,
        });
        lead = `The mediation must take place by ${result.dateText}.`;
        used = [d];
        break;
      }
      case 'notice': {
        const d = pick('mediation', 'unknown') ?? dates[0]!;
        result = mediationNoticeBy({ mediationDate: d.date, ...options });
        lead = `You should be told the date and place of the mediation by ${result.dateText} at the latest, unless you agree to less notice.`;
        used = [d];
        break;
      }
      case 'discrimination': {
        const d = dates[0]!;
        result = disabilityClaimDeadline({ actDate: d.date, ...options });
        lead = `The last day to make a disability discrimination claim is ${result.dateText}.`;
        used = [d];
        break;
      }
    }
  } catch (error) {
    return {
      text: `I could not work that date out (${error instanceof Error ? error.message.replace(/\.$/, '') : 'unexpected input'}). Please check the dates, or call us on ${phone}.`,
      citations: [],
      answered: false,
    };
  }

  if (fromLetter && calc === 'appeal' && decision) {
    const adviser = adviserContactDeadline({ decisionDate: decision.date, ...options });
    lead += ` If you need a mediation certificate before appealing, the last day to contact the mediation adviser is ${adviser.dateText}.`;
  }
  // (A rough "six weeks ago" says the same below, with the words the family used.)
  if (receivedOnly && decision && decision.relative !== 'about') {
    lead += ` I have used ${formatDate(decision.date)}, when the letter arrived: the time runs from the date printed on the letter, which may be earlier, so check it.`;
  }
  const assumed = used.flatMap((d) => {
    const said = d.text.trim();
    if (d.relative === 'about') {
      return [
        `I took "${said}" to mean about ${formatDate(d.date)}${receivedOnly && d === decision ? ', when the letter arrived' : ''}. The time runs from the date printed on the letter${receivedOnly && d === decision ? ', which may be earlier' : ''}, so check it and ask me again with that date.`,
      ];
    }
    const fromToday = d.relative === 'exact' && !/^(today|yesterday)$/i.test(said);
    return d.yearInferred || fromToday ? [`I took "${said}" to mean ${formatDate(d.date)}.`] : [];
  });
  const warnings = result.warnings.map((w) => w.message);
  const text = [
    lead,
    ...assumed,
    `How this was worked out: ${result.explanation}`,
    ...warnings,
    `This is information, not legal advice. Check the dates on your letters, and call us on ${phone} if you are unsure.`,
  ].join('\n');
  return { text, citations: [{ title: result.source, quote: result.explanation }], answered: true };
}
