// "Which route fits?" answered by @sen/rules' route flow from what the family has told us: the
// situation read from their story fills the flow's answers, the flow asks (as quick replies)
// what it still needs, and its result is said in plain words with the next step, the dates when
// the decision letter's date is known, a passage of the service's guidance that supports it and
// the law it rests on.
import {
  adviserContactDeadline,
  appealDeadline,
  type CalendarOverrides,
  nextStep,
  QUESTIONS,
  type Answers,
  type FlowStep,
  type Question,
  type RouteResult,
} from '@sen/rules';
import type { GuidanceIndex } from '../search/guidance-index';
import { statedPassage, supportingPassage } from './guidance-support';
import type { Composed } from '../pipeline/composed';
import type { Citation } from '../types';
import type { ConversationState } from './state';
import { matterSearch, saysOneOf, routeSearch } from './words';

export interface RouteReply {
  text: string;
  citations: Citation[];
  answered: boolean;
  quickReplies?: string[];
  pending?: ConversationState['pending'];
}

interface RouteContext {
  index: GuidanceIndex;
  today: string;
  calendar?: CalendarOverrides;
  phone: string;
  iassText: string;
}

/** The flow's answers from the conversation: the story's, then the family's own choices. */
export function routeAnswers(state: ConversationState): Answers {
  const age =
    state.age === undefined
      ? 'child'
      : state.age >= 25
        ? 'over_25'
        : state.age >= 16
          ? 'young_person'
          : 'child';
  return { age, ...(state.route ?? {}) };
}

export function routeReply(
  state: ConversationState,
  situation: { note?: string; search?: string } | undefined,
  ctx: RouteContext,
  story = '',
): RouteReply {
  const step = stepFor(state, story);
  if (step.type === 'question') return askRoute(step.question, ctx.phone);
  return sayRoute(step.route, state, situation, ctx);
}

/**
 * The flow's next step. A question the story already answers ("only the health part", "section
 * F is vague") is answered from it, so the family is asked only what they have not said.
 */
function stepFor(state: ConversationState, story: string): FlowStep {
  for (;;) {
    let step: FlowStep;
    try {
      step = nextStep(routeAnswers(state));
    } catch {
      // Answers the flow cannot use (a stored state from an older flow): start the flow again.
      state.route = {};
      step = nextStep(routeAnswers(state));
    }
    if (step.type === 'result' || !story) return step;
    const q = step.question;
    const chosen = q.multiple
      ? q.options.filter((o) => optionScore(o.label, story) >= 0.5).map((o) => o.value)
      : [routeOption(q.id, story)].filter((v): v is string => !!v);
    if (!chosen.length) return step;
    state.route = { ...state.route, [q.id]: q.multiple ? chosen : chosen[0]! };
  }
}

function askRoute(q: Question, phone: string): RouteReply {
  // The phone line is always offered: the family may not be asking what we think.
  return {
    text: `${q.text}${q.help ? ` (${q.help})` : ''} Choose one below, or type your answer. Or call us on ${phone} to talk it through.`,
    citations: [],
    answered: false,
    quickReplies: q.options.map((o) => o.label),
    pending: { kind: 'route', question: q.id },
  };
}

function sayRoute(
  route: RouteResult,
  state: ConversationState,
  situation: { note?: string; search?: string } | undefined,
  ctx: RouteContext,
): RouteReply {
  const lines = [`${route.title}. ${route.summary}`];
  if (situation?.note) lines.push(situation.note);
  // The service's own words for it, quoted, when its pages say so.
  const careOnly = route.outcome === 'mediation' && route.certificateNeeded === false;
  const fixed = situation?.search
    ? { search: situation.search, prefers: [] }
    : routeSearch(careOnly ? 'care_only' : route.outcome);
  // Which of the service's sentences about the route fits is told by what the rules read the
  // situation to be (its reasons name the decision in the law's words), not by the story's
  // incidental words ("told", "the LA").
  const about = route.reasons.join(' ');
  // Of the sentences about it, one saying what the route means (its `prefers` words) first.
  const prefers = fixed?.prefers.length
    ? (c: Composed) => saysOneOf(fixed.prefers, c.body)
    : undefined;
  const support = fixed
    ? supportingPassage(fixed.search, ctx.index, about, undefined, prefers)
    : undefined;
  // And its words for this decision ("you can ask for mediation after the council decides not
  // to carry out an assessment"), when its pages list it: first, as the more specific.
  const matter = route.appealMatters.map(matterSearch).find(Boolean);
  const specific = matter
    ? statedPassage(matter, ctx.index, undefined, { preferStated: false })
    : undefined;
  if (specific) lines.push(`Our guidance says: ${specific.body}`);
  const sameQuote = (a: Composed, b: Composed) =>
    a.citations.some((x) => b.citations.some((y) => y.quote === x.quote));
  const general = support && !(specific && sameQuote(support, specific)) ? support : undefined;
  if (general) lines.push(`${specific ? 'It also says' : 'Our guidance says'}: ${general.body}`);
  lines.push(...route.reasons.filter((r) => !route.summary.includes(r)).slice(0, 2));
  lines.push('What to do next:', ...route.nextSteps.map((s) => `• ${s}`));
  const letter = [...state.dates].reverse().find((d) => d.role === 'decision');
  if (letter && (route.outcome === 'mediation' || route.outcome === 'appeal_no_certificate')) {
    const options = { today: ctx.today, ...(ctx.calendar ? { calendar: ctx.calendar } : {}) };
    try {
      if (route.certificateNeeded) {
        const adviser = adviserContactDeadline({ decisionDate: letter.date, ...options });
        lines.push(
          `With a decision letter dated ${letter.text}, the last day to contact the mediation adviser is ${adviser.dateText}.`,
        );
      }
      const appeal = appealDeadline({
        decisionDate: letter.date,
        ...(route.outcome === 'appeal_no_certificate' ? { placementOnly: true } : {}),
        ...options,
      });
      lines.push(
        `Without a certificate that gives more time, the last day to appeal is ${appeal.dateText}${appeal.byFivePm ? ' (by 5pm)' : ''}.`,
      );
    } catch {
      // A date outside the rules' years: the route stands without it.
    }
  } else if (route.outcome === 'mediation' || route.outcome === 'appeal_no_certificate') {
    lines.push('Tell me the date on the decision letter and I will work out your deadlines.');
  }
  lines.push(`This is information, not legal advice. ${ctx.iassText} Or call us on ${ctx.phone}.`);

  const citations: Citation[] = [...(specific?.citations ?? []), ...(general?.citations ?? [])];
  if (route.sources.length) {
    citations.push({
      title: route.sources.map((s) => s.cite).join('; '),
      quote: route.reasons.join(' '),
    });
  }
  return {
    text: lines.join('\n'),
    citations,
    answered: true,
    ...(letter
      ? {}
      : route.certificateNeeded !== null
        ? { pending: { kind: 'date' as const, calc: 'appeal' as const } }
        : {}),
  };
}

/** The option of a route question a reply chooses: its label, or most of its words. */
export function routeOption(questionId: string, message: string): string | undefined {
  const q = (QUESTIONS as Record<string, Question>)[questionId];
  if (!q) return undefined;
  const m = message
    .trim()
    .toLowerCase()
    .replace(/[.!?]+$/, '');
  const exact = q.options.find((o) => o.label.toLowerCase() === m || o.value === m);
  if (exact) return exact.value;
  let best: { value: string; score: number } | undefined;
  let tie = false;
  for (const o of q.options) {
    const score = optionScore(o.label, m);
    if (score > 0 && (!best || score > best.score)) {
      best = { value: o.value, score };
      tie = false;
    } else if (best && score === best.score && score > 0) tie = true;
  }
  // "the health section is vague and the social care section says nothing": two options said,
  // and the question offers both together.
  if (tie && best && best.score >= 0.5) {
    const top = best.score;
    const said = q.options.filter((o) => o.value !== 'both' && optionScore(o.label, m) >= top);
    if (said.length > 1 && q.options.some((o) => o.value === 'both')) return 'both';
  }
  return best && !tie && best.score >= 0.5 ? best.value : undefined;
}

// Words of four letters or more, and "section F" as one word, so a label's section letter counts.
const wordsOf = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .replace(/\bsections? \(?([a-k])\)?(?![a-z])/g, 'section_$1')
      .replace(/\(sections ([a-k]) and ([a-k])\)/g, 'section_$1 section_$2')
      .match(/[a-z0-9_]{4,}/g) ?? [],
  );

/** How much of an option's label a message says: shared words over the shorter side. */
function optionScore(label: string, message: string): number {
  const said = wordsOf(message);
  const words = wordsOf(label);
  const shared = [...words].filter((w) => said.has(w));
  if (shared.some((w) => w.startsWith('section_'))) return 1;
  return shared.length / Math.max(1, Math.min(words.size, said.size));
}
