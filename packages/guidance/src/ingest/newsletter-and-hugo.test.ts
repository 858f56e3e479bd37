import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document';

// Formats a service's pages also come in: an e-mail newsletter saved as HTML (tables for
// layout), a Hugo page's Markdown source (front matter, titled shortcodes, kramdown attributes,
// HTML entities), and a Google Docs export with lettered footnotes and a reviewer's comment.

describe('parseDocument: an e-mail newsletter laid out with tables', () => {
  const body = `<html><body>
<table role="presentation" width="100%"><tr><td>
  <table width="100%"><tr><td class="mcnTextContent">
    <h2>Ringing us</h2>
    <p>Our phone lines are staffed Monday to Thursday, 9am to 5pm.</p>
    <p>Every Monday there is also an evening line from 6pm to 8pm.</p>
  </td></tr></table>
  <table width="100%"><tr><td class="mcnTextContent">
    <h2>Ask the mediator</h2>
    <h3>Can my sister translate for me?</h3>
    <p>We book a professional interpreter free of charge.</p>
  </td></tr></table>
  <table><tr><th>Venue</th><th>Access</th></tr><tr><td>The Nailshop</td><td>Step-free</td></tr></table>
</td></tr></table>
</body></html>`;
  const passages = parseDocument({ id: 'news.html', title: 'News', format: 'html', body });
  const find = (text: string) => passages.find((p) => p.text.includes(text));

  it('reads a layout table’s cells as the page’s sections and paragraphs', () => {
    const evening = find('evening line')!;
    expect(evening.text).toBe('Every Monday there is also an evening line from 6pm to 8pm.');
    expect(evening.headingPath).toContain('Ringing us');
    expect(find('interpreter')!.headingPath).toContain('Can my sister translate for me?');
    expect(passages.map((p) => p.text).join(' ')).not.toMatch(/Ringing us,/);
  });

  it('still reads a data table inside the layout as header and cell', () => {
    expect(find('The Nailshop')!.text).toMatch(/Venue: The Nailshop\nAccess: Step-free/);
  });
});

describe('parseDocument: a Hugo page’s Markdown source', () => {
  const body = `---
title: "Your mediation meeting"
draft: false
---

We must give you notice &ndash; at least five working days.
{: .notice}

{{< details summary="The Nailshop, Gorsebrook" >}}
Ground floor and step-free, with a sensory room.
{{< /details >}}

Nobody may record the meeting.
`;
  const passages = parseDocument({ id: 'meeting.md', title: 'Meeting', format: 'markdown', body });
  const texts = passages.map((p) => p.text);

  it('takes the front matter’s title as the page heading and drops its settings', () => {
    expect(passages[0]!.headingPath).toEqual(['Your mediation meeting']);
    expect(texts.join(' ')).not.toMatch(/draft|title:/);
  });

  it('decodes HTML entities and drops kramdown attribute lists', () => {
    expect(texts).toContain('We must give you notice – at least five working days.');
  });

  it('reads a titled shortcode as a heading over what it holds, and only that', () => {
    const room = passages.find((p) => p.text.includes('sensory room'))!;
    expect(room.headingPath).toContain('The Nailshop, Gorsebrook');
    const record = passages.find((p) => p.text.includes('record'))!;
    expect(record.headingPath).not.toContain('The Nailshop, Gorsebrook');
  });
});

describe('parseDocument: a Google Docs export with lettered notes', () => {
  const body = `<html><body>
<p class="c1"><span class="c3">Funding gives them no say over your case.</span><sup class="c27"><a href="#ftnt1" id="ftnt_ref1">[a]</a></sup></p>
<p class="c1"><span class="c3">A certificate never shortens your deadline.</span><sup><a href="#cmnt1" id="cmnt_ref1">[e]</a></sup></p>
<hr><div><p class="c10"><a href="#ftnt_ref1" id="ftnt1">[a]</a><span>&nbsp;The contract is reviewed every April.</span></p></div>
<div class="c18"><p class="c10"><a href="#cmnt_ref1" id="cmnt1">[e]</a><span>Winston: can we add an example here?</span></p></div>
</body></html>`;
  const texts = parseDocument({ id: 'doc.html', title: 'Doc', format: 'html', body }).map(
    (p) => p.text,
  );

  it('drops lettered footnote marks but keeps the footnote’s words', () => {
    expect(texts).toContain('Funding gives them no say over your case.');
    expect(texts.join(' ')).toMatch(/The contract is reviewed every April\./);
    expect(texts.join(' ')).not.toMatch(/\[[ae]\]/);
  });

  it('leaves out a reviewer’s comment', () => {
    expect(texts.join(' ')).not.toMatch(/Winston/);
  });
});
