import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/http/guards';
import { readSavedSearch } from '$lib/schemas/saved-search';
import { filterChips } from '$lib/rules/filter-chips';
import { filterLabel } from '$lib/i18n/filter-labels';
import { filterLabelContext } from '$lib/server/search-labels';

// The catalogue's "save this search" button sends its search form here (GET): the search as the
// catalogue reads it, and a name to save it under (posted to /searches?/create).
export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const { parameters, canonical } = readSavedSearch(url.search);
	const labels = await filterLabelContext(locals.publicDb);
	return {
		query: canonical,
		words: parameters.q,
		filters: filterChips(parameters).map((chip) => filterLabel(chip, labels))
	};
};
