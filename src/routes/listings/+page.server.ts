import type { PageServerLoad } from './$types';
import { maximumQueryLength, readSearchParameters, type SearchParameters } from '$lib/schemas/search';
import { formatNumber } from '$lib/i18n/format';
import * as search from '$lib/server/search';
import { filterLabelContext } from '$lib/server/search-labels';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ url, locals, setHeaders }) => {
	const parameters = readSearchParameters(url.searchParams);
	// The catalogue holds published listings only, the same for every reader: read as anon, it
	// takes anon's connections where PostgreSQL has them (one round trip instead of a role switch).
	const [outcome, labels] = await Promise.all([
		search.searchListings(locals.publicDb, parameters),
		filterLabelContext(locals.publicDb)
	]);
	// Asked again each time: the server answers a repeat from memory, exactly as fresh as the data
	// (page-cache.ts), where a browser's copy would outlive a withdrawn listing or a language switch.
	if (!locals.user) setHeaders({ 'cache-control': 'public, no-cache' });
	return {
		parameters,
		outcome,
		pageSize: search.pageSize,
		maximumQueryLength,
		// The universities' names, and the badge and filter 开放许可 as text: the catalogue's scripts are
		// at their size budget, and a message module of their own would add a chunk.
		...labels,
		// "Save this search" for a signed-in reader (docs/domain.md, "Alerts"), as text for the same reason.
		saveSearch: locals.user ? m.alerts_save_search() : null,
		notes: searchNotes(parameters, outcome)
	};
};

/**
 * What the page says about a search besides its results, as text for the same reason: these
 * sentences show only now and then (a long query cut, a correction, near matches, nothing found).
 */
function searchNotes(parameters: SearchParameters, outcome: search.SearchOutcome) {
	const query = parameters.q;
	return {
		shortened: parameters.shortened ? m.discover_shortened({ maximum: formatNumber(maximumQueryLength) }) : null,
		corrected: outcome.suggestion?.applied
			? m.search_showing_corrected({ query, correction: outcome.suggestion.query })
			: null,
		didYouMean: outcome.suggestion ? m.search_did_you_mean() : null,
		approximate: outcome.approximate && outcome.results.length > 0 ? m.discover_approximate({ query }) : null,
		empty:
			outcome.results.length > 0
				? null
				: outcome.unsearchable
					? m.discover_unsearchable({ query })
					: query
						? m.discover_empty_query({ query })
						: m.discover_empty()
	};
}
