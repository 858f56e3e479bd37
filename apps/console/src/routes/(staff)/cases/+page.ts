import { api } from '$lib/api';
import type { PageLoad } from './$types';

export const load = (async ({ parent }) => {
  await parent(); // the staff guard first: no calls before sign-in
  const [localAuthorities, staff] = await Promise.all([
    api.localAuthorities.list.query(),
    api.users.staff.query(),
  ]);
  return { localAuthorities, staff };
}) satisfies PageLoad;
