import { describe, expect, it } from 'vitest';
import { parseDocument } from '../ingest/parse-document';
import { serviceDetails } from './service-details';

const page = `CONTACT US
==========

Riverside SEND Mediation
Unit 9, Tanners' Court
14 Mill Road
Easterby
EB4 2TX

Helpline: 01632 960777

OPENING HOURS
-------------

Monday to Thursday: 9am to 5pm
Friday: 9am to 3.30pm
`;

const passages = parseDocument({ id: 'c', title: 'Contact', format: 'text', body: page });
const details = serviceDetails({ crisisMessage: 'Call 999.' }, passages);

describe('serviceDetails read from the pages', () => {
  it('gives an address printed as a block of lines whole, cited exactly', () => {
    expect(details.address?.value).toBe(
      "Riverside SEND Mediation, Unit 9, Tanners' Court, 14 Mill Road, Easterby, EB4 2TX",
    );
    expect(page).toContain(details.address!.citation!.quote);
  });

  it("reads no opening hours into a sentence of months and a time, or another line's hours", () => {
    const prose = parseDocument({
      id: 'h',
      title: 'Time limits',
      format: 'markdown',
      body: [
        '# Time limits',
        '',
        'The Tribunal must receive your appeal by 5pm on the later of two dates: 2 months after the letter, or 1 month after the certificate.',
        '',
        'We run a separate Children in Care line on 01632 960547, Monday to Friday 9am to 5pm, for social workers.',
        '',
        '# Contact',
        '',
        'Ring us on 01632 960274. Our line is open Monday to Friday 8am to 7pm and Saturday 9am to 12.30pm.',
      ].join('\n'),
    });
    const hours = serviceDetails({ crisisMessage: 'Call 999.', phone: '01632 960274' }, prose)
      .officeHours?.value;
    expect(hours).toContain('Saturday 9am to 12.30pm');
    expect(hours).not.toContain('Tribunal');
    expect(hours).not.toContain('Children in Care');
  });

  it('gives the address from a contact block a text page joined into one paragraph', () => {
    const joined = parseDocument({
      id: 'j',
      title: 'Contact',
      format: 'text',
      body: 'HOW TO REACH US\n\nPhone: 01632 960123\nEmail: help@example.org\nPost: Dale SEND Mediation, PO Box 12, Easterby EB4 2TX\n',
    });
    expect(serviceDetails({ crisisMessage: 'Call 999.' }, joined).address?.value).toBe(
      'Dale SEND Mediation, PO Box 12, Easterby EB4 2TX',
    );
  });

  it('gives the number to text, labelled or in a sentence', () => {
    const textPage = (body: string) =>
      serviceDetails(
        { crisisMessage: 'Call 999.' },
        parseDocument({ id: 't', title: 'Contact', format: 'text', body }),
      ).sms?.value;
    expect(textPage('Phone: 01632 960123\nText message: 07700 900318\nEmail: a@b.example\n')).toBe(
      '07700 900318',
    );
    expect(textPage('You can also text us on 07700 900 417 at any time.\n')).toBe('07700 900 417');
    expect(textPage('Phone: 01632 960123\n')).toBeUndefined();
  });

  it('gives the general mailbox, not one for a single purpose that "our" names', () => {
    const pages = parseDocument({
      id: 'm',
      title: 'Contact',
      format: 'text',
      body: 'CONTACT US\n\nTelephone: 01632 960123\nE-mail: enquiries@dale.example\nWebsite: https://dale.example\n\nPRIVACY\n\nYou can see what we hold about you. Write to our Data Protection Lead at privacy@dale.example.\n',
    });
    expect(serviceDetails({ crisisMessage: 'Call 999.' }, pages).email?.value).toBe(
      'enquiries@dale.example',
    );
  });

  it('gives hours printed over several lines with each line’s days', () => {
    expect(details.officeHours?.value).toBe(
      'Monday to Thursday: 9am to 5pm; Friday: 9am to 3.30pm',
    );
    expect(page).toContain(details.officeHours!.citation!.quote);
  });

  it('reads hours printed as a list, before prose that names a day and a time', () => {
    const faq = parseDocument({
      id: 'f',
      title: 'FAQ',
      format: 'markdown',
      body: '## Can we meet online?\n\nYes. On Tuesdays, online meetings can start as late as 4pm.\n',
    });
    const contact = parseDocument({
      id: 'h',
      title: 'Contact',
      format: 'text',
      body: 'Phone: 0115 496 0742\n\nOpening hours:\n  - Monday to Thursday: 8.30am to 5pm\n  - Friday: 8.30am to 4.30pm\n  - Closed at weekends and on bank holidays\n',
    });
    const hours = serviceDetails({ crisisMessage: 'Call 999.' }, [...faq, ...contact]).officeHours;
    expect(hours?.value).toBe(
      'Monday to Thursday: 8.30am to 5pm; Friday: 8.30am to 4.30pm; Closed at weekends and on bank holidays',
    );
    expect(hours?.citation?.quote).toBe('Monday to Thursday: 8.30am to 5pm');
  });

  it('takes the hours of the line or the office, not of a drop-in or online sessions printed first', () => {
    const pages = parseDocument({
      id: 'd',
      title: 'Ways to meet us',
      format: 'markdown',
      body: [
        '## Drop-ins',
        'Drop-in sessions at Kelby Library run on Tuesdays, 10am to 1pm.',
        'Online sessions on Teams: Wednesday evenings, 6pm to 8pm.',
        '## Phone',
        'Phone 0115 496 0743. The line is open Monday to Thursday, 9.30am to 4.30pm.',
      ].join('\n\n'),
    });
    const hours = serviceDetails({ crisisMessage: 'Call 999.' }, pages).officeHours;
    expect(hours?.value).toMatch(/Monday to Thursday, 9\.30am to 4\.30pm/);
  });

  it('reads hours printed as a table, a row a day, each row cited', () => {
    const html = parseDocument({
      id: 't',
      title: 'Contact',
      format: 'html',
      body: `<h2>When our line is open</h2><table><thead><tr><th>Days</th><th>Line open</th></tr></thead>
<tbody><tr><td>Monday, Tuesday and Thursday</td><td>9am to 4pm</td></tr>
<tr><td>Wednesday</td><td>11am to 7pm, for parents who work</td></tr>
<tr><td>Weekends and bank holidays</td><td>Closed</td></tr></tbody></table>
<h2>Meetings</h2><table><thead><tr><th>Day</th><th>Venue</th></tr></thead>
<tbody><tr><td>Friday</td><td>10am at the library</td></tr></tbody></table>`,
    });
    const found = serviceDetails({ crisisMessage: 'Call 999.' }, html);
    expect(found.officeHours?.value).toBe(
      'Monday, Tuesday and Thursday: 9am to 4pm; Wednesday: 11am to 7pm, for parents who work; Weekends and bank holidays: Closed',
    );
    expect(found.officeHours?.citation?.quote).toBe(
      'Days: Monday, Tuesday and Thursday\nLine open: 9am to 4pm',
    );
    expect(found.officeHours?.more).toHaveLength(2);
  });

  it('still reads the phone line', () => {
    expect(details.phone?.value).toBe('01632 960777');
  });
});

describe('whose contact details the pages give', () => {
  const advicePage = `GETTING ADVICE
==============

For advice on your case, contact the Easterby SENDIASS. Phone them on 01632 960218 or visit
www.easterby-sendiass.example, or e-mail them at help@easterby-sendiass.example.

CONTACT US
==========

If you have a question, ring us on 01632 960735 or e-mail hello@riverside-send.example.

Phone: 01632 960735
Website: www.riverside-send.example
`;
  const own = serviceDetails(
    { crisisMessage: 'Call 999.' },
    parseDocument({ id: 'a', title: 'Advice', format: 'text', body: advicePage }),
  );

  it('gives the service’s own phone, not another body’s printed first', () => {
    expect(own.phone?.value).toBe('01632 960735');
  });

  it('gives the line a family rings, not the mobile printed more often for messages', () => {
    const body = `HOW TO REACH US

Message us on WhatsApp on 07700 900264 at any time.

Young people can text us on 07700 900264 instead of ringing.

The number is 07700 900264 for voice notes.

Phone 0121 496 0738 · text or WhatsApp 07700 900264`;
    const found = serviceDetails(
      { crisisMessage: 'Call 999.' },
      parseDocument({ id: 'w', title: 'Contact', format: 'text', body }),
    );
    expect(found.phone?.value).toBe('0121 496 0738');
    expect(found.sms?.value).toBe('07700 900264');
  });

  it('gives the line a family rings, not a textphone, minicom or fax number printed with ours', () => {
    const body = `GETTING IN TOUCH

Our textphone number is 0113 496 0455, answered in office hours. Using Relay UK? Dial 18001 then 0113 496 0450.

Telephone 0113 496 0450 · Minicom 0113 496 0455 · Fax 0113 496 0459

Deaf parents: minicom 0113 496 0455 (the same hours).

Phone or minicom: 0113 496 0450`;
    const found = serviceDetails(
      { crisisMessage: 'Call 999.' },
      parseDocument({ id: 'm', title: 'Contact', format: 'text', body }),
    );
    expect(found.phone?.value).toBe('0113 496 0450');
  });

  it('gives the service’s own e-mail and website the same way', () => {
    expect(own.email?.value).toBe('hello@riverside-send.example');
    expect(own.website?.value).toBe('www.riverside-send.example');
  });
});

describe('the service name read from the pages', () => {
  const nameOf = (headings: string[]) =>
    serviceDetails(
      { crisisMessage: 'Call 999.' },
      parseDocument({
        id: 'n',
        title: 'Guide',
        format: 'markdown',
        body: headings.map((h) => `## ${h}\n\nSome text about it.\n`).join('\n'),
      }),
    ).name?.value;

  it('is a heading that names a service as services write their own name', () => {
    expect(nameOf(['Brackmoor SEND Mediation Service'])).toBe('Brackmoor SEND Mediation Service');
  });

  it('is not a heading that asks, or one in sentence case', () => {
    expect(nameOf(['Who may use the Service', 'About the service'])).toBeUndefined();
    expect(nameOf(['Who may use the Service', 'Larkspur Family Mediation Service'])).toBe(
      'Larkspur Family Mediation Service',
    );
  });
});

describe('the Relay UK number read from the pages', () => {
  const read = (body: string) =>
    serviceDetails(
      { crisisMessage: 'Call 999.' },
      parseDocument({ id: 'r', title: 'Contact', format: 'text', body }),
    ).relay;

  it('is the number printed with 18001, cited', () => {
    const relay = read('Phone: 0191 498 0627\n\nText Relay: 18001 0191 498 0627\n');
    expect(relay?.value).toBe('18001 0191 498 0627');
    expect(relay?.citation?.quote).toMatch(/Text Relay/);
  });

  it('is 18001 before our phone line when the page says so', () => {
    expect(
      read('Call us on 01632 960 777.\n\nIf you use Relay UK, dial 18001 before our number.\n')
        ?.value,
    ).toBe('18001 01632 960 777');
  });

  it('is absent when the pages print none', () => {
    expect(read('Call us on 01632 960 777.\n')).toBeUndefined();
  });
});
