// The one guard for the staff area: every page below needs a finished sign-in.
import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { rememberReturnTo } from '$lib/routes';
import { nextStep, session } from '$lib/session.svelte';
import type { LayoutLoad } from './$types';

export const load = (async ({ url }) => {
  const me = session.loaded && session.me ? session.me : await session.refresh();
  if (!me || nextStep(me) !== null) {
    rememberReturnTo(url.pathname);
    redirect(307, resolve('/sign-in'));
  }
  return { user: me.user };
}) satisfies LayoutLoad;
