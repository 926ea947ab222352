import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import * as agencies from '$lib/server/agencies';

// Public for a verified agency; RLS shows an unverified one to its own staff and admins only,
// and to everyone else it does not exist (404).
export const load: PageServerLoad = async ({ locals, params }) => {
	const agency = await agencies.getAgencyProfile(locals.db, params.id);
	if (!agency) error(404, m.error_not_found());
	return { agency };
};
