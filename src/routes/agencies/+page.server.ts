import type { PageServerLoad } from './$types';
import { agencyFilterSchema } from '$lib/schemas/agency';
import * as agencies from '$lib/server/agencies';

// Public: verified agencies only, for everyone (RLS shows unverified ones to their own staff,
// the query leaves them out so the directory is the same for all).
export const load: PageServerLoad = async ({ locals, url }) => {
	const filter = agencyFilterSchema.parse({
		service: url.searchParams.get('service') ?? undefined,
		type: url.searchParams.get('type') ?? undefined
	});
	return { filter, agencies: await agencies.listAgencies(locals.db, filter) };
};
