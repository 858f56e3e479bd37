import { describe, expect, it } from 'vitest';
import { parseDocument } from '../ingest/parse-document';
import { answerContact, asksOpeningHoursOnly, contactIntent } from './contact';
import type { Reach } from './replies';
import { serviceDetails } from './service-details';

describe('contactIntent: a request for the service’s own details', () => {
  it.each([
    'what is your phone number',
    'can I ring you tomorrow?',
    'Who is supposed to phone you to get the certificate?',
    'wats ur email addy pls',
    'phone?',
    'how can I get in touch with you',
    'where do I post the forms to you',
    'have you got a fax number',
    'do you have a website?',
  ])('asks for them: %j', (m) => expect(contactIntent(m)).toBeDefined());

  it.each([
    // Questions that mention calling, about something else.
    'its discrimination and we want to take the school to tribunal. do we have to phone you first',
    'someone said once you get the paper after the call you only have 30 days to lodge the appeal',
    'how long have I got to call you after the decision letter?',
    // Another body's details are not ours to give.
    'whats the phone number for SENDIASS in Gateshead? your page says i can bring someone',
    "what is the tribunal's address",
    // A website named as where the family read something.
    'got my certificate today. some website says i now have 30 days to appeal?',
    'a facebook group and another website said the council has to pay, is that right',
    // Details the family says they were given: what they ask is something else.
    "the council gave us your number but yous are just the council in disguise aren't ya??",
    'the lady at the council give us your number so are you lot the council really?',
    'school put your number on the letter, do i have to pay for mediation',
    'my social worker told me to ring you, is it confidential?',
  ])('does not: %j', (m) => expect(contactIntent(m)).toBeUndefined());
});

describe('contactIntent: opening hours in families’ words', () => {
  it.each([
    'what time do you shut on a friday? can only ring after school pick up',
    'i do shifts til 5 every weekday, is there any time i can actually get hold of someone on the phone after work',
    'i work 9-5 in an office with no privacy, any chance of calling you after work?',
    'are you open on saturdays',
    'r u open at the weekend at all',
    'what days are you open?',
    'can I ring you on a Saturday morning?',
    'is the line open in the evenings',
    'are you lot open on a saturday',
    // How late the line is open, asked as "the latest I can ring".
    'how late can i phone you? i finish work at 5',
    "what's the latest I can call you lot, I'm on shifts till half 5",
    'latest i can call u on a friday?',
    'is there any day i can ring after 6',
  ])('%j', (m) => expect(contactIntent(m)).toEqual({ kind: 'office_hours' }));

  it('tells the opening hours from a time limit that falls while the office is shut', () => {
    expect(asksOpeningHoursOnly('whats the latest time i can ring you today')).toBe(true);
    expect(
      asksOpeningHoursOnly(
        'my deadline to contact the adviser lands on a day youre shut over christmas, what do i do',
      ),
    ).toBe(false);
  });

  it('keeps the time of year a family names, as they wrote it', () => {
    expect(contactIntent('are you lot open between christmas and new year?')).toEqual({
      kind: 'office_hours',
      periods: ['christmas', 'new year'],
    });
  });
});

describe('answerContact: another way asked for beside the hours', () => {
  const passages = parseDocument({
    id: 'c',
    title: 'Contact',
    format: 'text',
    body: 'GET IN TOUCH\n\nPhone: 01632 960000\nText: 07700 900111\nEmail: help@service.example\n\nMonday to Friday: 9am to 5pm\nWeekends: closed\n',
  });
  const details = serviceDetails({ crisisMessage: 'Call 999.' }, passages);
  const reach = { name: 'us', phone: '01632 960000' } as Reach;

  it('gives the text number with the hours to someone who asks for both in one breath', () => {
    const intent = contactIntent(
      "can't ring from work, whats your text number or are you open late",
    );
    expect(intent).toMatchObject({ kind: 'office_hours', also: ['sms'] });
    const reply = answerContact(intent!, details, reach, passages);
    expect(reply.text).toMatch(/9am to 5pm[\s\S]*text us on 07700 900111/);
    expect(reply.citations.map((c) => c.quote).join(' ')).toContain('07700 900111');
  });

  it('gives only the hours when only the hours are asked', () => {
    expect(contactIntent('what time do you open on a monday')).toEqual({ kind: 'office_hours' });
  });
});

describe('answerContact: a time of year named', () => {
  const passages = parseDocument({
    id: 'c',
    title: 'Contact',
    format: 'text',
    body: 'OPENING HOURS\n\nMonday to Friday: 9am to 5pm\nBank holidays: closed\n\nWe close on Christmas Eve at noon and open again on 2 January. Email us meanwhile.\n',
  });
  const details = serviceDetails({ crisisMessage: 'Call 999.' }, passages);
  const reach = { name: 'us', phone: '01632 960000' } as Reach;

  it('adds what the pages say about it to the hours, cited', () => {
    const reply = answerContact(
      { kind: 'office_hours', periods: ['christmas'] },
      details,
      reach,
      passages,
    );
    expect(reply.text).toContain('open again on 2 January');
    expect(reply.citations.map((c) => c.quote)).toContain(
      'We close on Christmas Eve at noon and open again on 2 January.',
    );
  });

  it('adds a closure notice that gives the dates without naming the holiday', () => {
    const notice = parseDocument({
      id: 'n',
      title: 'Notices',
      format: 'text',
      body: 'OPENING HOURS\n\nMonday to Friday: 9am to 5pm\n\nThe office closes at 1pm on Thursday 24 December and reopens at 9am on Monday 4 January.\n\nThe office closes early on 14 October for staff training.\n',
    });
    const ask = (periods: string[]) =>
      answerContact(
        { kind: 'office_hours', periods },
        serviceDetails({ crisisMessage: 'Call 999.' }, notice),
        reach,
        notice,
      ).text;
    expect(ask(['xmas'])).toContain('reopens at 9am on Monday 4 January');
    expect(ask(['new year'])).toContain('reopens at 9am on Monday 4 January');
    // A date outside the time of year asked is another closure.
    expect(ask(['christmas'])).not.toContain('14 October');
    expect(ask(['easter'])).not.toContain('24 December');
  });

  it('does not repeat a line the hours already hold', () => {
    const reply = answerContact(
      { kind: 'office_hours', periods: ['bank holidays'] },
      details,
      reach,
      passages,
    );
    expect(reply.text.match(/Bank holidays: closed/g)).toHaveLength(1);
  });

  it('does not repeat the hours when the page sets them out as one block with the time of year in it', () => {
    // The lines carry no full stops, so the page's "sentence" is the whole block, full stop and
    // all, which the hours already give without it.
    const block = parseDocument({
      id: 'h',
      title: 'Hours',
      format: 'text',
      body: 'WHEN TO RING\n\nMon, Tue and Thu: 10am to 4pm\nFriday: 10am to 1pm\nWeekends and bank holidays: closed\nIn the Easter school holidays the phone lines open from 11am to 2pm on weekdays only.\n\nOutside these hours, leave a message.\n',
    });
    const reply = answerContact(
      { kind: 'office_hours', periods: ['easter'] },
      serviceDetails({ crisisMessage: 'Call 999.' }, block),
      reach,
      block,
    );
    expect(reply.text).toContain('11am to 2pm');
    expect(reply.text.match(/Friday: 10am to 1pm/g)).toHaveLength(1);
  });
});

describe('contactIntent: a way named only to rule it out', () => {
  it('gives the other ways', () => {
    expect(
      contactIntent(
        "is there a way for him to get hold of you that isn't just email",
        "My husband is Deaf and does phone calls through relay, is there a way for him to get hold of you that isn't just email",
      ),
    ).toEqual({ kind: 'contact', fields: ['relay', 'phone', 'address', 'website'] });
    expect(contactIntent('how else can I contact you, other than your phone number?')).toEqual({
      kind: 'contact',
      fields: ['relay', 'sms', 'email', 'address', 'website', 'fax'],
    });
  });

  it('rules out the phone by its verbs too, and gives the relay number first', () => {
    expect(
      contactIntent('Is there another way to get in touch with you other than ringing'),
    ).toEqual({ kind: 'contact', fields: ['relay', 'sms', 'email', 'address', 'website', 'fax'] });
  });

  it('gives the number to text to a family who would rather text than ring', () => {
    expect(contactIntent('can I text you instead of ringing, I get anxious on the phone')).toEqual({
      kind: 'contact',
      fields: ['sms'],
    });
  });

  it('says when the pages print no number to text, and offers writing instead', () => {
    const passages = parseDocument({
      id: 'c',
      title: 'Contact',
      format: 'text',
      body: 'CONTACT US\n\nTelephone: 01632 960123\nE-mail: hello@dale.example\n',
    });
    const reply = answerContact(
      { kind: 'contact', fields: ['sms'] },
      serviceDetails({ crisisMessage: 'Call 999.' }, passages),
      { name: 'us', phone: '01632 960123' } as Reach,
      passages,
    );
    expect(reply.text).toMatch(/don't include a number for text messages/);
    expect(reply.text).toContain('You can email us at hello@dale.example.');
  });

  it('offers the phone line beside the e-mail asked for, but not to someone who cannot phone', () => {
    const passages = parseDocument({
      id: 'c',
      title: 'Contact',
      format: 'text',
      body: 'CONTACT US\n\nTelephone: 01632 960123\nE-mail: hello@dale.example\n',
    });
    const details = serviceDetails({ crisisMessage: 'Call 999.' }, passages);
    const reach = { name: 'us', phone: '01632 960123' } as Reach;
    const email = answerContact({ kind: 'contact', fields: ['email'] }, details, reach, passages);
    expect(email.text).toContain('You can email us at hello@dale.example.');
    expect(email.text).toContain('You can also call us on 01632 960123.');
    const noPhone = answerContact(
      { kind: 'contact', fields: ['relay', 'sms', 'email', 'address', 'website', 'fax'] },
      details,
      reach,
      passages,
    );
    expect(noPhone.text).not.toContain('call us on 01632 960123');
  });

  it('still gives a way asked for beside one ruled out', () => {
    expect(contactIntent("not by phone, what's your email?")).toEqual({
      kind: 'contact',
      fields: ['email'],
    });
  });
});

describe('contactIntent: a Deaf caller', () => {
  it('asks for the relay number, in the place of the phone line, when the message names the relay', () => {
    expect(contactIntent('whats your textphone number')).toEqual({
      kind: 'contact',
      fields: ['relay'],
    });
    expect(contactIntent('what number do I dial with the Relay UK app?')).toEqual({
      kind: 'contact',
      fields: ['relay'],
    });
  });

  it('gets the relay number with the phone line when the story says the caller cannot hear', () => {
    expect(
      contactIntent('what number', 'my husband is Deaf and wants to call himself. what number'),
    ).toEqual({
      kind: 'contact',
      fields: ['relay', 'phone'],
    });
    expect(contactIntent('what is your phone number')).toEqual({
      kind: 'contact',
      fields: ['phone'],
    });
  });

  it('gets every way but the phone line when the phone is no use to them', () => {
    for (const m of [
      "my partner's Deaf and he's the one dealing with it, phone isn't an option for him. any other way?",
      "I can't use the phone, is there another way to reach you?",
    ])
      expect(contactIntent(m)).toEqual({
        kind: 'contact',
        fields: ['relay', 'sms', 'email', 'address', 'website', 'fax'],
      });
    expect(
      contactIntent('is there any other way to sort this out with the school?'),
    ).toBeUndefined();
  });
});
