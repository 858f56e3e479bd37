// Checking the partner-site form's allowed-origins box before it is sent.

/** Origins, one a line (commas also accepted): `https://host[:port]`, no path. */
export function parseOrigins(text: string): { origins: string[]; problems: string[] } {
  const origins: string[] = [];
  const problems: string[] = [];
  for (const raw of text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    try {
      const u = new URL(raw);
      const local = u.hostname === 'localhost' || u.hostname === '127.0.0.1';
      if (u.protocol !== 'https:' && !(u.protocol === 'http:' && local)) {
        problems.push(`${raw}: use https:// (http:// only for localhost).`);
        continue;
      }
      if ((u.pathname !== '/' && u.pathname !== '') || u.search || u.hash) {
        problems.push(`${raw}: give only the origin, like ${u.origin}, without a path.`);
        continue;
      }
      if (!origins.includes(u.origin)) origins.push(u.origin);
    } catch {
      problems.push(`${raw}: not a web address.`);
    }
  }
  return { origins, problems };
}
