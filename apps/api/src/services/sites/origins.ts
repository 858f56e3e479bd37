// Partner-site origins are compared byte for byte with the browser's `Origin` header, so each
// entry must be exactly what a browser sends: scheme, host and port, nothing else.

export type OriginCheck = { ok: true; origin: string } | { ok: false; message: string };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function checkOrigin(raw: string): OriginCheck {
  const text = raw.trim();
  const bad = (why: string): OriginCheck => ({ ok: false, message: `"${text}": ${why}` });
  if (!text) return { ok: false, message: 'An allowed origin is empty.' };
  if (text.length > 200) return bad('is too long for a web origin.');
  if (text.includes('*')) return bad('wildcards are not allowed; list each origin exactly.');
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/i.exec(text);
  if (!m) return bad('write it as https://www.example.gov.uk (scheme and host).');
  const [, scheme = '', authority = '', rest = ''] = m;
  if (rest && rest !== '/') {
    return bad(
      'give the origin only (no path, query or #fragment), e.g. https://www.example.gov.uk.',
    );
  }
  if (authority.includes('@')) return bad('must not contain a user name or password.');
  let url: URL;
  try {
    url = new URL(`${scheme}://${authority}`);
  } catch {
    return bad('is not a valid web address.');
  }
  const host = url.hostname;
  if (url.protocol === 'http:') {
    if (!LOCAL_HOSTS.has(host)) {
      return bad('must use https:// (plain http:// is allowed only for localhost while testing).');
    }
  } else if (url.protocol !== 'https:') {
    return bad('must start with https://.');
  }
  if (
    !LOCAL_HOSTS.has(host) &&
    !/^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(host)
  ) {
    return bad('needs a full host name such as www.example.gov.uk.');
  }
  return { ok: true, origin: url.origin };
}

/** Every origin checked and normalised (lower-case host, default port dropped), duplicates merged. */
export function checkOrigins(list: readonly string[]): { origins: string[]; problems: string[] } {
  const origins: string[] = [];
  const problems: string[] = [];
  for (const raw of list) {
    const r = checkOrigin(raw);
    if (r.ok) {
      if (!origins.includes(r.origin)) origins.push(r.origin);
    } else problems.push(r.message);
  }
  return { origins, problems };
}
