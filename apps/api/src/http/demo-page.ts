import { Hono } from 'hono';
import { contentSecurityPolicy } from '../security/headers';

/**
 * A stand-in for a council's Local Offer page on a second origin, embedding the widget with
 * the one script tag a council would paste. Everything here is invented sample content.
 */
export function createDemoApp(opts: { serviceUrl: () => string; siteKey?: string }) {
  const app = new Hono();
  app.get('/', (c) => {
    const service = opts.serviceUrl();
    c.header(
      'Content-Security-Policy',
      contentSecurityPolicy({ connectSrc: [service] }).replace(
        "script-src 'self'",
        `script-src 'self' ${service}`,
      ) + `; frame-src ${service}`,
    );
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    c.header('Cache-Control', 'no-cache');
    return c.html(demoHtml(service, opts.siteKey ?? 'demo'));
  });
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.notFound((c) => c.html('<!doctype html><title>Not found</title><p>Page not found.</p>', 404));
  return app;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function demoHtml(service: string, siteKey: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mediation and disagreement resolution – Anyshire Local Offer</title>
<style>
  :root { --ink: #0b0c0c; --muted: #484949; --brand: #00594f; --link: #1d4f91; --focus: #ffdd00; --bg: #f3f2f1; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 1.1875rem/1.5 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--ink); background: #fff; }
  a { color: var(--link); text-underline-offset: 0.15em; }
  a:focus-visible, button:focus-visible { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: 0 0 0 6px var(--ink); }
  .skip { position: absolute; left: -9999px; top: 0; background: var(--focus); color: var(--ink); padding: 0.5rem 1rem; }
  .skip:focus { left: 0; }
  header.site { background: var(--brand); color: #fff; }
  header.site .bar { max-width: 60rem; margin: 0 auto; padding: 1rem; display: flex; flex-wrap: wrap; gap: 1rem; align-items: baseline; justify-content: space-between; }
  header.site a { color: #fff; }
  .logo { font-weight: 700; font-size: 1.5rem; text-decoration: none; }
  nav.top ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; }
  .crumbs { max-width: 60rem; margin: 0 auto; padding: 0.75rem 1rem 0; font-size: 1rem; }
  .crumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0; margin: 0; }
  .crumbs li + li::before { content: "›"; margin-right: 0.5rem; color: var(--muted); }
  main { max-width: 60rem; margin: 0 auto; padding: 1rem 1rem 4rem; }
  h1 { font-size: clamp(1.75rem, 6vw, 2.25rem); line-height: 1.2; margin: 0.5rem 0 1rem; }
  h2 { font-size: 1.5rem; margin-top: 2rem; }
  .lede { font-size: 1.3rem; color: var(--muted); }
  .callout { border-left: 6px solid var(--brand); background: var(--bg); padding: 1rem 1.25rem; margin: 1.5rem 0; }
  .updated { color: var(--muted); font-size: 1rem; }
  footer { background: var(--bg); border-top: 4px solid var(--brand); }
  footer .inner { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem; font-size: 1rem; }
  .demo-note { margin: 0; background: #fff7bf; border-bottom: 1px solid #c9b200; padding: 0.5rem 1rem; font-size: 1rem; text-align: center; }
</style>
</head>
<body>
<a class="skip" href="#content">Skip to main content</a>
<p class="demo-note" role="note">Demonstration page: a made-up council, showing how a partner site embeds the mediation chat.</p>
<header class="site">
  <div class="bar">
    <a class="logo" href="/">Anyshire Council</a>
    <nav class="top" aria-label="Main">
      <ul>
        <li><a href="/">Local Offer</a></li>
        <li><a href="/">Education</a></li>
        <li><a href="/">Health</a></li>
        <li><a href="/">Contact us</a></li>
      </ul>
    </nav>
  </div>
</header>
<nav class="crumbs" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Local Offer</a></li>
    <li><a href="/">Support and advice</a></li>
    <li><span aria-current="page">Mediation and disagreement resolution</span></li>
  </ol>
</nav>
<main id="content" tabindex="-1">
  <h1>Mediation and disagreement resolution</h1>
  <p class="lede">If you disagree with a decision about a child's special educational needs, an independent service can help you talk it through before, or instead of, a tribunal appeal.</p>

  <h2>Who this is for</h2>
  <p>Parents and carers of children with special educational needs and disabilities (SEND), and young people aged 16 to 25, who live in Anyshire.</p>

  <h2>Mediation</h2>
  <p>Mediation is a meeting led by a trained, independent person who does not take sides. You, the council and sometimes health services sit down together to look for an agreement. It is free, and choosing it does not take away your right to appeal.</p>
  <p>Before most appeals to the SEND Tribunal you need to speak to a mediation adviser and get a certificate. You do not need one if your appeal is only about the school or college named in the plan.</p>

  <h2>Disagreement resolution</h2>
  <p>If you disagree with a school, college, nursery or the council about the support a child gets, with or without an education, health and care (EHC) plan, disagreement resolution can help at any time. Everyone involved has to agree to take part.</p>

  <div class="callout">
    <h2 style="margin-top:0">Ask us a question</h2>
    <p>Use the chat button at the bottom of this page to ask about mediation, deadlines and what happens next. It gives general information from the mediation service, with links to where it comes from, and you can ask for a call back.</p>
  </div>

  <h2>Other help</h2>
  <ul>
    <li><a href="/">Anyshire SENDIASS</a>: free, impartial information, advice and support</li>
    <li><a href="/">EHC needs assessments</a></li>
    <li><a href="/">Appealing to the SEND Tribunal</a></li>
  </ul>
  <p class="updated">Page last reviewed: January 2026</p>
</main>
<footer>
  <div class="inner">
    <p>Anyshire Council is a fictional council used to demonstrate SEN Mediation Desk.</p>
  </div>
</footer>
<script src="${escapeAttr(service)}/widget/loader.js" data-site="${escapeAttr(siteKey)}" async></script>
</body>
</html>`;
}
