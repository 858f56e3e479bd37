import { describe, expect, it } from 'vitest';
import { answerDeadline } from './deadline';

const ask = (m: string, today = '2025-01-01') =>
  answerDeadline(m, today, undefined, '01632 960 123');

describe('answerDeadline', () => {
  it("leaves a 'how long' about what the service does to the pages, not the law", () => {
    // The adviser is in the story; what is asked is how soon the service replies.
    expect(
      ask(
        'the adviser kept cancelling on me. who do i complain to and how quick do you get back to people?',
      ),
    ).toBeUndefined();
    expect(
      ask('the adviser i spoke to was rude. who do i go to and how long do yous take to reply'),
    ).toBeUndefined();
    // Asked of the service, but about a time limit of the law: still worked out.
    expect(
      ask('if i tell you i dont want mediation, how long do you take to send the certificate?')
        ?.text,
    ).toMatch(/3 working days/);
  });

  it('works out the appeal deadline with the rules, explains it and cites the law', () => {
    const r = ask(
      'The council sent me their decision on 3 March 2025. What is the last day to register an appeal with the tribunal?',
    )!;
    expect(r.text).toMatch(/Tuesday 6 May 2025/);
    expect(r.text).toMatch(/bank holiday/i);
    expect(r.text).toMatch(/not legal advice/);
    expect(r.citations[0]!.title).toMatch(/Tribunal/);
    expect(r.citations[0]!.quote).toMatch(/3 March 2025/);
    expect(r.answered).toBe(true);
  });

  it('says whether the notice the family was given was enough', () => {
    // Tuesday 10 June 2025: "on Friday" is 13 June; 5 working days before it is Friday 6 June.
    expect(
      ask(
        'the mediation is on Friday and they only told us on Monday. is that enough notice?',
        '2025-06-10',
      )!.text,
    ).toMatch(/told on Monday 9 June 2025, which is less notice than that/);
    expect(
      ask(
        'the mediation is on 20 June 2025 and they told us on 2 June 2025, is that enough notice?',
        '2025-06-10',
      )!.text,
    ).toMatch(/told on Monday 2 June 2025, so that was enough notice/);
  });

  it('works out a discrimination claim from what happened only when the story is about discrimination', () => {
    expect(
      ask(
        'my son got permanently excluded on 3 March 2025. how long do we have to ask the governors to reconsider it?',
      ),
    ).toBeUndefined();
    expect(
      ask(
        'They excluded him on 3 March 2025 because of his autism. How long do I have to make a claim?',
      )!.text,
    ).toMatch(/disability discrimination claim is Tuesday 2 September 2025/);
  });

  it('reads the date however it is written and the last day however it is asked', () => {
    for (const m of [
      "The council's letter is dated 2025-09-12. What is the final day to lodge an appeal?",
      'Decision letter dated September 12, 2025. What is the closing date for the appeal?',
    ])
      expect(ask(m)!.text).toMatch(/12 November 2025/);
  });

  it('uses the certificate when it gives more time', () => {
    const r = ask(
      'we got the certificate on 12 April 2025 and the decision was 1 March 2025, when must the appeal reach the tribunal?',
    )!;
    expect(r.text).toMatch(/12 May 2025/);
  });

  it('gives no certificate extension to a school-only appeal', () => {
    expect(
      ask(
        'The letter was dated 24/10/2025, the appeal is only about the school named. Last day to appeal?',
      )!.text,
    ).toMatch(/24 December 2025/);
  });

  it('answers the adviser, notice and arrange-by questions', () => {
    expect(
      ask(
        'By when must I contact the mediation adviser? The decision letter was dated 31 December 2024.',
      )!.text,
    ).toMatch(/28 February 2025/);
    expect(
      ask(
        'Our mediation is on 12 June 2025. By when should we be told the date and place? How much notice?',
      )!.text,
    ).toMatch(/5 June 2025/);
    expect(
      ask(
        'We told the council on 1 March 2025 that we want mediation. When must the mediation take place by?',
      )!.text,
    ).toMatch(/31 March 2025/);
  });

  it('reads a bare "deadline?" after a decision letter as the appeal and adviser deadlines', () => {
    const r = ask("when's the deadline? the decision letter was dated 3rd of march 2025")!;
    expect(r.text).toMatch(/appeal with the SEND Tribunal is Tuesday 6 May 2025/);
    expect(r.text).toMatch(
      /contact a mediation adviser .*the last day to do that is Saturday 3 May 2025/,
    );
  });

  it('answers notice questions however they are put', () => {
    expect(
      ask("Mediation is booked for 20 June 2025; what's the latest they can tell us the venue?")!
        .text,
    ).toMatch(/13 June 2025/);
  });

  it('counts from the date on the letter, not the day it arrived', () => {
    expect(
      ask(
        'Our decision letter came on 10 March 2025 but was dated 5 March 2025. When must we appeal?',
      )!.text,
    ).toMatch(/is Monday 5 May 2025|is Tuesday 6 May 2025/);
    const arrived = ask('The letter arrived on 10 March 2025. When must we appeal by?')!;
    expect(arrived.text).toMatch(
      /when the letter arrived: the time runs from the date printed on the letter/,
    );
  });

  it('says which year it assumed', () => {
    expect(
      ask('decision letter 15 Jan, what is the deadline to appeal', '2025-02-01')!.text,
    ).toMatch(/took "15 Jan" to mean Wednesday 15 January 2025/);
  });

  it('works from "last Tuesday" exactly, and from "six weeks ago" roughly, saying so', () => {
    // 2025-06-10 is a Tuesday.
    const exact = ask(
      'The council decision letter was dated last Tuesday. When must I appeal by?',
      '2025-06-10',
    )!;
    expect(exact.text).toMatch(/took "last Tuesday" to mean Tuesday 3 June 2025/);
    expect(exact.text).toMatch(/is Monday 1 September 2025/);
    const rough = ask(
      'The decision letter came six weeks ago, have I still got time to appeal?',
      '2025-06-10',
    )!;
    expect(rough.answered).toBe(true);
    expect(rough.text).toMatch(
      /took "six weeks ago" to mean about Tuesday 29 April 2025, when the letter arrived\. The time runs from the date printed on the letter, which may be earlier, so check it/,
    );
  });

  it('asks for the decision date when only the certificate date is given', () => {
    const r = ask('Certificate issued 2 May 2025. When is the appeal deadline?')!;
    expect(r.answered).toBe(false);
    expect(r.text).toMatch(/date on the decision letter/);
  });

  it('says when the adviser was contacted too late to give a certificate, and what can still be done', () => {
    const r = ask(
      'The decision letter is dated 29 September but came on 6 October. I only rang the mediation adviser today. Am I still in time to get a certificate?',
      '2026-12-03',
    )!;
    expect(r.text).toMatch(
      /^You contacted the mediation adviser on Thursday 3 December 2026, after the last day/,
    );
    expect(r.text).toMatch(/Sunday 29 November 2026/);
    expect(r.text).toMatch(/permission to appeal without one/);
    expect(r.text).not.toMatch(/should be issued by/);
    // In time: the certificate's due date as before.
    expect(
      ask(
        'The decision letter is dated 20 October. I rang the mediation adviser today to say no to mediation. When should I get the certificate?',
        '2026-12-03',
      )!.text,
    ).toMatch(/^The mediation certificate should be issued by Tuesday 8 December 2026/);
  });

  it.each([
    'told the adviser yesterday we dont want mediation thanks. how soon do i get the paperwork so i can appeal',
    'we said no to mediation on the phone yesterday, when do we get the bit of paper we need to appeal?',
    'rang the adviser yesterday and said no to mediation. how long till the form that lets me appeal comes?',
  ])("reads families' words for the certificate as the certificate: %j", (q) => {
    expect(ask(q, '2026-12-03')!.text).toMatch(
      /^(?:If yesterday is the day [^,]+, )?the mediation certificate should be issued by Monday 7 December 2026/i,
    );
  });

  it.each([
    'mediation went well!! on tuesday (1st dec) the council agreed they WILL do an ehc plan for her after all. how long have they got to give us the final plan',
    'the council agreed on 1 december to do an ehc plan. how long have they got for the final plan?',
    'we reached an agreement on the 1st of december, they will make a plan. when is the final plan due?',
  ])('reads the day the council agreed as the day of the agreement: %j', (q) => {
    expect(ask(q, '2026-12-03')!.text).toMatch(/final plan by Tuesday 16 February 2027/);
  });

  it('says what happens when the council cannot arrange mediation in the 30 days', () => {
    const r = ask(
      'We told the council on 2 November we want mediation. How long do they have?',
      '2026-12-03',
    )!;
    expect(r.text).toMatch(/Wednesday 2 December 2026/);
    expect(r.text).toMatch(/certificate within 3 working days/);
  });

  it('reads an appeal only about the school named from the story, not only from set phrases', () => {
    const r = ask(
      "the letter naming the school was dated 21st October. the only thing we're challenging is the school they named. what date does our appeal have to be in by?",
      '2026-12-03',
    )!;
    expect(r.text).toMatch(/Monday 21 December 2026/);
    expect(r.text).toMatch(/does not need a mediation certificate/);
  });

  it('reads how long a family has to ask for mediation as their 2 months, not the council’s 30 days', () => {
    for (const q of [
      'how long have we got to go for mediation?',
      'is there a time limit for requesting mediation',
      "what's the deadline for asking for mediation",
    ]) {
      const r = ask(q)!;
      expect(r.text, q).toMatch(/2 months/);
      expect(r.text, q).not.toMatch(/30 days/);
    }
    // The council's own limit once it has been asked stays the 30 days.
    expect(
      ask('We asked for mediation on 3 March 2025. How long has the council got to hold it?')!.text,
    ).toMatch(/2 April 2025/);
  });

  it('says the time limit from the law when no date is given, and offers to work it out', () => {
    const r = ask('How long do I have to contact a mediation adviser?')!;
    expect(r.text).toMatch(/^You have 2 months from the date on the decision letter/);
    expect(r.text).toMatch(/If you tell me the date on the decision letter/);
    expect(r.answered).toBe(true);
    expect(r.general).toBe(true);
    expect(r.pending).toEqual({ kind: 'date', calc: 'adviser' });
    const appeal = ask('ok once ive got the certificate how long to get the appeal in?')!;
    expect(appeal.text).toMatch(/later of two dates: 2 months .* and 1 month/);
  });

  it('says what follows a mediation agreement, the limit the story points to first', () => {
    const social = ask(
      'we agreed extra respite at mediation (social care). how long till it actually happens',
    )!;
    expect(social.text).toMatch(/^Anything agreed about health or social care .* within 2 weeks/);
    const school = ask(
      'at mediation the LA agreed to name the school we wanted. how long have they got to actually put it in the plan',
    )!;
    expect(school.text).toMatch(/^If what was agreed is only a change to the school .* 2 weeks/);
    const f = ask(
      'at mediation the council agreed to put more support in section F. how long have they got to send us the new plan?',
    )!;
    expect(f.text).toMatch(/^If what was agreed changes sections B or F .* 5 weeks/);
    // Only the limit for what was agreed: another kind's period would read as the answer.
    expect(f.text).not.toMatch(/\b(2|11|14) weeks/);
    const plan = ask(
      'at mediation the council agreed to make an ehc plan after all. how long have they got to give us the plan?',
    )!;
    expect(plan.text).toMatch(
      /^If the council agreed to make an EHC plan, .* draft .* 5 weeks .* 11 weeks/,
    );
    expect(plan.text).not.toMatch(/\b(2|14) weeks/);
    // Said ahead of the meeting, in the family's words for the plan arriving.
    const ahead = ask(
      'our mediation is on 10 December. if they agree there to write the plan, when do we get the final plan?',
      '2026-12-03',
    )!;
    expect(ahead.text).toMatch(/final plan by Thursday 25 February 2027/);
    // With the day of the mediation, the date itself (R16: 2 calendar weeks, not moved).
    const dated = ask(
      'at mediation on 3 March 2025 social care agreed to add short breaks. by when do they have to do it?',
      '2025-03-05',
    )!;
    expect(dated.text).toMatch(/must be done by Monday 17 March 2025/);
  });

  it('reads the adviser named alone as the 2 months to contact one, but not over what is asked of them', () => {
    expect(ask('when is the last day for the mediation adviser?')!.text).toMatch(
      /2 months from the date on the decision letter to contact the mediation adviser/,
    );
    // The adviser is who sends it; the certificate is what is asked about.
    expect(
      ask(
        "we're saying no to mediation. when is the latest the adviser has to send me the certificate?",
      )!.text,
    ).toMatch(/^The adviser must issue the certificate within 3 working days/);
  });

  it("keeps a family's own last day to contact the adviser: R2 is never moved, unlike an appeal", () => {
    const r = ask(
      'my 2 months to contact an adviser runs out on monday 28th december and thats a bank holiday, youre shut. does it get moved to the tuesday?',
      '2026-12-03',
    )!;
    expect(r.text).toMatch(
      /^If Monday 28 December 2026 is your last day to contact a mediation adviser, it stays your last day/,
    );
    expect(r.text).toMatch(/not a working day/);
    // "does it wait till you're back?": said in so many words.
    expect(r.text).toMatch(/keeps running while an office is closed/);
    expect(r.text).not.toMatch(/What is the date on the decision letter/);
    expect(r.citations.at(-1)!.title).toMatch(/reg\. 33/);
    // An appeal's last day does move (R13).
    expect(
      ask(
        'my deadline to appeal to the tribunal lands on 28 december, does it move?',
        '2026-12-03',
      )!.text,
    ).toMatch(/Monday 4 January 2027/);
  });

  it('leaves questions to retrieval that do not ask for a time limit or a date', () => {
    // "Can I still …" asks whether, not by when; a second question needs answering too; the wait
    // for a hearing after the appeal is sent is not the appeal deadline.
    expect(ask('If I try mediation, can I still appeal to the SEND Tribunal afterwards?')).toBe(
      undefined,
    );
    expect(
      ask('Is the mediator independent? Also, how long do I have to contact the adviser?'),
    ).toBeUndefined();
    expect(
      ask('once we send the appeal in how long do we usually wait for a hearing date'),
    ).toBeUndefined();
    expect(ask('how long is the mediation meeting itself?')).toBeUndefined();
    expect(ask('We had a meeting on 3 March 2025 with the school.')).toBeUndefined();
  });
});

describe('a date whose role is unclear', () => {
  const today = '2026-12-03';
  it('is asked about only in a message about the law’s steps or a time limit', () => {
    // A day in a question about the service's own practice: the pages answer it.
    for (const m of [
      'rang you friday about 2.30 and it went to answerphone, how long till someone rings me back',
      'put a complaint in about the mediator last monday. how long till i hear anything back',
      'is there a drop in next month? im away till the 10th, when is the next one',
    ])
      expect(ask(m, today)?.pending, m).toBeUndefined();
    // A time limit named, or one of the law's steps: which date it is is asked.
    for (const m of [
      "what's my deadline? the date is 20 November",
      "what's the time limit? the date is 20 November",
      'the 20th is the date, for mediation, how long now?',
    ])
      expect(ask(m, today)?.pending?.kind, m).toBe('date_role');
  });

  it('gives way to a date whose role is known: the letter, not the day the family writes', () => {
    const r = ask(
      "letter from the council dated 5th october saying they won't change his plan. today's thursday 3rd dec. how long have i got?",
      today,
    );
    expect(r?.pending).toBeUndefined();
    expect(r?.text).toMatch(/5 December 2026/);
  });
});

describe('"my 2 months" with a last day', () => {
  it('is the time to contact the adviser, which is not moved off a weekend', () => {
    for (const m of [
      'my 2 month deadline is this saturday, does a text on friday night count?',
      'our two months run out on saturday 5 december, or do we get till the monday?',
    ]) {
      const r = ask(m, '2026-12-03');
      expect(r?.text, m).toMatch(/last day to contact a mediation adviser/);
      expect(r?.text, m).not.toMatch(/Monday 7 December/);
    }
    // Named with the appeal, the 2 months are the appeal's, which is moved.
    const appeal = ask('my 2 month deadline to appeal is this saturday', '2026-12-03');
    expect(appeal?.text).toMatch(/Monday 7 December/);
  });
});

describe('the adviser named in passing', () => {
  it('gives way to the event a date is told as', () => {
    const r = ask(
      "the adviser said she'd let the council know today and they have 30 days. does christmas count in that?",
      '2026-12-03',
    );
    expect(r?.text).toMatch(/must take place by Saturday 2 January 2027/);
    // A letter's date does not say which deadline: with the adviser named, it is theirs.
    const letter = ask(
      'letter dated 6 october, the adviser is only in the week. when is my last day?',
      '2026-12-03',
    );
    expect(letter?.text).toMatch(/last day to contact the mediation adviser is Sunday 6 December/);
  });
});

describe('a last day the family puts forward', () => {
  it('is checked when they ask about it, though no word asks when', () => {
    const r = ask(
      'the letter is dated 2 october but it only came on the 9th. so i reckon i can ring up to the 9th of december, yes?',
      '2026-12-03',
    );
    expect(r?.text).toMatch(/Wednesday 2 December 2026/);
    expect(r?.text).not.toMatch(/Wednesday 9 December 2026 is/);
  });
});
