import type { PageServerLoad } from './$types';
import * as needs from '$lib/server/needs';

export const load: PageServerLoad = async ({ locals }) => ({
	needs: await needs.listOpenNeeds(locals.db),
	canPost: locals.user?.role === 'company'
});
