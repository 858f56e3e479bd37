import { describe, expect, it } from 'vitest';
import { SAMPLE_HTML, SAMPLE_MARKDOWN, SAMPLE_TEXT } from '../testing/sample-guidance';
import { parseDocument, parseDocuments } from './parse-document';

const texts = (doc: Parameters<typeof parseDocument>[0]) => parseDocument(doc).map((p) => p.text);
/** The heading path of the passage whose text is exactly `text`. */
const headingPathOf = (passages: ReturnType<typeof parseDocument>) => (text: string) =>
  passages.find((p) => p.text === text)!.headingPath;

describe('parseDocument: markdown', () => {
  const passages = parseDocument(SAMPLE_MARKDOWN);

  it('keeps the published words, with heading path, source and version', () => {
    const p = passages.find((x) => x.text.startsWith('The mediator is neutral'))!;
    expect(p.text).toBe(
      'The mediator is neutral: they will not decide who is right or tell you what to do.',
    );
    expect(p.headingPath).toEqual(['Riverside SEND Mediation', 'What happens in mediation']);
    expect(p).toMatchObject({
      docId: SAMPLE_MARKDOWN.id,
      url: SAMPLE_MARKDOWN.url,
      asOf: '2025-01-15',
      kind: 'item',
    });
    expect(p.version).toMatch(/^[0-9a-f]{12}$/);
    expect(p.id).toBe(`${SAMPLE_MARKDOWN.id}#${p.order}`);
  });

  it('drops navigation words and link prompts', () => {
    const all = texts(SAMPLE_MARKDOWN).join('\n');
    expect(all).not.toMatch(/Display Options|Follow this link/);
  });

  it('strips inline markup but keeps its words', () => {
    expect(texts(SAMPLE_MARKDOWN)).toContain(
      "Contact the adviser within 2 months of the date on the council's decision letter. Asking for mediation never takes away your right to appeal.",
    );
  });

  it('ties list items to the paragraph that introduces them', () => {
    const lead = passages.find((p) => p.text.endsWith('except when:'))!;
    const items = passages.filter((p) => p.leadId === lead.id).map((p) => p.text);
    expect(items).toEqual([
      'the appeal is only about the school or college named in the EHC plan, or',
      'the claim is about disability discrimination.',
    ]);
  });

  it('keeps a block of short lines (contact details) line by line', () => {
    const contact = passages.find((p) => p.headingPath.at(-1) === 'Contact us')!;
    expect(contact.kind).toBe('lines');
    expect(contact.text.split('\n')[0]).toBe('Telephone: 01632 960 123');
  });
});

describe('parseDocument: html', () => {
  const passages = parseDocument(SAMPLE_HTML);

  it('reads only the main content: no nav, header, footer or script', () => {
    const all = passages.map((p) => p.text).join('\n');
    expect(all).not.toMatch(/Home|Skip to main|Copyright|ignore me|Cookie/);
    expect(passages[0]!.text).toMatch(/^The NHS integrated care board must take part/);
  });

  it('follows heading levels and list lead-ins', () => {
    const item = passages.find((p) => p.text === 'after a review changes the plan.')!;
    expect(item.headingPath).toEqual(['Health and care disagreements', 'Social care']);
    expect(passages.find((p) => p.id === item.leadId)!.text).toMatch(
      /when the plan is made or changed:$/,
    );
  });

  it('drops the obfuscated e-mail placeholder and the bare label it leaves', () => {
    expect(passages.some((p) => /spambots|JavaScript|^Email:?$/.test(p.text))).toBe(false);
  });
});

describe('parseDocument: html without landmarks', () => {
  const body = `<html><body><div class="breadcrumb">Home &gt; Local Offer &gt; Mediation</div>
<div id="content"><div class="tools">Display Options</div>
<h1>SEN <a href="#">Mediation</a></h1>
<div>You can ask for mediation when:<ul><li>the council refuses to assess, <a href="/x">read more</a></li><li>you disagree with the plan</li></ul></div>
<table><tr><th>Day</th><th>Hours</th></tr><tr><td>Monday</td><td>9am to 5pm</td></tr></table>
<dl><dt>Mediator</dt><dd>An independent person who helps.</dd></dl>
<p>Follow this link for the IASS</p></div><footer>Copyright</footer></body></html>`;
  const passages = parseDocument({ id: 'h', title: 'H', format: 'html', body });

  it('drops breadcrumbs, tools and link labels, keeps lists with their lead-in', () => {
    expect(passages.map((p) => [p.kind, p.text])).toEqual([
      ['paragraph', 'You can ask for mediation when:'],
      ['item', 'the council refuses to assess'],
      ['item', 'you disagree with the plan'],
      ['lines', 'Day: Monday\nHours: 9am to 5pm'],
      ['paragraph', 'Mediator: An independent person who helps.'],
    ]);
    expect(passages[0]!.headingPath).toEqual(['SEN Mediation']);
    expect(passages[2]!.leadId).toBe(passages[0]!.id);
  });
});

describe('parseDocument: lists introduced without a colon', () => {
  it('takes a paragraph that announces "the following" steps as the list’s lead-in', () => {
    const body =
      '## How should I prepare?\n\nPreparation helps. We suggest the following steps.\n\n1. Re-read the letter.\n2. Write down what matters most.\n\nWe will phone you the week before.\n\n- a list after a plain paragraph\n';
    const passages = parseDocument({ id: 'm', title: 'M', format: 'markdown', body });
    expect(passages[1]!.leadId).toBe(passages[0]!.id);
    expect(passages[2]!.leadId).toBe(passages[0]!.id);
    // A paragraph that does not announce a list is not its lead-in.
    expect(passages[4]!.leadId).toBeUndefined();
  });
});

describe('parseDocument: a list nested in a list item', () => {
  // An item that ends like a lead-in leads the items nested under it; the outer list's next item
  // is its own again.
  it.each([
    [
      'markdown',
      '## Privacy\n\n- Most of what you say stays private.\n- Sometimes we must pass it on. This is when:\n  - a child might be at risk of harm;\n  - a crime is planned.\n- We keep notes for two years.\n',
    ],
    [
      'html',
      '<h2>Privacy</h2><ul><li>Most of what you say stays private.</li><li>Sometimes we must pass it on. This is when:<ul><li>a child might be at risk of harm;</li><li>a crime is planned.</li></ul></li><li>We keep notes for two years.</li></ul>',
    ],
  ] as const)('in %s', (format, body) => {
    const passages = parseDocument({ id: 'n', title: 'N', format, body });
    const lead = passages.find((p) => p.text.endsWith('This is when:'))!;
    const led = passages.filter((p) => p.leadId === lead.id).map((p) => p.text);
    expect(led).toEqual(['a child might be at risk of harm;', 'a crime is planned.']);
    expect(passages.find((p) => p.text.startsWith('We keep notes'))!.leadId).toBeUndefined();
  });
});

describe('parseDocument: plain text', () => {
  it('finds headings, joins nothing across blocks and drops nav words', () => {
    const passages = parseDocument(SAMPLE_TEXT);
    expect(passages.map((p) => p.headingPath)).toEqual([['Old statements of SEN']]);
    expect(passages[0]!.text).toBe(
      'Families whose child still has a statement of special educational needs cannot use these mediation arrangements. Ask the council when the statement will be transferred to an EHC plan.',
    );
  });

  it('reads bullets, wrapped items and lead-ins of a page copied from a browser', () => {
    const body =
      'Services\n\nWe help when:\n\n  • a school will not\n    meet your child\n  • the council refuses\n\nContact details:\n\nTel: 01632 960 000\nWrite to us: 1 Road, Town ZZ9 9ZZ\n';
    const passages = parseDocument({ id: 'x', title: 'X', format: 'text', body });
    expect(passages.map((p) => [p.kind, p.text])).toEqual([
      ['paragraph', 'We help when:'],
      ['item', 'a school will not meet your child'],
      ['item', 'the council refuses'],
      ['lines', 'Tel: 01632 960 000\nWrite to us: 1 Road, Town ZZ9 9ZZ'],
    ]);
    expect(passages[1]!.leadId).toBe(passages[0]!.id);
    expect(passages[3]!.headingPath).toEqual(['Contact details']);
  });
});

describe('versions and errors', () => {
  it('changes the version when the page changes, and only then', () => {
    const a = parseDocument(SAMPLE_TEXT)[0]!.version;
    expect(parseDocument({ ...SAMPLE_TEXT })[0]!.version).toBe(a);
    expect(
      parseDocument({ ...SAMPLE_TEXT, body: `${SAMPLE_TEXT.body}\n\nNew words here.` })[0]!.version,
    ).not.toBe(a);
  });

  it('rejects an unknown format, an empty id and duplicate ids with clear messages', () => {
    expect(() => parseDocument({ ...SAMPLE_TEXT, format: 'pdf' as never })).toThrow(
      /Unknown guidance format "pdf"/,
    );
    expect(() => parseDocument({ ...SAMPLE_TEXT, id: ' ' })).toThrow(/needs an id/);
    expect(() => parseDocuments([SAMPLE_TEXT, SAMPLE_TEXT])).toThrow(/share the id/);
  });

  it('gives no passages for an empty page rather than failing', () => {
    expect(parseDocument({ id: 'e', title: 'E', format: 'markdown', body: '' })).toEqual([]);
    expect(parseDocument({ id: 'e', title: 'E', format: 'html', body: '<nav>Menu</nav>' })).toEqual(
      [],
    );
  });
});

describe('parseDocument: text wrapped at a fixed width', () => {
  const doc = (body: string) =>
    parseDocument({ id: 'leaflet', title: 'Leaflet', format: 'text', body });

  it('joins a paragraph whose sentences run on in lower case, so a quote is a whole sentence', () => {
    const [p] = doc(
      'If you are Deaf, dial 18001 before our number using the Relay UK app and an\n' +
        'assistant will join the call. You can also ask for a BSL interpreter to\n' +
        'join a video call with your adviser.',
    );
    expect(p!.kind).toBe('paragraph');
    expect(p!.text).toBe(
      'If you are Deaf, dial 18001 before our number using the Relay UK app and an assistant will join the call. You can also ask for a BSL interpreter to join a video call with your adviser.',
    );
  });

  it('mends words a line break hyphenated, keeping the hyphen of a compound', () => {
    const [p] = doc(
      'Weekends do not count as working days. Only work-\ning days count, and the meeting can be face-to-\nface or online.',
    );
    expect(p!.text).toBe(
      'Weekends do not count as working days. Only working days count, and the meeting can be face-to-face or online.',
    );
  });

  it('still keeps an address and contact details line by line', () => {
    const [p] = doc('Write to us\nFreepost MEDIATION\nPO Box 12\nLeeds LS1 9ZZ');
    expect(p!.kind).toBe('lines');
    const [q] = doc('Phone: 0113 496 0000\nText: 07700 900000\nemail: hello@example.org');
    expect(q!.kind).toBe('lines');
  });

  it('carries a bullet on when its sentence wraps without an indent', () => {
    const items = doc(
      'You can:\n\n- ask for a copy of what we hold about you at any\ntime, free of charge\n- ask us to correct it',
    ).filter((p) => p.kind === 'item');
    expect(items.map((p) => p.text)).toEqual([
      'ask for a copy of what we hold about you at any time, free of charge',
      'ask us to correct it',
    ]);
  });
});

describe('parseDocument: FAQ questions that are not marked as headings', () => {
  it('reads a bold question on its own line as the heading of the answer under it (Markdown)', () => {
    const passages = parseDocument({
      id: 'faq',
      title: 'FAQ',
      format: 'markdown',
      body: '# Your questions\n\n**Is it free?**\nYes, families never pay.\n\n**How long is a session?**\n\nAbout three hours.\n\n**Please note:** bring the letter.',
    });
    const under = headingPathOf(passages);
    expect(under('Yes, families never pay.')).toEqual(['Your questions', 'Is it free?']);
    expect(under('About three hours.')).toEqual(['Your questions', 'How long is a session?']);
    // Bold words leading a sentence are emphasis, not a question heading.
    expect(passages.some((p) => p.text === 'Please note: bring the letter.')).toBe(true);
  });

  it('reads a <summary> as the heading of what its <details> opens (HTML)', () => {
    const passages = parseDocument({
      id: 'faq-html',
      title: 'FAQ',
      format: 'html',
      body: '<main><h2>Meetings</h2><details><summary>Can I bring someone?</summary><p>Yes, a friend or relative.</p></details><details><summary>Where is it held?</summary><p>Online or at a library.</p></details><p>More questions? Ask us.</p><h2>Contact</h2><p>Call us.</p></main>',
    });
    const under = headingPathOf(passages);
    expect(under('Yes, a friend or relative.')).toEqual(['Meetings', 'Can I bring someone?']);
    expect(under('Online or at a library.')).toEqual(['Meetings', 'Where is it held?']);
    expect(under('More questions? Ask us.')).toEqual(['Meetings']);
    expect(under('Call us.')).toEqual(['Contact']);
  });

  it('takes the row in <thead> as the header, even written with <td> cells', () => {
    const passages = parseDocument({
      id: 'table-td',
      title: 'Table',
      format: 'html',
      body: '<main><table><thead><tr><td>Step</td><td>Time limit</td></tr></thead><tbody><tr><td>Certificate</td><td>3 working days</td></tr></tbody></table></main>',
    });
    expect(passages.map((p) => p.text)).toEqual(['Step: Certificate\nTime limit: 3 working days']);
  });

  it('reads a paragraph that is a bold question as the heading of the answer (HTML)', () => {
    const passages = parseDocument({
      id: 'faq-bold',
      title: 'FAQ',
      format: 'html',
      body: '<main><h2>Costs</h2><p><strong>Do I pay anything?</strong></p><p>No, it is free.</p><p><b>Who pays for travel?</b><br>The council does.</p><p><strong>Note:</strong> keep receipts.</p></main>',
    });
    const under = headingPathOf(passages);
    expect(under('No, it is free.')).toEqual(['Costs', 'Do I pay anything?']);
    expect(under('The council does.')).toEqual(['Costs', 'Who pays for travel?']);
    expect(passages.some((p) => p.text === 'Note: keep receipts.')).toBe(true);
  });
});

describe('parseDocument: a PDF leaflet copied as text', () => {
  it("drops the printed page's running footer, so it does not head what follows", () => {
    const passages = parseDocument({
      id: 'leaflet-pdf',
      title: 'Leaflet',
      format: 'text',
      body: 'CONTACT\n\nCall us on 0121 496 0000.\n\nLeaflet CG-04, revised May 2025                 Page 1 of 4\n\nPRIVACY\n\nWe keep your file for 3 years.\n\n- 2 -\n\nWe never sell it.',
    });
    expect(passages.map((p) => p.text)).toEqual([
      'Call us on 0121 496 0000.',
      'We keep your file for 3 years.',
      'We never sell it.',
    ]);
    expect(passages[1]!.headingPath).toEqual(['PRIVACY']);
  });
});

describe('parseDocument: a Word document saved as HTML', () => {
  // Word marks a section with a bold paragraph, a bullet with a typed "·" in a list paragraph,
  // and a table's header with bold <td> cells; its title is a paragraph styled MsoTitle.
  const passages = parseDocument({
    id: 'word',
    title: 'Word',
    format: 'html',
    body: `<html><body><div class=WordSection1>
<p class=MsoTitle><span>Information for families<o:p></o:p></span></p>
<p class=MsoNormal><b><span style='font-size:14.0pt'>Getting to the meeting<o:p></o:p></span></b></p>
<p class=MsoNormal><span>Most meetings are held at the Riverside Centre, which has a lift.<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><span>Free parking for blue badge holders.<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'>o<span>&nbsp;&nbsp;&nbsp; </span></span><![endif]><span>Bus 42 stops outside.<o:p></o:p></span></p>
<p class=MsoNormal><b><span>Phone: 0191 498 0000</span></b></p>
<p class=MsoNormal><b><span>Bring your letters.</span></b></p>
<p class=MsoNormal><b><span>Opening hours<o:p></o:p></span></b></p>
<table class=MsoTableGrid border=1>
 <tr><td><p class=MsoNormal><b><span>Day<o:p></o:p></span></b></p></td><td><p class=MsoNormal><b><span>Phone line<o:p></o:p></span></b></p></td></tr>
 <tr><td><p class=MsoNormal><span>Friday<o:p></o:p></span></p></td><td><p class=MsoNormal><span>9am to 1pm<o:p></o:p></span></p></td></tr>
</table>
</div></body></html>`,
  });
  const under = headingPathOf(passages);

  it('reads a bold label paragraph as a heading, under the title', () => {
    expect(under('Most meetings are held at the Riverside Centre, which has a lift.')).toEqual([
      'Information for families',
      'Getting to the meeting',
    ]);
  });

  it('reads list paragraphs as items without their typed bullets, tied to the paragraph before', () => {
    const item = passages.find((p) => p.text === 'Bus 42 stops outside.');
    expect(item?.kind).toBe('item');
    expect(passages.find((p) => p.text === 'Free parking for blue badge holders.')?.kind).toBe(
      'item',
    );
    expect(under('Bus 42 stops outside.')).toEqual([
      'Information for families',
      'Getting to the meeting',
    ]);
  });

  it('keeps a bold detail or sentence as content, not a heading', () => {
    expect(passages.some((p) => p.text === 'Phone: 0191 498 0000')).toBe(true);
    expect(passages.some((p) => p.text === 'Bring your letters.')).toBe(true);
  });

  it("takes a first row of bold cells as the table's header", () => {
    expect(passages.some((p) => p.text === 'Day: Friday\nPhone line: 9am to 1pm')).toBe(true);
    expect(under('Day: Friday\nPhone line: 9am to 1pm')).toEqual([
      'Information for families',
      'Opening hours',
    ]);
  });
});

describe("parseDocument: a page's table of contents", () => {
  it('drops a list of links to places on the same page, and its "Contents" heading', () => {
    const passages = parseDocument({
      id: 'toc',
      title: 'Mediation',
      format: 'html',
      body: '<main><h1>Mediation</h1><h2>Contents</h2><ul><li><a href="#who">Who can use it</a></li><li><a href="#cost">Cost</a></li></ul><p>We are independent.</p><h2 id="who">Who can use it</h2><p>Parents and young people.</p><ul><li><a href="/leaflet.pdf">Our leaflet</a></li></ul></main>',
    });
    expect(passages.map((p) => p.text)).toEqual([
      'We are independent.',
      'Parents and young people.',
      'Our leaflet',
    ]);
    expect(headingPathOf(passages)('We are independent.')).toEqual(['Mediation']);
  });
});
