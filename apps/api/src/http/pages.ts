// Small server-rendered pages: no scripts, so the default CSP applies unchanged.
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>body{font:1.125rem/1.5 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#0b0c0c;margin:0;padding:1.25rem;max-width:40rem}
h1{font-size:1.5rem;margin:0 0 .75rem}a{color:#1d4f91}a:focus-visible{outline:3px solid #ffdd00;box-shadow:0 0 0 6px #0b0c0c}</style>
</head><body><main>${body}</main></body></html>`;
}

export function notBuiltPage(message: string): string {
  return page('Not available yet', `<h1>Not available yet</h1><p>${esc(message)}</p>`);
}

/** Shown in the widget's frame when the site is unknown, switched off or not allowed here. */
export function chatUnavailablePage(service: { name: string; phone: string } | null): string {
  const contact = service
    ? `<p>You can still contact ${esc(service.name)} by phone on <a href="tel:${esc(
        service.phone.replace(/[^0-9+]/g, ''),
      )}">${esc(service.phone)}</a>.</p>`
    : '';
  return page(
    'Chat not available',
    `<h1>Chat is not available on this page</h1><p>Sorry, the mediation chat cannot be used on this website at the moment.</p>${contact}`,
  );
}

export function notFoundPage(): string {
  return page('Page not found', '<h1>Page not found</h1><p>Check the address and try again.</p>');
}
