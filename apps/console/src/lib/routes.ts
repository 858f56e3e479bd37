// Links and redirects use SvelteKit's `resolve()` from `$app/paths` directly: it is typed by
// route id (a moved page is a type error) and the linter requires it. This file holds the one
// piece of routing logic of our own: where to go back to after signing in. Paths carry ids only,
// never names, search terms or other personal data.
import { resolve } from '$app/paths';

const RETURN_KEY = 'sen-console-return-to';

/**
 * Remembers where to go after signing in. Kept in sessionStorage (not the URL) and only ever a
 * path inside the console, so it cannot be used to send someone to another site.
 */
export function rememberReturnTo(
  pathname: string,
  storage: Pick<Storage, 'setItem'> = sessionStorage,
) {
  if (isConsolePath(pathname)) storage.setItem(RETURN_KEY, pathname);
}

export function takeReturnTo(
  storage: Pick<Storage, 'getItem' | 'removeItem'> = sessionStorage,
): string {
  const path = storage.getItem(RETURN_KEY);
  storage.removeItem(RETURN_KEY);
  return path && isConsolePath(path) && path !== resolve('/sign-in') ? path : resolve('/');
}

export function isConsolePath(path: string): boolean {
  const root = resolve('/').replace(/\/$/, '');
  return (
    (path === root || path.startsWith(`${root}/`)) && !path.includes('//') && !path.includes('\\')
  );
}
