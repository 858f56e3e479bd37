import { describe, expect, it } from 'vitest';
import { asciidocToMarkdown, isAsciiDoc } from './asciidoc';
import { parseDocument } from './parse-document';

// Two more ways a service publishes: a documentation site's AsciiDoc source, and an advice
// column whose readers' letters ask what the mediator's reply answers.

const ADOC = `= Meeting day at Brookside
Sam Patel <team@brookside.example>
v1.2, 2026-09-01
:phone: 0161 496 0101
:toc: left

// Reviewed by the team in September.
This page explains the day itself. See xref:law.adoc[our page on the law] for deadlines.

[NOTE]
====
Call {phone} with any question.
====

[[notice]]
== Being told the date

You hear the date in writing at least five working days before.footnote:[A phone call alone does not count as notice.]

=== Rooms

[cols="1,2",options="header"]
|===
|Room |Access

|Brookside Hall
|Step-free, hearing loop

|Video
|Captions on request
|===

TIP: Bring a snack; meetings can run long.

. You and your supporter.
. The council's officer.

Supporter:: Someone you bring to help you.

[qanda]
Can I bring my solicitor?::
Yes, and nobody's permission is needed.
`;

describe('AsciiDoc pages', () => {
  const passages = parseDocument({
    id: 'day.adoc',
    title: 'Day',
    format: 'text',
    body: ADOC,
  });
  const find = (text: string) => passages.find((p) => p.text.includes(text));

  it('knows AsciiDoc by its marks, and prose or Markdown as not AsciiDoc', () => {
    expect(isAsciiDoc(ADOC)).toBe(true);
    expect(isAsciiDoc('# Mediation\n\nWe are free. Call us: 0161 496 0101.\n\n- one\n- two')).toBe(
      false,
    );
    expect(isAsciiDoc('Mediation == talking.\nNOTE: this is prose that happens to say so.')).toBe(
      false,
    );
  });

  it('reads sections as headings and drops the header, attributes, anchors and comments', () => {
    expect(find('five working days')!.headingPath).toEqual([
      'Meeting day at Brookside',
      'Being told the date',
    ]);
    const all = passages.map((p) => p.text).join('\n');
    expect(all).not.toMatch(/Sam Patel|v1\.2|:toc:|\[\[notice\]\]|Reviewed by|====|\|===/);
  });

  it('substitutes attributes, keeps a link’s words and an admonition without its label', () => {
    expect(find('Call 0161 496 0101 with any question.')).toBeDefined();
    expect(find('See our page on the law for deadlines.')).toBeDefined();
    expect(find('Bring a snack')!.text).toBe('Bring a snack; meetings can run long.');
  });

  it('takes a footnote out of its sentence and keeps it as a passage of its own', () => {
    expect(find('five working days')!.text).toBe(
      'You hear the date in writing at least five working days before.',
    );
    expect(find('A phone call alone does not count as notice.')).toBeDefined();
  });

  it('reads a table row by row, each cell under its header', () => {
    expect(find('Brookside Hall')!.text).toMatch(/Room: Brookside Hall\nAccess: Step-free/);
    expect(find('Brookside Hall')!.headingPath.at(-1)).toBe('Rooms');
  });

  it('reads lists, a glossary term and a Q&A list as a page would show them', () => {
    expect(find('The council’s officer') ?? find("The council's officer")).toBeDefined();
    expect(find('Supporter: Someone you bring to help you.')).toBeDefined();
    expect(find('nobody’s permission') ?? find("nobody's permission")).toMatchObject({
      headingPath: expect.arrayContaining(['Can I bring my solicitor?']),
    });
  });

  it('is the same page whether it came as text or as Markdown', () => {
    expect(asciidocToMarkdown(ADOC)).toMatch(/^# Meeting day at Brookside/);
    const asMarkdown = parseDocument({
      id: 'day.md',
      title: 'Day',
      format: 'markdown',
      body: ADOC,
    });
    expect(asMarkdown.map((p) => p.text)).toEqual(passages.map((p) => p.text));
  });
});

describe('an advice column’s letters', () => {
  const body = `# Ask the mediator

**Dear mediator,** I'm 17 and at college now. The council wants to change my plan and
my mum says she will sort the mediation. Am I allowed to do it myself? *Kai, Eastfield*

**Dear Kai,** Yes. Once you are over compulsory school age the decisions are yours to make.

**Dear mediator,** my ex and I cannot be in one room. Is mediation off the table?

Not at all: we can run it with you in separate rooms.

## How to ask

Not sure? Write to us and a mediator will answer. We read every letter.

| Decision | Certificate needed? |
| --- | --- |
| Refusal to assess | Yes |
`;
  const passages = parseDocument({ id: 'column.md', title: 'Column', format: 'markdown', body });
  const find = (text: string) => passages.find((p) => p.text.includes(text));

  it('reads a letter as the question its reply answers, never as guidance to quote', () => {
    expect(find('my mum says')).toBeUndefined();
    expect(find('decisions are yours')!.headingPath.at(-1)).toMatch(
      /^Dear mediator, I'm 17 .* Am I allowed to do it myself\? Kai, Eastfield$/,
    );
    expect(find('separate rooms')!.headingPath.at(-1)).toMatch(/off the table\?$/);
  });

  it('leaves a paragraph that only asks on its way, and a table’s question column, as they are', () => {
    expect(find('Not sure? Write to us')!.headingPath.at(-1)).toBe('How to ask');
    expect(find('Refusal to assess')!.text).toMatch(/Certificate needed\?: Yes/);
  });
});
