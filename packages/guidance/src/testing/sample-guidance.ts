import type { GuidanceDocument, ServiceInfo } from '../types';

// A fictional service's pages, written for these tests (01632 96xxxx is Ofcom's range for
// fiction). Each format carries the kind of noise a copied web page brings.

export const SAMPLE_MARKDOWN: GuidanceDocument = {
  id: 'riverside/mediation.md',
  title: 'Riverside SEND Mediation',
  url: 'https://example.org/riverside/mediation',
  asOf: '2025-01-15',
  format: 'markdown',
  body: `# Riverside SEND Mediation

Display Options

Riverside SEND Mediation is a free and impartial service. We work with parents, carers and young people aged up to 25 who disagree with decisions about special educational needs.

## Contact us

Telephone: 01632 960 123
Email: help@riverside.example
Post: Riverside SEND Mediation, 4 Mill Lane, Riverton ZZ1 4AB
Lines are open Monday to Friday, 9.30am to 4.30pm.

## What happens in mediation

- A mediator meets everyone involved, listens to each side and helps you look for an agreement you can all accept.
- The mediator is neutral: they will not decide who is right or tell you what to do.
- What is said in mediation stays private and cannot be used later at the Tribunal.

## Mediation before an appeal

Before most appeals to the First-tier Tribunal (SEND) you must first talk to a mediation adviser and get a certificate, except when:

- the appeal is only about the school or college named in the EHC plan, or
- the claim is about disability discrimination.

Contact the adviser within **2 months** of the date on the council's decision letter. Asking for mediation never takes away your right to appeal.

## Disagreement resolution

Disagreement resolution is for disagreements with a school, academy, nursery or college about special educational provision, even when the child has no EHC plan. Everyone has to agree to take part.

[Follow this link for the Riverton Information, Advice and Support Service](https://example.org/iass)
`,
};

export const SAMPLE_HTML: GuidanceDocument = {
  id: 'riverside/health.html',
  title: 'Health and care disagreements',
  url: 'https://example.org/riverside/health',
  format: 'html',
  body: `<!doctype html><html><head><title>Health and care disagreements</title><script>var x = "ignore me";</script></head>
<body>
<nav><ul><li>Home</li><li>Local Offer</li><li>Contact</li></ul></nav>
<header><p>Skip to main content</p></header>
<main>
<h1>Health and care disagreements</h1>
<p>The NHS integrated care board must take part in mediation when your disagreement includes the health part of an EHC plan.</p>
<h2>Social care</h2>
<p>The social care sections of a plan cannot be appealed on their own, but you can ask for mediation about them when the plan is made or changed:</p>
<ul><li>when a new plan is issued;</li><li>after a review changes the plan.</li></ul>
<p>Email: <a href="mailto:x">This e-mail address is being protected from spambots. You need JavaScript enabled to view it</a></p>
</main>
<footer><p>Copyright Riverton Council. Cookie settings</p></footer>
</body></html>`,
};

export const SAMPLE_TEXT: GuidanceDocument = {
  id: 'riverside/statements.txt',
  title: 'Old statements',
  format: 'text',
  body: `Print

Old statements of SEN

Families whose child still has a statement of special educational needs cannot use these mediation arrangements.
Ask the council when the statement will be transferred to an EHC plan.

Share`,
};

export const SAMPLE_DOCS = [SAMPLE_MARKDOWN, SAMPLE_HTML, SAMPLE_TEXT];

export const SAMPLE_SERVICE: ServiceInfo = {
  name: 'Riverside SEND Mediation',
  phone: '01632 960 123',
  crisisMessage:
    'If anyone is in immediate danger, call 999. You can call Samaritans on 116 123 at any time.',
  iassText: 'Riverton SENDIASS gives free, independent advice on 01632 960 999.',
};
