import type { PageServerLoad } from './$types';
import { readPortfolioFilter } from '$lib/schemas/portfolio';
import { requireRoles } from '$lib/server/http/guards';
import { todayInShanghai } from '$lib/i18n/format';
import * as portfolio from '$lib/server/portfolio';

// A university's patent portfolio (docs/domain.md, "Patent portfolio"): officers see their
// university's, admins any university's (`?university=`). Filters and paging are GET links and a
// GET form, so the page works without scripts and can be bookmarked.
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireRoles(locals, url, 'officer', 'admin');
	const filter = readPortfolioFilter(url.searchParams);
	const { university, universities } = await portfolio.resolveUniversity(
		locals.db,
		user.role,
		url.searchParams.get('university')
	);
	const result = university ? await portfolio.listPortfolio(locals.db, university.id, filter, todayInShanghai()) : null;
	return {
		filter,
		university,
		universities,
		result,
		pageSize: portfolio.portfolioPageSize,
		canImport: user.role === 'officer'
	};
};
