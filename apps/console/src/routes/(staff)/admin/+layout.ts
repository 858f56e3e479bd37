// Admin pages: the API refuses non-admins anyway; this sends them somewhere useful instead of an
// error page.
import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import type { LayoutLoad } from './$types';

export const load = (async ({ parent }) => {
  const { user } = await parent();
  if (user.role !== 'admin') redirect(307, resolve('/'));
  return {};
}) satisfies LayoutLoad;
