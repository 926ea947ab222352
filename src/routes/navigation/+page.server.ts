import type { PageServerLoad } from './$types';
import * as patentNavigation from '$lib/server/patent-navigation';
import { readNavigationQuery } from '$lib/schemas/navigation';

// The public patent navigation map (docs/domain.md, "Patent navigation"). The same for every reader,
// so it reads through the anonymous executor and the anonymous page cache keeps it.
export const load: PageServerLoad = async ({ locals, url }) => {
	const query = readNavigationQuery(url.searchParams);
	return { query, map: await patentNavigation.readNavigationMap(locals.publicDb, query) };
};
