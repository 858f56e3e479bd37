import { api } from '$lib/api';
import type { PageLoad } from './$types';

export const load = (async ({ params, depends, parent }) => {
  await parent(); // the staff guard first: no calls before sign-in
  depends('case:detail');
  const [detail, staff, localAuthorities] = await Promise.all([
    api.cases.get.query({ id: params.id }),
    api.users.staff.query(),
    api.localAuthorities.list.query(),
  ]);
  return { detail, staff, localAuthorities };
}) satisfies PageLoad;
