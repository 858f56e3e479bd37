import { api } from '$lib/api';
import type { PageLoad } from './$types';

export const load = (async ({ parent }) => {
  await parent(); // the staff guard first: no calls before sign-in
  const [localAuthorities, calendar] = await Promise.all([
    api.localAuthorities.list.query(),
    api.settings.calendar.query(),
  ]);
  return { localAuthorities, calendar };
}) satisfies PageLoad;
