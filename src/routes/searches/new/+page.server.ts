import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/http/guards';
import { readSavedSearch } from '$lib/schemas/saved-search';

// The catalogue's "save this search" button sends its search form here (GET): the search as the
// catalogue reads it, and a name to save it under (posted to /searches?/create).
export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const { parameters, canonical } = readSavedSearch(url.search);
	return { query: canonical, words: parameters.q };
};
