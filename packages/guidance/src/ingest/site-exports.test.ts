import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document';

// Pages as services' tools export them: a static-site generator's Markdown, and a document
// downloaded from Google Docs as a web page.

describe('parseDocument: Markdown from a static-site generator', () => {
  const body = `---
title: "Your mediation day"
layout: guide
---

# Your mediation day

> [!NOTE]
> Call us on 01632 960111.

{{< button href="tel:01632960111" >}}Call us{{< /button >}}

Everyone signs a confidentiality agreement first.[^1]

## After the meeting

The council must act within these limits:

<table>
  <tr><th>Agreed</th><th>Deadline</th></tr>
  <tr><td>Changes to section F</td><td>within 5 weeks</td></tr>
</table>

## Questions

<details>
<summary>Can I bring my sister?</summary>

Yes, you can bring a supporter.

</details>

Our office is open on weekdays.

## Glossary

Supporter
: Someone you bring along to help you.

[^1]: Special Educational Needs and Disability Regulations 2014, reg. 38.
`;
  const passages = parseDocument({ id: 'day.md', title: 'Day', format: 'markdown', body });
  const texts = passages.map((p) => p.text);

  it('keeps the words of shortcodes and alerts, without their markup', () => {
    expect(texts).toContain('Call us on 01632 960111.');
    expect(texts).toContain('Call us');
    expect(texts.join(' ')).not.toMatch(/\[!NOTE\]|\{\{|\[\^1\]|---/);
  });

  it('reads a footnote’s words without its mark', () => {
    expect(texts).toContain('Everyone signs a confidentiality agreement first.');
    expect(texts).toContain('Special Educational Needs and Disability Regulations 2014, reg. 38.');
  });

  it('reads a table written as HTML as its rows', () => {
    expect(texts).toContain('Agreed: Changes to section F\nDeadline: within 5 weeks');
  });

  it('heads the answer under a <details> with its <summary>, and ends it at </details>', () => {
    const answer = passages.find((p) => p.text === 'Yes, you can bring a supporter.')!;
    expect(answer.headingPath).toEqual([
      'Your mediation day',
      'Questions',
      'Can I bring my sister?',
    ]);
    const after = passages.find((p) => p.text === 'Our office is open on weekdays.')!;
    expect(after.headingPath).toEqual(['Your mediation day', 'Questions']);
  });

  it('reads a definition list as "term: definition"', () => {
    expect(texts).toContain('Supporter: Someone you bring along to help you.');
  });
});

describe('parseDocument: a Google Docs document downloaded as a web page', () => {
  const body = `<html><head><style type="text/css">.c3{font-weight:400}.c7{color:#000;font-weight:700}.title{font-size:26pt}</style></head>
<body class="c23 doc-content">
<p class="c11 title"><span class="c16">Which route is right for us?</span></p>
<p class="c1"><span class="c3">We are independent of the council.</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup></p>
<ul class="lst-kix_a-0 start"><li class="c5"><span class="c7">Disagreement resolution</span></li></ul>
<ul class="lst-kix_a-1 start"><li class="c24"><span class="c3">Open at any stage.</span></li></ul>
<table class="c19"><tbody>
<tr><td class="c17"><p class="c10"><span class="c7">Council decision</span></p></td><td class="c17"><p class="c10"><span class="c7">Certificate needed?</span></p></td></tr>
<tr><td class="c17"><p class="c10"><span class="c3">Refusing to assess</span></p></td><td class="c17"><p class="c10"><span class="c3">Yes</span></p></td></tr>
</tbody></table>
<div><p class="c10"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span class="c6">&nbsp;Children and Families Act 2014, s. 55.</span></p></div>
</body></html>`;
  const passages = parseDocument({ id: 'route.html', title: 'Route', format: 'html', body });
  const texts = passages.map((p) => p.text);

  it('takes the paragraph styled as the title for the page’s heading', () => {
    expect(passages[0]!.headingPath).toEqual(['Which route is right for us?']);
  });

  it('reads a first row made bold by the style sheet as the table’s header', () => {
    expect(texts).toContain('Council decision: Refusing to assess\nCertificate needed?: Yes');
  });

  it('heads a nested list with its bold label, and drops footnote marks', () => {
    const item = passages.find((p) => p.text === 'Open at any stage.')!;
    expect(item.headingPath.at(-1)).toBe('Disagreement resolution');
    expect(texts).toContain('We are independent of the council.');
    expect(texts).toContain('Children and Families Act 2014, s. 55.');
  });
});

describe('parseDocument: a WordPress page with an accordion and FAQ structured data', () => {
  const body = `<!doctype html><html><head>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Help"},
{"@type":"FAQPage","mainEntity":[
{"@type":"Question","name":"When will you ring me back?","acceptedAnswer":{"@type":"Answer","text":"We ring back by the end of the next working day."}},
{"@type":"Question","name":"Can I claim for a taxi?","acceptedAnswer":{"@type":"Answer","text":"<p>Yes, if you ask us <b>before</b> you book it.</p>"}}]}]}</script>
</head><body>
<header><nav><a href="/">Home</a></nav></header>
<main><h1>Help and FAQs</h1>
<!-- wp:heading --><h2>Your questions answered</h2><!-- /wp:heading -->
<div class="elementor-accordion">
<div class="elementor-accordion-item">
<div id="tab-title-1" class="elementor-tab-title" role="button" aria-controls="tab-content-1" aria-expanded="false">When will you ring me back?</div>
<div id="tab-content-1" class="elementor-tab-content" role="region" aria-labelledby="tab-title-1" hidden><p>We ring back by the end of the next working day.</p></div>
</div>
<div class="elementor-accordion-item">
<h3><button aria-controls="panel-2" aria-expanded="false">Is it free?</button></h3>
<div id="panel-2" hidden><p>Yes, it costs families nothing.</p></div>
</div>
</div>
<p>Still stuck? Ring us.</p>
<div hidden><p>Old opening hours we no longer keep.</p></div>
</main>
<div id="cookie-notice" role="dialog" hidden><p>We use cookies.</p></div>
</body></html>`;
  const passages = parseDocument({ id: 'help.html', title: 'Help', format: 'html', body });
  const under = (text: string) => passages.find((p) => p.text === text)?.headingPath.at(-1);

  it('reads an accordion’s hidden panels, each under its question', () => {
    expect(under('We ring back by the end of the next working day.')).toBe(
      'When will you ring me back?',
    );
    expect(under('Yes, it costs families nothing.')).toBe('Is it free?');
  });

  it('ends the last panel’s question with the panel', () => {
    expect(under('Still stuck? Ring us.')).toBe('Your questions answered');
  });

  it('still skips what is hidden and opened by nothing', () => {
    const texts = passages.map((p) => p.text).join(' ');
    expect(texts).not.toMatch(/Old opening hours|cookies/);
  });

  it('adds the FAQ of the structured data the page does not show, once', () => {
    expect(under('Yes, if you ask us before you book it.')).toBe('Can I claim for a taxi?');
    expect(passages.filter((p) => p.text.startsWith('We ring back'))).toHaveLength(1);
  });
});

describe('parseDocument: a Notion page exported as Markdown', () => {
  const body = `# Your mediation day

Owner: Sam Lee
Last edited: 24 November 2026 3:41 PM

<aside>
⚠️ Nobody records a mediation, on video or sound.

</aside>

## On the day

- What if I get upset?

    That is normal. You can stop at any time.

- Does the mediator decide?

    No. The mediator is neutral.

- [ ] Bring the council's letter
`;
  const passages = parseDocument({ id: 'day.md', title: 'Day', format: 'markdown', body });
  const under = (text: string) => passages.find((p) => p.text === text)?.headingPath.at(-1);

  it('reads a callout’s words, without its emoji', () => {
    expect(passages.map((p) => p.text)).toContain('Nobody records a mediation, on video or sound.');
  });

  it('reads a toggle as a question over its answer', () => {
    expect(under('That is normal. You can stop at any time.')).toBe('What if I get upset?');
    expect(under('No. The mediator is neutral.')).toBe('Does the mediator decide?');
    expect(under("Bring the council's letter")).toBe('On the day');
  });
});

describe('parseDocument: a word processor’s HTML wrapped at 80 columns', () => {
  // Word saves its HTML with the source wrapped anywhere, inside a heading or a table cell.
  const body = `<html><body>
<p class=MsoNormal style='page-break-after:avoid'><b><span style='font-size:13.0pt'>10.
Complaints<o:p></o:p></span></b></p>
<p class=MsoNormal><span>If you are unhappy with our service, write to our Service
Manager.</span></p>
<table class=MsoTableGrid><tr><td><p class=MsoNormal><b>Expense</b></p></td><td><p class=MsoNormal><b>What is
paid</b></p></td></tr><tr><td><p class=MsoNormal>Time off work</p></td><td><p class=MsoNormal>Lost earnings, up to
£45</p></td></tr></table>
<pre>Line one
Line two</pre>
</body></html>`;
  const passages = parseDocument({ id: 'word.html', title: 'Word', format: 'html', body });
  const find = (text: string) => passages.find((p) => p.text.includes(text));

  it('reads a line break in the source as a space, as a browser shows it', () => {
    expect(find('Service Manager')!.headingPath.at(-1)).toBe('10. Complaints');
    expect(find('Lost earnings')!.text).toBe(
      'Expense: Time off work\nWhat is paid: Lost earnings, up to £45',
    );
  });

  it('keeps the lines of preformatted text', () => {
    expect(find('Line one')!.text).toBe('Line one\nLine two');
  });
});
