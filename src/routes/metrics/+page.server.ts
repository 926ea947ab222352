import type { PageServerLoad } from './$types';
import { readOfficeMetrics, thisYear } from './metrics.server';

// The office metrics (docs/domain.md, "Office metrics"): officers see their university, admins
// every university or one. The filters are a GET form, so the page and its downloads work
// without scripts and can be bookmarked.
export const load: PageServerLoad = async ({ locals, url }) => {
	const { query, facets, sheets } = await readOfficeMetrics(locals, url);
	return { query, facets, sheets, thisYear: thisYear() };
};
