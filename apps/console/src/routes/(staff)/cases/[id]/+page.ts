import { api } from '$lib/api';
import { loaded } from '$lib/load-errors';
import type { PageLoad } from './$types';

export const load = (async ({ params, depends, parent }) => {
  await parent(); // the staff guard first: no calls before sign-in
  depends('case:detail');
  const [detail, staff, localAuthorities] = await Promise.all([
    loaded(api.cases.get.query({ id: params.id }), 'That case'),
    api.users.staff.query(),
    api.localAuthorities.list.query(),
  ]);
  return { detail, staff, localAuthorities };
}) satisfies PageLoad;
