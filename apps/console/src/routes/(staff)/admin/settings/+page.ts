import { api } from '$lib/api';
import type { PageLoad } from './$types';

export const load = (async () => ({ settings: await api.settings.get.query() })) satisfies PageLoad;
