import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/http/guards';
import * as savedListings from '$lib/server/saved-listings';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	return { saved: await savedListings.listSavedListings(locals.db, user.id) };
};
