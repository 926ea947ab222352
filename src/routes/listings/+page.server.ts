import type { PageServerLoad } from './$types';
import { maximumQueryLength, readSearchParameters } from '$lib/schemas/search';
import * as search from '$lib/server/search';
import * as organizations from '$lib/server/organizations';

export const load: PageServerLoad = async ({ url, locals, setHeaders }) => {
	const parameters = readSearchParameters(url.searchParams);
	const [outcome, institutions] = await Promise.all([
		search.searchListings(locals.db, parameters),
		organizations.listInstitutions(locals.db)
	]);
	// Asked again each time: the server answers a repeat from memory, exactly as fresh as the data
	// (page-cache.ts), where a browser's copy would outlive a withdrawn listing or a language switch.
	if (!locals.user) setHeaders({ 'cache-control': 'public, no-cache' });
	return {
		parameters,
		outcome,
		pageSize: search.pageSize,
		maximumQueryLength,
		universities: institutions.filter((institution) => institution.kind === 'university')
	};
};
