import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/http/guards';
import * as listings from '$lib/server/listings';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, url, 'officer');
	return { queue: await listings.listReviewQueue(locals.db), done: url.searchParams.get('done') };
};
