import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import * as needs from '$lib/server/needs';
import * as matching from '$lib/server/matching';

export const load: PageServerLoad = async ({ params, locals }) => {
	const need = await needs.getNeed(locals.db, params.id);
	if (!need) error(404, m.error_not_found());
	return { need, matches: await matching.listingsForNeed(locals.db, need.id) };
};
