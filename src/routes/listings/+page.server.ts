import type { PageServerLoad } from './$types';
import { maximumQueryLength, readSearchParameters } from '$lib/schemas/search';
import * as search from '$lib/server/search';
import * as organizations from '$lib/server/organizations';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ url, locals, setHeaders }) => {
	const parameters = readSearchParameters(url.searchParams);
	// The catalogue holds published listings only, the same for every reader: read as anon, it
	// takes anon's connections where PostgreSQL has them (one round trip instead of a role switch).
	const [outcome, institutions] = await Promise.all([
		search.searchListings(locals.publicDb, parameters),
		organizations.listInstitutions(locals.publicDb)
	]);
	// Asked again each time: the server answers a repeat from memory, exactly as fresh as the data
	// (page-cache.ts), where a browser's copy would outlive a withdrawn listing or a language switch.
	if (!locals.user) setHeaders({ 'cache-control': 'public, no-cache' });
	return {
		parameters,
		outcome,
		pageSize: search.pageSize,
		maximumQueryLength,
		universities: institutions.filter((institution) => institution.kind === 'university'),
		// The badge and filter 开放许可 as text: the catalogue's scripts are at their size budget, and a
		// message module of their own would add a chunk (a language switch reloads the page).
		openLicenceLabel: m.open_licence_badge(),
		// "Save this search" for a signed-in reader (docs/domain.md, "Alerts"), as text for the same reason.
		saveSearch: locals.user ? m.alerts_save_search() : null
	};
};
