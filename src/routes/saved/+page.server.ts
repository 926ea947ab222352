import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/http/guards';
import * as savedListings from '$lib/server/saved-listings';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const [saved, team] = await Promise.all([
		savedListings.listSavedListings(locals.db, user.id),
		user.role === 'company' ? savedListings.listTeamSavedListings(locals.db, user.id) : []
	]);
	return { saved, team };
};
