// Conversations through the whole pipeline, offline: each answer's state goes back with the next
// message, as the API does.
import {
  adviserContactDeadline,
  appealDeadline,
  certificateDueDate,
  mediationNoticeBy,
} from '@sen/rules';
import { describe, expect, it } from 'vitest';
import { answerOnce } from '../answer';
import { parseDocuments } from '../ingest/parse-document';
import { createGuidanceIndex } from '../search/guidance-index';
import { SAMPLE_DOCS, SAMPLE_SERVICE } from '../testing/sample-guidance';
import type { Answer } from '../types';
import { ageOf } from './dialogue';

const index = createGuidanceIndex(parseDocuments(SAMPLE_DOCS));
const TODAY = '2026-12-03';

function conversation() {
  let state: unknown;
  return async (text: string): Promise<Answer> => {
    const a = await answerOnce(text, { index, service: SAMPLE_SERVICE, today: TODAY, state });
    state = a.state;
    return a;
  };
}

describe('a conversation, offline', () => {
  it('gives a date its role from the words around it, and never invents the decision letter', async () => {
    const say = conversation();
    const a = await say(
      'I rang the mediation adviser on 2 December asking for the certificate, how long can they take?',
    );
    expect(a.kind).toBe('deadline');
    const due = certificateDueDate({ from: '2026-12-02', reason: 'declined', today: TODAY });
    expect(a.text).toContain(due.dateText);
    expect(a.text).not.toMatch(/decision letter is dated/);
  });

  it('reads contacting this service as contacting the mediation adviser, in several wordings', async () => {
    const due = adviserContactDeadline({ decisionDate: '2026-11-20', today: TODAY });
    for (const q of [
      'the decision letter is dated 20 November, when is the last day to phone you for the certificate?',
      'letter came dated 20 November, how long have I got to ring the mediation people?',
      'our letter is dated 20 November. by when do we need to get in touch with you?',
    ]) {
      const a = await conversation()(q);
      expect(a.kind, q).toBe('deadline');
      expect(a.text, q).toMatch(/last day to contact the mediation adviser/);
      expect(a.text, q).toContain(due.dateText);
    }
  });

  it('says what follows when the council cannot arrange the mediation in time (R12)', async () => {
    for (const q of [
      'council keep saying they cant find a date for the mediation and its been 5 weeks. what happens now??',
      "we asked for mediation ages ago and they still haven't arranged it, is my appeal stuck?",
      'the LA say the mediators are booked up and there are no dates for our mediation',
    ]) {
      const a = await conversation()(q);
      expect(a.kind, q).toBe('deadline');
      expect(a.text, q).toMatch(/certificate within 3 working days/);
    }
    // Not when nothing says it has not been arranged.
    const b = await conversation()('when does the mediation have to happen by?');
    expect(b.text).not.toMatch(/cannot arrange the mediation within the 30 days/);
  });

  it('says what the law allows when the 2 months for the adviser have gone by (R3)', async () => {
    // Told without a date: the rule, an offer to check, and the next message's date is checked.
    const say = conversation();
    const a = await say(
      'we completely missed the 2 months to ring the mediation adviser, can we still get a certificate so we can appeal?',
    );
    expect(a.kind).toBe('deadline');
    expect(a.text).toMatch(/cannot issue a mediation certificate/);
    expect(a.text).toMatch(/permission to appeal/);
    // Said as time gone by, not as a missed deadline.
    const other = await conversation()(
      'got the letter saying they are stopping his plan and did nothing, its now way over 2 months. can i still get the certificate or is that it?',
    );
    expect(other.text).toMatch(/cannot issue a mediation certificate/);
    const b = await say('the letter was dated 2 September');
    expect(b.text).toContain('Monday 2 November 2026');
    expect(b.text).toMatch(/That day has passed.*cannot issue a mediation certificate/s);
    // A disability discrimination claim needs no certificate: not this answer.
    const c = await conversation()(
      'we missed the deadline for the mediation adviser but I want to claim disability discrimination against the school, do I need a certificate?',
    );
    expect(c.text).not.toMatch(/cannot issue a mediation certificate/);
    // Asked as a worry ("is it too late"), or about the call rather than the adviser: the same
    // rule, said as a condition, with the service's own sentence for the 2 months when its pages
    // say nothing of permission.
    for (const q of [
      'i got the refusal letter back in january and just sat on it. is it too late for a mediation certificate? can i still appeal at all',
      "completely missed the deadline to call, it's been nearly 3 months since the letter. is that it for us?",
    ]) {
      const d = await conversation()(q);
      expect(d.kind).toBe('deadline');
      expect(d.text).toMatch(/^If a mediation adviser was not contacted within 2 months/);
      expect(d.citations.some((x) => /2 months/.test(x.quote))).toBe(true);
    }
    // The letter's date shows the 2 months have not gone by: never asked for the date given.
    for (const q of [
      'letter from SEN dated 6th October says they wont change section F. can I ring on the monday after the 2 months are up?',
      'the refusal letter is dated 20 october, I reckon I have already missed the 2 months to ring the adviser?',
    ]) {
      const f = await conversation()(q);
      expect(f.text, q).not.toMatch(/If you tell me the date on the decision letter/);
      expect(f.text, q).not.toMatch(/^If a mediation adviser was not contacted/);
    }
    // The family says the adviser was reached: "too late" asks about something after that.
    for (const q of [
      'we asked for mediation a few weeks ago but now i just want to go straight to tribunal. is it too late to back out?',
      'told the adviser no thanks and got my certificate last month. is it too late to try mediation after all?',
    ]) {
      const e = await conversation()(q);
      expect(e.text, q).not.toMatch(/cannot issue a mediation certificate/);
    }
  });

  it('asking for the date it needs, quotes the service’s own sentence for the time limit', async () => {
    const a = await conversation()(
      'got my mediation certificate today, how long have I got to appeal?',
    );
    expect(a.kind).toBe('deadline');
    expect(a.text).toMatch(/What is the date on the decision letter\?/);
    expect(a.text).toMatch(/Our guidance says: .*(2|two) months/is);
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it('moves a last day the family already has by the Tribunal’s rules (R13)', async () => {
    const a = await conversation()(
      'i worked out my appeal deadline lands on the 12th of august. does the summer holiday change it?',
    );
    expect(a.kind).toBe('deadline');
    expect(a.text).toContain('If Thursday 12 August 2027 is your last day to appeal');
    expect(a.text).toContain('Wednesday 1 September 2027');
    // The letter's date still counts as the letter's: "deadline" in another clause.
    const b = await conversation()('when is the deadline if the letter was dated 3 November?');
    expect(b.text).toContain(appealDeadline({ decisionDate: '2026-11-03', today: TODAY }).dateText);
  });

  it('uses a certificate date when it gives more time', async () => {
    const say = conversation();
    const a = await say(
      'Decision letter dated 1 October, and the certificate from the mediation adviser is dated 19 November. When is the last day to appeal?',
    );
    const want = appealDeadline({
      decisionDate: '2026-10-01',
      certificateDate: '2026-11-19',
      today: TODAY,
    });
    expect(a.text).toContain(want.dateText);
  });

  it('keeps a date told without a question for the question that follows', async () => {
    const say = conversation();
    await say('our mediation is booked for the 15th of January');
    const a = await say('when should we have been told the time and place at the latest?');
    expect(a.text).toContain(
      mediationNoticeBy({ mediationDate: '2027-01-15', today: TODAY }).dateText,
    );
  });

  it('reads "that was on the 25th of last month" with the sentence before it', async () => {
    const say = conversation();
    const a = await say(
      "We told the mediation adviser we don't want mediation, just the certificate. That was on the 25th of last month. When should it arrive?",
    );
    expect(a.text).toContain(
      certificateDueDate({ from: '2026-11-25', reason: 'declined', today: TODAY }).dateText,
    );
  });

  it('asks the route question the story leaves open, and takes the answer from a quick reply', async () => {
    const say = conversation();
    const asked = await say('We want to challenge the final EHCP, what are our options?');
    expect(asked.kind).toBe('route');
    expect(asked.answered).toBe(false);
    expect(asked.quickReplies?.length).toBeGreaterThan(2);
    const choice = asked.quickReplies!.find((r) => /section I/.test(r))!;
    const route = await say(choice);
    expect(route.kind).toBe('route');
    expect(route.text).toMatch(/without a mediation certificate/);
  });

  it('answers a disability discrimination claim without a certificate', async () => {
    const say = conversation();
    const a = await say(
      'The academy excluded my son because of his autism, I think it is disability discrimination. What can I do?',
    );
    expect(a.kind).toBe('route');
    expect(a.text).toMatch(/do not need a mediation certificate/);
    expect(a.text).not.toMatch(/you (will )?need a (mediation )?certificate/i);
  });

  it('answers the time limit of a discrimination claim, not the certificate’s, when asked both', async () => {
    const say = conversation();
    const a = await say(
      'the school stopped my daughter going on the year 6 residential on 24 june 2026 because of her diabetes, its disability discrimination isnt it. is the mediation certificate thing needed and whats the deadline',
    );
    expect(a.kind).toBe('deadline');
    // Six months starting with the day it happened (Equality Act 2010 Sch 17): the day before.
    expect(a.text).toMatch(/Wednesday 23 December 2026/);
    expect(a.text).toMatch(/does not need a mediation certificate/);
    expect(a.text).not.toMatch(/certificate should be issued/);
  });

  it('reads the day of a mediation held as that, for the certificate after it', async () => {
    const a = await conversation()(
      'we had mediation this morning, no agreement. when do we get the certificate?',
    );
    expect(a.text).toMatch(
      /^The mediation certificate should be issued by Tuesday 8 December 2026/,
    );
    expect(a.text).not.toMatch(/contacted the mediation adviser/);
  });

  it('answers the deadline asked after the words that ask, not the one in the story', async () => {
    const a = await conversation()(
      'got the mediation certificate today finally. how long have i got now to send the appeal in',
    );
    expect(a.text).toMatch(/later of 2 months after the date on the decision letter and 1 month/);
  });

  it('leaves "how long do you keep my notes" to the guidance, not to a deadline', async () => {
    const a = await conversation()(
      'how long do you hang on to my details? i told the adviser a lot of private stuff',
    );
    expect(a.kind).not.toBe('deadline');
  });

  it('offers no date of the law for a complaint about an adviser and how long a reply takes', async () => {
    const a = await conversation()(
      'not happy with how the adviser spoke to me, who do i complain to and how long till i hear back',
    );
    expect(a.kind).not.toBe('deadline');
    expect(a.text).not.toMatch(/date on the decision letter/);
  });

  it('reads what families say was settled at mediation, and a guess at the date as a guess', async () => {
    const school = await conversation()(
      'we had mediation yesterday (wed 2nd) and the only thing we sorted was the council changing the school named in his plan. how long have they got?',
    );
    expect(school.text).toMatch(/Wednesday 16 December 2026/);
    const plan = await conversation()(
      'at mediation on monday 30th november the council finally agreed to do her an ehcp. when does the finished plan have to be done by?',
    );
    expect(plan.text).toMatch(/final plan by Monday 15 February 2027/);
    const notice = await conversation()(
      "mediation's been booked for wednesday 6th january. whats the latest they have to let me know in writing where and when? i reckon the 30th",
    );
    expect(notice.text).toMatch(/Tuesday 29 December 2026/);
    expect(notice.text).not.toMatch(/You were told on/);
  });

  it('answers the appeal’s deadline when an appeal only about the school asks about a certificate', async () => {
    const a = await conversation()(
      'only the school they named is wrong, letter dated 2 november. do i need a certificate for that and whats the deadline',
    );
    expect(a.text).toMatch(/register an appeal with the SEND Tribunal is/);
    expect(a.text).toMatch(/does not need a mediation certificate/);
  });

  it.each([
    'appealing section F (they cut his SALT hours) and also want a different school named. someone said school appeals dont need mediation so I can skip it?',
    'we want to challenge the named school plus the hours of support in the plan, what are our options?',
  ])('says the school’s exception does not cover an appeal about more: %j', async (q) => {
    const a = await conversation()(q);
    expect(a.kind).toBe('route');
    expect(a.text).toMatch(
      /you need the mediation certificate, and one certificate covers the whole appeal/,
    );
  });

  it('reads "get hold of an adviser" as contacting the adviser, not holding the mediation', async () => {
    const a = await conversation()(
      'the letter refusing to assess will be dated 30th December. whats the last day i can get hold of a mediation adviser?',
    );
    expect(a.text).toMatch(/contact the mediation adviser is Sunday 28 February 2027/);
    expect(a.text).not.toMatch(/mediation must take place/);
  });

  it('offers disagreement resolution to a family with no plan whose school cut the support', async () => {
    const a = await conversation()(
      'no ehcp, he is on sen support and the school keeps cutting his 1:1 time. can you help us sort it with the school?',
    );
    expect(a.kind).toBe('route');
    expect(a.text).toMatch(/^Disagreement resolution/);
    expect(a.text).not.toMatch(/Which parts of the plan/);
  });

  it('asks no route question of a family already on its way to mediation', async () => {
    const a = await conversation()(
      'our mediation is booked for next week. if i freeze up at the mediation what do i do?',
    );
    expect(a.text).not.toMatch(/What is the disagreement about\?/);
  });

  it('answers "have I missed it?" with the appeal’s deadline once the certificate’s date is given', async () => {
    const a = await conversation()(
      'adviser was really quick and my certificate is dated 29 october, the decision letter was 9 october. so i only had a month from the certificate? have i missed it??',
    );
    expect(a.text).toMatch(
      /register an appeal with the SEND Tribunal is Wednesday 9 December 2026/,
    );
    expect(a.text).not.toMatch(/cannot issue a mediation certificate/);
  });

  it('reads a disagreement only about health said in words apart, and says who arranges it', async () => {
    const a = await conversation()(
      "the only thing we're arguing about is the physio in section G. the ICB were told we want mediation on friday 11th december. whats the latest it can happen",
    );
    expect(a.text).toMatch(/take place by Sunday 10 January 2027/);
    expect(a.text).toMatch(/integrated care board .* arranges the mediation/);
    expect(a.text).not.toMatch(/If the council cannot arrange/);
  });

  it('works out each step of an agreement to make a plan, and the health body’s week', async () => {
    const say = conversation();
    const plan = await say(
      'mediation went well, on tuesday 1st dec the council agreed they will do an ehc plan for her after all. how long have they got to give us the final plan',
    );
    // Asked for the final plan: its date first; the draft by its time limit, so no other date
    // reads as the final plan's.
    expect(plan.text).toMatch(/^The council sends you the final plan by Tuesday 16 February 2027/);
    expect(plan.text).toMatch(/draft plan within 5 weeks of the agreement/);
    expect(plan.text).not.toMatch(/5 January/);
    // Asked for the draft, or for neither, each step with its date.
    for (const asked of ['when is the draft due?', 'how long have they got to do it?']) {
      const both = await conversation()(
        `on tuesday 1st dec the council agreed at mediation they will make an ehc plan. ${asked}`,
      );
      expect(both.text, asked).toMatch(/draft plan by Tuesday 5 January 2027/);
      expect(both.text, asked).toMatch(/final plan by Tuesday 16 February 2027/);
    }
    const health = await conversation()(
      'mediation was yesterday (wed 2 dec). the health people agreed more physio. if its only the health bit, how long have they got?',
    );
    expect(health.text).toMatch(/Wednesday 16 December 2026/);
    expect(health.text).toMatch(/within 1 week/);
  });

  it('takes a full date in a correction as the right one for the date it corrects', async () => {
    const say = conversation();
    await say(
      "we had mediation on the 1st, it didn't go anywhere. when do we get the certificate?",
    );
    const b = await say("oh wait it wasn't the 1st, it was Monday the 23rd of November");
    expect(b.text).toMatch(/Thursday 26 November 2026/);
  });

  it('answers a story’s own question when it is on a topic no route answers', async () => {
    const a = await conversation()(
      "Foster carer here, the council named a school in his plan that can't meet his needs. Before I phone - is there a fee for the mediation or does the council pay you?",
    );
    expect(a.kind).toBe('answer');
    expect(a.text).toMatch(/free/);
  });

  it('offers to work out a date after answering "how long" from the guidance', async () => {
    const say = conversation();
    const a = await say('How long do I have to contact the mediation adviser?');
    expect(a.text).toMatch(/date on the decision letter, I can work out the exact date/);
    const b = await say('the letter is dated 20 November');
    expect(b.kind).toBe('deadline');
  });

  it('starts a new conversation from a state it cannot read', async () => {
    const a = await answerOnce('When is my deadline? The letter was dated 3 November 2026.', {
      index,
      service: SAMPLE_SERVICE,
      today: TODAY,
      state: { v: 99, junk: true },
    });
    expect(a.kind).toBe('deadline');
  });

  it('reads the age of the child or young person, not of a grandparent writing about themselves', () => {
    expect(ageOf('my son is 27')).toBe(27);
    expect(ageOf("I'm 19 and it's my own plan")).toBe(19);
    expect(ageOf("my dad does his paperwork by fax (he's 78)")).toBeUndefined();
  });
});
