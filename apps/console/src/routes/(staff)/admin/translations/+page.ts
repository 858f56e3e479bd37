import { api } from '$lib/api';
import type { PageLoad } from './$types';

export const load = (async ({ depends, parent }) => {
  await parent(); // the staff guard first: no calls before sign-in
  depends('admin:translations');
  return { languages: await api.translations.languages.query() };
}) satisfies PageLoad;
