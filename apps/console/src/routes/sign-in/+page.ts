// Someone already signed in who lands here (a bookmark, the back button) goes to Today.
import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { nextStep, session } from '$lib/session.svelte';
import type { PageLoad } from './$types';

export const load = (async () => {
  const me = session.loaded ? session.me : await session.refresh().catch(() => null);
  if (me && nextStep(me) === null) redirect(307, resolve('/'));
  return {};
}) satisfies PageLoad;
