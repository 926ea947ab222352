import type { PageServerLoad } from './$types';
import { todayInShanghai } from '$lib/i18n/format';
import * as homeSummaries from '$lib/server/home-summaries';

// Signed in, `/` is the role's home: what to do next. Signed out, the public home.
export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user;
	if (!user) {
		return { cards: null, newListings: await homeSummaries.newestListings(locals.db) };
	}
	const cards =
		user.role === 'researcher'
			? await homeSummaries.researcherHome(locals.db)
			: user.role === 'company'
				? await homeSummaries.companyHome(locals.db)
				: user.role === 'officer'
					? await homeSummaries.officerHome(locals.db, todayInShanghai())
					: await homeSummaries.adminHome(locals.db);
	return { cards, newListings: [] };
};
