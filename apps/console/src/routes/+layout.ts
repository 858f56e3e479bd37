import type { LayoutLoad } from './$types';

// A single-page app: nothing is rendered on a server, and only the shell (the fallback page) is
// built ahead of time.
export const ssr = false;
export const prerender = false;

export const load = (() => ({})) satisfies LayoutLoad;
